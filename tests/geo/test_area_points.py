"""Where the packaged gazetteer puts provinces and countries.

An area's point should sit in its middle: not dragged 1,000 km by a few towns
GeoNames codes to the wrong province, and, for the reviewed points, the one
``data/points.yaml`` gives.
"""

from __future__ import annotations

import pytest

from sitrep.resolve.gazetteer import Gazetteer, GazPlace
from sitrep.resolve.gazetteer.points import load_points
from sitrep.resolve.geo.distance import haversine_km


def _area(gazetteer: Gazetteer, name: str, country: str, feature: str) -> GazPlace:
    found = [p for p in gazetteer.lookup(name) if p.country == country and p.feature == feature]
    assert found, f"{name} ({country}, {feature}) is not in the gazetteer"
    return found[0]


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Jiangsu", "CN", 33.0, 119.5),  # a stray Qinghai village once put it in Shaanxi
        ("Hebei", "CN", 39.0, 116.0),  # Tibetan villages once put it in Gansu
        ("Heilongjiang", "CN", 47.5, 128.0),
    ],
)
def test_province_point_ignores_miscoded_towns(
    gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float
) -> None:
    place = _area(gazetteer, name, country, "admin1")
    assert haversine_km(place.lat, place.lon, lat, lon) < 250


def test_every_reviewed_point_is_in_the_index(gazetteer: Gazetteer) -> None:
    for entry in load_points():
        place = _area(gazetteer, entry.name, entry.country, entry.feature)
        assert (place.lat, place.lon) == pytest.approx((entry.lat, entry.lon))


def test_reviewed_points_say_why() -> None:
    for entry in load_points():
        assert len(entry.why.split()) >= 8, f"{entry.name}: say where the point comes from"
