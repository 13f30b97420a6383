"""Regions news names that GeoNames lacks: Kenya's former provinces, Long Island,
the West Midlands, the Urals, Haiti's Central Plateau.

Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geo.distance import haversine_km
from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def _near(result: Resolution, lat: float, lon: float, km: float = 150.0) -> bool:
    place = result.place or result.within
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_kenyan_former_provinces_in_a_kenyan_report(resolve: Resolve) -> None:
    text = (
        "Kenya's health ministry said cholera cases had been reported in Kisumu and "
        "Homa Bay, and in the provinces of Nyanza, Rift Valley and Western."
    )
    results = resolve(text, ["Kenya", "Kisumu", "Homa Bay", "Nyanza", "Rift Valley", "Western"])
    nyanza, rift, western = results[3:]
    assert nyanza.place is not None and nyanza.place.country == "KE"
    assert rift.place is not None and rift.place.country == "KE"
    assert western.place is not None and western.place.country == "KE"
    assert _near(nyanza, -0.6, 34.6)


def test_long_island_in_an_american_report(resolve: Resolve) -> None:
    text = (
        "Mosquitoes carrying West Nile virus were found on Long Island, New York state "
        "officials said, a week after cases in Connecticut."
    )
    long_island = resolve(text, ["Long Island", "New York", "Connecticut"])[0]
    assert long_island.place is not None and long_island.place.country == "US"
    assert _near(long_island, 40.8, -73.3)


def test_west_midlands_is_english(resolve: Resolve) -> None:
    text = "Two hospitals in the West Midlands reported flu deaths, England's health agency said."
    west_midlands = resolve(text, ["West Midlands", "England"])[0]
    assert west_midlands.place is not None and west_midlands.place.country == "GB"


def test_central_plateau_is_haitian(resolve: Resolve) -> None:
    text = "Cholera spread from the Artibonite valley to Haiti's Central Plateau within days."
    plateau = resolve(text, ["Artibonite", "Haiti", "Central Plateau"])[2]
    assert plateau.place is not None and plateau.place.country == "HT"


def test_ural_mountains_are_in_russia_not_siberia(resolve: Resolve) -> None:
    text = "Tick-borne encephalitis cases rose in towns along the Ural Mountains in Russia."
    urals = resolve(text, ["Ural Mountains", "Russia"])[0]
    assert _near(urals, 60.0, 59.5, km=300)


def test_middle_east_in_a_washington_story_is_the_region(resolve: Resolve) -> None:
    text = (
        "The new secretary of state flew from Washington to the Middle East on Sunday, "
        "with stops planned in Egypt and Israel."
    )
    middle_east = resolve(text, ["Washington", "Middle East", "Egypt", "Israel"])[1]
    assert middle_east.place is not None and middle_east.place.feature == "region"
    assert middle_east.place.country == ""


def test_karo_in_north_sumatra(resolve: Resolve) -> None:
    text = "Three children from the district of Karo in North Sumatra were taken to hospital."
    karo = resolve(text, ["Karo", "North Sumatra"])[0]
    assert karo.place is not None and karo.place.country == "ID"
    assert _near(karo, 3.1, 98.5, km=50)
