"""An admin area's point leaves out towns GeoNames codes to the wrong area.

A province's towns are mostly in one stretch; a couple of villages coded to it
from 1,500 km away must not drag its point across the country.
"""

from __future__ import annotations

import numpy as np

from sitrep.resolve.gazetteer.area_points import hull_centroid, settled_core


def _grid(lat0: float, lon0: float, n: int, step: float = 0.2) -> tuple[list[float], list[float]]:
    side = int(np.ceil(np.sqrt(n)))
    lats = [lat0 + step * (k // side) for k in range(n)]
    lons = [lon0 + step * (k % side) for k in range(n)]
    return lats, lons


def test_far_strays_are_left_out_of_the_point() -> None:
    lats, lons = _grid(32.0, 119.0, 100)  # a coastal province's towns
    lats += [37.1, 29.0]  # two villages miscoded from the far west
    lons += [100.7, 100.3]
    keep = settled_core(np.array(lats), np.array(lons))
    assert keep[:100].all()
    assert not keep[100:].any()
    lat, lon = hull_centroid(np.array(lats)[keep], np.array(lons)[keep])
    assert 118.5 < lon < 121.5 and 31.5 < lat < 34.5


def test_sparse_north_stays_part_of_the_area() -> None:
    lats, lons = _grid(43.0, -80.0, 100)  # a crowded south
    lats += [46.0, 48.5, 51.0]  # a chain of northern towns, 300 km apart
    lons += [-81.0, -82.0, -83.0]
    assert settled_core(np.array(lats), np.array(lons)).all()


def test_small_areas_keep_every_town() -> None:
    lats, lons = [10.0, 10.1, 10.2, 25.0], [20.0, 20.1, 20.2, 40.0]
    assert settled_core(np.array(lats), np.array(lons)).all()
