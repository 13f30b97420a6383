"""Sub-districts news names as places (Bangladesh's upazilas), from ``data/subdistricts.yaml``.

"A clash in Shalikha upazila" names a sub-district that GeoNames cities500
mostly lacks, so the event had no place and event data no admin1. Each listed
sub-district becomes a place inside its district: the district's point (a
coarser point than the sub-district's own, which the reviewer does not claim
to know) and its admin1 and admin2. A name the index already has as a town of
the same country and admin1 still gets the sub-district: both say the same
province. Schema::

    country: BD
    feature: district          # sitrep place kind of the sub-districts
    districts:                 # district (any name of an admin2 in the index) -> names
      Magura: [Shalikha]
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from sitrep.resolve.gazetteer.aliases import AliasFileError
from sitrep.resolve.gazetteer.normalize import normalize_name


@dataclass(frozen=True, slots=True)
class Subdistricts:
    country: str
    feature: str
    by_district: dict[str, tuple[str, ...]]


def default_subdistricts_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.gazetteer") / "data" / "subdistricts.yaml"))


def load_subdistricts(path: Path | None = None) -> Subdistricts:
    """Read and check the sub-district file."""
    path = path or default_subdistricts_path()
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    country, districts = data.get("country"), data.get("districts")
    if not isinstance(country, str) or not isinstance(districts, dict):
        raise AliasFileError(f"{path}: give 'country' (ISO code) and 'districts' (a mapping).")
    by_district = {}
    for district, names in districts.items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise AliasFileError(f"{path}, district {district}: give a list of names.")
        by_district[str(district)] = tuple(names)
    return Subdistricts(country.upper(), str(data.get("feature") or "district"), by_district)


def apply_subdistricts(
    db: sqlite3.Connection, subdistricts: Subdistricts, *, kind: int, id_base: int
) -> list[str]:
    """Add each sub-district as a place in its district; returns districts not in the index."""
    missing = []
    n = 0
    for district, names in subdistricts.by_district.items():
        row = db.execute(
            "SELECT p.lat, p.lon, p.admin1, p.name, p.admin1_id, p.id FROM names n "
            "JOIN places p ON p.id = n.place_id WHERE n.norm = ? AND p.country = ? "
            "AND p.feature = 'admin2' LIMIT 1",
            (normalize_name(district), subdistricts.country),
        ).fetchone()
        if row is None:
            missing.append(district)
            continue
        lat, lon, admin1, admin2, admin1_id, admin2_id = row
        for name in names:
            place_id = id_base - n
            n += 1
            db.execute(
                "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    place_id,
                    name,
                    lat,
                    lon,
                    subdistricts.country,
                    admin1,
                    admin2,
                    subdistricts.feature,
                    "ADM3",
                    0,
                    admin1_id,
                    admin2_id,
                ),
            )
            db.execute(
                "INSERT INTO names VALUES (?,?,?) ON CONFLICT(norm, place_id) DO NOTHING",
                (normalize_name(name), place_id, kind),
            )
    return missing
