"""Reviewed English news spellings and extra regions, kept in ``data/aliases.yaml``.

Schema of one entry (a list under ``places``)::

    - name: Kunar            # a name the place already has in the index (any spelling)
      country: AF            # ISO 3166 alpha-2 ("" for continents and world regions)
      feature: admin1        # sitrep place kind of the place meant
      aliases: [Konar, Kunar Province]
      demonyms: []           # optional words for its people ("Palestinians")

An entry that also gives ``lat`` and ``lon`` adds a place the sources lack (a
region such as the West Bank), with ``population`` optional and ``admin1``
optional: the name of the admin1 area in the index that holds it (the Kashmir
valley lies in Jammu and Kashmir), so event data can report its admin1.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from sitrep.resolve.gazetteer.index import NAME_ALIAS, NAME_ALTERNATE, NAME_DEMONYM
from sitrep.resolve.gazetteer.normalize import normalize_name

_ADDED_ID_BASE = -3_000_000
_KINDS = {"neighbourhood", "city", "district", "admin2", "admin1", "country", "region", "facility"}


@dataclass(frozen=True, slots=True)
class AliasEntry:
    name: str
    country: str
    feature: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    admin1: str | None = None


class AliasFileError(ValueError):
    """The alias file does not follow its schema."""


def default_aliases_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.gazetteer") / "data" / "aliases.yaml"))


def load_aliases(path: Path | None = None) -> list[AliasEntry]:
    """Read and check the alias file (default: the one shipped with sitrep)."""
    path = path or default_aliases_path()
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    entries = []
    for i, raw in enumerate(data.get("places") or ()):
        where = (
            f"{path}, entry {i + 1} ({raw.get('name', '?') if isinstance(raw, dict) else raw!r})"
        )
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise AliasFileError(f"{where}: each entry needs a 'name' string.")
        feature = raw.get("feature", "city")
        if feature not in _KINDS:
            raise AliasFileError(f"{where}: 'feature' must be one of {sorted(_KINDS)}.")
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise AliasFileError(f"{where}: 'aliases' must be a list of strings.")
        demonyms = raw.get("demonyms") or []
        if not isinstance(demonyms, list) or not all(isinstance(d, str) for d in demonyms):
            raise AliasFileError(f"{where}: 'demonyms' must be a list of strings.")
        has_point = "lat" in raw or "lon" in raw
        if has_point and not ("lat" in raw and "lon" in raw):
            raise AliasFileError(f"{where}: give both 'lat' and 'lon', or neither.")
        entries.append(
            AliasEntry(
                name=raw["name"],
                country=str(raw.get("country") or "").upper(),
                feature=feature,
                aliases=tuple(aliases),
                demonyms=tuple(demonyms),
                lat=float(raw["lat"]) if has_point else None,
                lon=float(raw["lon"]) if has_point else None,
                population=int(raw.get("population") or 0),
                admin1=str(raw["admin1"]) if raw.get("admin1") else None,
            )
        )
    return entries


def apply_aliases(
    db: sqlite3.Connection,
    entries: list[AliasEntry],
    *,
    kind: int,
    demonym_kind: int = NAME_DEMONYM,
    id_base: int = _ADDED_ID_BASE,
) -> list[str]:
    """Add the entries' spellings (and places) to an index being built.

    Returns the names of entries whose place was not found, so a builder can
    report them; an alias for a place the index lacks is skipped, not an error.
    Places added by a second list of entries need their own ``id_base`` so their
    ids do not overwrite the first list's.
    """
    missing = []
    for n, entry in enumerate(entries):
        if entry.lat is not None and entry.lon is not None:
            place_id = id_base - n
            admin1_id = _find_admin1(db, entry.country, entry.admin1) if entry.admin1 else None
            db.execute(
                "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    place_id,
                    entry.name,
                    entry.lat,
                    entry.lon,
                    entry.country,
                    entry.admin1 if admin1_id is not None else None,
                    None,
                    entry.feature,
                    "RGN" if entry.feature == "region" else "",
                    entry.population,
                    admin1_id,
                    None,
                ),
            )
        else:
            found = _find_place(db, entry)
            if found is None:
                missing.append(entry.name)
                continue
            place_id = found
        rows = {(normalize_name(a), place_id, kind) for a in (entry.name, *entry.aliases)}
        rows |= {(normalize_name(d), place_id, demonym_kind) for d in entry.demonyms}
        # A reviewed spelling outranks the same spelling as a GeoNames variant: the
        # geocoder trusts a variant of a small town only with other support, while the
        # reviewer vouches for the alias ("Sopore" for Sopur).
        db.executemany(
            "INSERT INTO names VALUES (?,?,?) ON CONFLICT(norm, place_id) "
            f"DO UPDATE SET kind = CASE WHEN kind = {NAME_ALTERNATE} "
            f"AND excluded.kind = {NAME_ALIAS} THEN excluded.kind "
            "ELSE min(kind, excluded.kind) END",
            [r for r in rows if r[0]],
        )
    return missing


def _find_admin1(db: sqlite3.Connection, country: str, name: str) -> int | None:
    """The id of the admin1 area of ``country`` whose primary name is ``name``."""
    row = db.execute(
        "SELECT id FROM places WHERE country = ? AND feature = 'admin1' AND name = ?",
        (country, name),
    ).fetchone()
    return None if row is None else int(row[0])


def _find_place(db: sqlite3.Connection, entry: AliasEntry) -> int | None:
    keys = [normalize_name(n) for n in (entry.name, *entry.aliases)]
    placeholders = ",".join("?" * len(keys))
    row = db.execute(
        f"SELECT p.id FROM names n JOIN places p ON p.id = n.place_id "
        f"WHERE n.norm IN ({placeholders}) AND p.country = ? AND p.feature = ? "
        f"ORDER BY n.kind, p.population DESC LIMIT 1",
        (*keys, entry.country, entry.feature),
    ).fetchone()
    return None if row is None else int(row[0])
