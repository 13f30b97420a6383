"""Reviewed representative points, kept in ``data/points.yaml``.

The packaged sources give a country a Factbook point and an admin area only the
hull of its cities; for a few places that point is not the one gazetteers and
news maps conventionally use. Schema of one entry (a list under ``points``)::

    - name: United States    # the place's name in the index
      country: US            # ISO 3166 alpha-2
      feature: country       # country | admin1
      lat: 39.83
      lon: -98.58
      why: "..."             # required: where the point comes from
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

_FEATURES = {"country", "admin1"}


@dataclass(frozen=True, slots=True)
class PointEntry:
    name: str
    country: str
    feature: str
    lat: float
    lon: float
    why: str


class PointFileError(ValueError):
    """The points file does not follow its schema."""


def default_points_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.gazetteer") / "data" / "points.yaml"))


def load_points(path: Path | None = None) -> list[PointEntry]:
    """Read and check the points file (default: the one shipped with sitrep)."""
    path = path or default_points_path()
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    entries = []
    for i, raw in enumerate(data.get("points") or ()):
        where = f"{path}, entry {i + 1}"
        if not isinstance(raw, dict):
            raise PointFileError(f"{where}: each entry must be a mapping.")
        missing = [k for k in ("name", "country", "feature", "lat", "lon", "why") if k not in raw]
        if missing:
            raise PointFileError(f"{where}: add the missing keys {missing}.")
        if raw["feature"] not in _FEATURES:
            raise PointFileError(f"{where}: 'feature' must be one of {sorted(_FEATURES)}.")
        lat, lon = float(raw["lat"]), float(raw["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise PointFileError(f"{where}: 'lat'/'lon' must be degrees within range.")
        entries.append(
            PointEntry(
                str(raw["name"]), str(raw["country"]).upper(), raw["feature"], lat, lon, raw["why"]
            )
        )
    return entries
