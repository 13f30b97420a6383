"""Names of a district's headquarters sub-district ("Chandpur Sadar"), from ``data/seat_names.yaml``.

In Bangladesh the upazila holding a district's headquarters is named after the
district with "Sadar" ("Chandpur Sadar", "Jessore Sadar Upazila"). News names
the event's place that way, and no packaged source lists these upazilas, so
the report found no place. For the countries listed, each district (admin2) of
the index also answers to "<any of its names> <word>" and "<...> <word> <unit>";
a careful coder places such an event in that district.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from sitrep.resolve.gazetteer.aliases import AliasFileError
from sitrep.resolve.gazetteer.index import NAME_DEMONYM
from sitrep.resolve.gazetteer.normalize import normalize_name


@dataclass(frozen=True, slots=True)
class SeatRule:
    country: str
    words: tuple[str, ...]
    units: tuple[str, ...] = ()


def default_seat_names_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.gazetteer") / "data" / "seat_names.yaml"))


def load_seat_rules(path: Path | None = None) -> list[SeatRule]:
    """Read and check the headquarters-word file."""
    path = path or default_seat_names_path()
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    rules = []
    for country, raw in (data.get("countries") or {}).items():
        where = f"{path}, country {country}"
        if not isinstance(raw, dict):
            raise AliasFileError(f"{where}: give 'words' (and optionally 'units') as lists.")
        words, units = raw.get("words") or [], raw.get("units") or []
        if not words or not all(isinstance(w, str) for w in (*words, *units)):
            raise AliasFileError(f"{where}: 'words' and 'units' must be lists of strings.")
        rules.append(SeatRule(str(country).upper(), tuple(words), tuple(units)))
    return rules


def seat_name_keys(district_keys: list[str], rule: SeatRule) -> set[str]:
    """Lookup keys of the headquarters sub-district for a district's name keys."""
    keys = set()
    for district in district_keys:
        for word in rule.words:
            seat = f"{district} {normalize_name(word)}"
            keys.add(seat)
            keys.update(f"{seat} {normalize_name(unit)}" for unit in rule.units)
    return keys


def apply_seat_names(db: sqlite3.Connection, rules: list[SeatRule], *, kind: int) -> int:
    """Add the headquarters names of every district of the rules' countries; returns how many."""
    added = 0
    for rule in rules:
        names: dict[int, list[str]] = {}
        for place_id, norm in db.execute(
            "SELECT p.id, n.norm FROM places p JOIN names n ON n.place_id = p.id "
            f"WHERE p.country = ? AND p.feature = 'admin2' AND n.kind < {NAME_DEMONYM}",
            (rule.country,),
        ):
            names.setdefault(int(place_id), []).append(norm)
        rows = [
            (key, place_id, kind)
            for place_id, keys in names.items()
            for key in seat_name_keys(keys, rule)
        ]
        db.executemany(
            "INSERT INTO names VALUES (?,?,?) ON CONFLICT(norm, place_id) "
            "DO UPDATE SET kind = min(kind, excluded.kind)",
            rows,
        )
        added += len(rows)
    return added
