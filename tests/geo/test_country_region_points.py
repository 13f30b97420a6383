"""Country and region points follow GeoNames' convention, not the Factbook's stray points.

Sentences are written for these tests. A point far from a country's middle puts every
mention of it in the wrong place on a map, so each reviewed point is pinned here.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geo.distance import haversine_km
from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def _km_from(result: Resolution, lat: float, lon: float) -> float:
    assert result.place is not None
    return haversine_km(result.place.lat, result.place.lon, lat, lon)


def test_dr_congo_is_placed_at_its_middle_under_every_name(resolve: Resolve) -> None:
    text = (
        "Health workers in the Democratic Republic of the Congo (DRC) confirmed a new Ebola "
        "case on Tuesday; DR Congo has faced repeated outbreaks since the virus was found in "
        "Zaire in 1976."
    )
    results = resolve(text, ["Democratic Republic of the Congo", "DRC", "DR Congo", "Zaire"])
    for result in results:
        assert result.place is not None and result.place.country == "CD"
        # the middle of the country's outline, not the Factbook's equator point
        assert _km_from(result, -2.85, 23.58) < 100


def test_libya_is_placed_in_its_north_centre(resolve: Resolve) -> None:
    results = resolve("Fighting resumed near the coast of Libya on Sunday.", ["Libya"])
    assert results[0].place is not None and results[0].place.country == "LY"
    assert _km_from(results[0], 27.0, 18.0) < 161


def test_middle_east_takes_the_geonames_region_point(resolve: Resolve) -> None:
    text = "Oil prices rose as tensions in the Middle East unsettled traders."
    results = resolve(text, ["Middle East"])
    assert results[0].place is not None and results[0].place.feature == "region"
    assert _km_from(results[0], 33.14, 35.86) < 50


def test_world_region_is_not_read_as_a_local_namesake(resolve: Resolve) -> None:
    text = (
        "Speaking in Baltimore, the Maryland senator said peace in the Middle East would "
        "top the agenda when voters in Annapolis and Frederick meet him next week."
    )
    results = resolve(
        text,
        ["Baltimore", "Maryland", "Middle East", "Annapolis", "Frederick"],
        source_country="US",
    )
    middle_east = results[2].place
    assert middle_east is not None
    assert middle_east.feature == "region" and middle_east.country == ""


def test_ocean_is_not_read_as_a_small_town(resolve: Resolve) -> None:
    text = (
        "Birds flying down the Atlantic coast from Maine to Virginia carried the virus, "
        "officials in Richmond said."
    )
    results = resolve(text, ["Atlantic", "Maine", "Virginia", "Richmond"], source_country="US")
    atlantic = results[0].place
    assert atlantic is not None and atlantic.feature == "region" and atlantic.country == ""
