"""The point of an admin area that no source outlines: the middle of its towns.

No PyPI package carries admin-area outlines; cities500 covers settled land
densely, so the convex hull of an area's towns approximates its outline, and
the hull's area centroid is the area's point. Towns GeoNames codes to the
wrong area are left out first.
"""

from __future__ import annotations

from typing import Any

#: cities closer than this are one settled stretch of an area
_LINK_KM = 700.0
#: a stretch holding less than this share of an area's cities is a stray, not a part
_STRAY_SHARE = 0.05
_EARTH_RADIUS_KM = 6371.0


def settled_core(lats: Any, lons: Any) -> Any:
    """Mask of the cities that form the area's settled stretches, strays left out.

    GeoNames codes a few towns to the wrong admin1 (Tibetan villages coded as
    Hebei, a Qinghai one as Jiangsu); one such stray stretches the hull over
    half a country and moves the point 1,000 km. Cities linked by hops under
    700 km form a stretch (the sparse north of Canada or Siberia stays linked);
    a stretch that far from the rest with under 5% of the area's cities is
    dropped (also remote specks such as Easter Island, whose hull with the
    mainland covers only sea). An archipelago keeps its islands: they are near
    each other, or each holds a real share of the cities.
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    n = len(lats)
    if n < 20:
        return np.ones(n, dtype=bool)
    # Link 0.25-degree cells rather than cities: a dense area has millions of city pairs.
    cells, cell_of = np.unique(
        np.column_stack([np.round(lats * 4), np.round(lons * 4)]) / 4, axis=0, return_inverse=True
    )
    cell_of = cell_of.ravel()
    phi, lam = np.radians(cells[:, 0]), np.radians(cells[:, 1])
    xyz = np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])
    chord = 2 * np.sin(_LINK_KM / _EARTH_RADIUS_KM / 2)
    pairs = cKDTree(xyz).query_pairs(chord, output_type="ndarray")
    m = len(cells)
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(m, m))
    _count, cell_labels = connected_components(graph, directed=False)
    labels = cell_labels[cell_of]
    sizes = np.bincount(labels)
    keep = sizes[labels] >= _STRAY_SHARE * n
    if not keep.any():
        keep = labels == sizes.argmax()
    return keep


def hull_centroid(lats: Any, lons: Any) -> tuple[float, float]:
    """(lat, lon) of the area centroid of the points' convex hull (planar, in degrees)."""
    import numpy as np
    from scipy.spatial import ConvexHull, QhullError

    points = np.column_stack([lons, lats])
    try:
        ring = points[ConvexHull(points).vertices]
    except (QhullError, ValueError):  # fewer than 3 points, or all on a line
        return float(lats.mean()), float(lons.mean())
    x, y = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2
    if area == 0:
        return float(lats.mean()), float(lons.mean())
    lat = ((y + y1) * cross).sum() / (6 * area)
    lon = ((x + x1) * cross).sum() / (6 * area)
    return float(lat), float(lon)
