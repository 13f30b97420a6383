"""Quarters of large South Asian cities that news names as places, from ``data/city_quarters.yaml``.

Reports from Dhaka, Karachi or Mumbai place an event in a quarter or a police
thana ("a clash in Jatrabari", "a blast in Orangi Town") that GeoNames cities500
does not list, so the event got no place at all. Each entry adds that quarter as
a place of its own, inside its city's admin1, so event data can report the
admin1 even when the city itself goes unnamed. Schema of one entry::

    - name: Jatrabari        # the name news uses
      city: Dhaka            # the city it is a quarter of (documentation and checks)
      country: BD            # ISO 3166 alpha-2
      admin1: Dhaka          # the admin1 area's name in the index
      lat: 23.710            # an approximate point of the quarter
      lon: 90.435
      aliases: [Jatrabari Thana]   # optional other spellings
      feature: neighbourhood # optional; "facility" for a named square or ground
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from sitrep.resolve.gazetteer.aliases import AliasEntry, AliasFileError

_KINDS = {"neighbourhood", "facility"}
_REQUIRED = ("name", "city", "country", "admin1", "lat", "lon")


def default_quarters_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.gazetteer") / "data" / "city_quarters.yaml"))


def load_quarters(path: Path | None = None) -> list[AliasEntry]:
    """Read and check the quarters file; each quarter becomes a place-adding alias entry."""
    path = path or default_quarters_path()
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    entries = []
    for i, raw in enumerate(data.get("quarters") or ()):
        label = raw.get("name", "?") if isinstance(raw, dict) else repr(raw)
        where = f"{path}, entry {i + 1} ({label})"
        if not isinstance(raw, dict) or any(raw.get(key) in (None, "") for key in _REQUIRED):
            raise AliasFileError(f"{where}: each quarter needs {', '.join(_REQUIRED)}.")
        feature = raw.get("feature", "neighbourhood")
        if feature not in _KINDS:
            raise AliasFileError(f"{where}: 'feature' must be one of {sorted(_KINDS)}.")
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise AliasFileError(f"{where}: 'aliases' must be a list of strings.")
        entries.append(
            AliasEntry(
                name=str(raw["name"]),
                country=str(raw["country"]).upper(),
                feature=feature,
                aliases=tuple(aliases),
                lat=float(raw["lat"]),
                lon=float(raw["lon"]),
                admin1=str(raw["admin1"]),
            )
        )
    return entries
