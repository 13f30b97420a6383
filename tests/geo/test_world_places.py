"""World-level geocoding: famous cities, states in lists, continents, variant spellings.

Sentences are written for these tests; each pins one general rule of the geocoder.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geo.cues import chains
from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def test_states_in_a_list_are_states_not_towns(resolve: Resolve) -> None:
    text = (
        "Cases of the infection have been confirmed in Oregon, Utah, Virginia, Washington, "
        "West Virginia and Wyoming, federal health officials said."
    )
    names = ["Oregon", "Utah", "Virginia", "Washington", "West Virginia", "Wyoming"]
    results = resolve(text, names)
    assert [r.place.feature if r.place else None for r in results] == ["admin1"] * 6


def test_list_of_countries_is_not_an_address_chain() -> None:
    text = "Cases were reported in Canada, the United Kingdom, Spain and Israel."
    names = ("Canada", "United Kingdom", "Spain", "Israel")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    groups, lists = chains(text, spans)
    assert groups == [[0], [1], [2], [3]]
    assert lists == [[0, 1, 2, 3]]


def test_address_chain_is_still_a_chain() -> None:
    text = "The blast hit a market in Andar district, Ghazni province, on Monday."
    names = ("Andar", "Ghazni")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    groups, lists = chains(text, spans)
    assert groups == [[0, 1]]
    assert lists == []


def test_country_in_a_list_stays_itself(resolve: Resolve) -> None:
    text = "Cases were reported in the United States, Canada, the United Kingdom, Spain and Israel."
    results = resolve(text, ["United States", "Canada", "United Kingdom", "Spain", "Israel"])
    assert [r.place.country if r.place else None for r in results] == [
        "US",
        "CA",
        "GB",
        "ES",
        "IL",
    ]


def test_continent_before_a_state_keeps_its_own_reading(resolve: Resolve) -> None:
    text = "Birds fly up the western edge of the Americas in Alaska each spring."
    americas, alaska = resolve(text, ["Americas", "Alaska"])
    assert americas.place is not None and americas.place.feature == "region"
    assert americas.place.country == ""
    assert alaska.place is not None and alaska.place.feature == "admin1"


def test_world_capital_beats_a_small_namesake_in_a_us_story(resolve: Resolve) -> None:
    text = (
        "Health officials in Ohio and Texas traced the outbreak. A researcher at a "
        "laboratory in Moscow confirmed the strain, and a team in Cairo agreed."
    )
    _ohio, _texas, moscow, cairo = resolve(text, ["Ohio", "Texas", "Moscow", "Cairo"])
    assert moscow.place is not None and moscow.place.country == "RU"
    assert cairo.place is not None and cairo.place.country == "EG"


def test_small_namesake_wins_when_the_chain_names_its_state(resolve: Resolve) -> None:
    text = "A tornado damaged homes in Moscow, Idaho, on Saturday."
    moscow, _idaho = resolve(text, ["Moscow", "Idaho"])
    assert moscow.place is not None and (moscow.place.country, moscow.place.admin1) == (
        "US",
        "Idaho",
    )


def test_variant_spelling_of_a_village_without_support_is_not_a_reading(
    resolve: Resolve,
) -> None:
    text = "Veterans laid wreaths along the Somme at dawn."
    (somme,) = resolve(text, ["Somme"])
    assert somme.place is None
