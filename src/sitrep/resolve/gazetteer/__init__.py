"""sitrep's offline gazetteer: place names to places, from a compact SQLite index.

- `Gazetteer.open()` opens the packaged index (built from PyPI packages into the
  user cache on first use) or an index file you give.
- `build_packaged` and `build_from_geonames` write an index; the second imports
  full GeoNames dumps for wider coverage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.resolve.gazetteer.features import acled_geo_precision, feature_of
from sitrep.resolve.gazetteer.location import default_index_path, ensure_packaged_index
from sitrep.resolve.gazetteer.normalize import normalize_name
from sitrep.resolve.gazetteer.place import GazPlace
from sitrep.resolve.gazetteer.store import Gazetteer, GazetteerError

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer.geonames import build_from_geonames
    from sitrep.resolve.gazetteer.packaged import build_packaged

__all__ = [
    "GazPlace",
    "Gazetteer",
    "GazetteerError",
    "acled_geo_precision",
    "build_from_geonames",
    "build_packaged",
    "default_index_path",
    "ensure_packaged_index",
    "feature_of",
    "normalize_name",
]


def __getattr__(name: str) -> Any:
    """Import the builders only when asked for (they pull in heavier modules)."""
    if name == "build_from_geonames":
        from sitrep.resolve.gazetteer.geonames import build_from_geonames

        return build_from_geonames
    if name == "build_packaged":
        from sitrep.resolve.gazetteer.packaged import build_packaged

        return build_packaged
    raise AttributeError(name)
