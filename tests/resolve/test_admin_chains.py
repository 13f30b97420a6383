"""Admin chains in brackets whose last name is a state sharing a country's name.

"Minna (Chanchaga, Niger)" names Niger State of Nigeria; "Diffa (Niger)" names the country.
The notes below were written for this project in ACLED's house style.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo.chain_states import read_chain_tails_as_states
from sitrep.resolve.geocoder import Resolution


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _place(gazetteer: Gazetteer, name: str, country: str, feature: str) -> Any:
    return next(
        p
        for p, _ in gazetteer.candidates(name)
        if p.country == country and p.feature == feature and p.name == name
    )


def _res(text: str, place: Any = None, within: Any = None) -> Resolution:
    return Resolution(0, len(text), text, place, within, None, 0.5)


def test_state_named_like_a_country_is_read_as_the_state(gazetteer: Gazetteer) -> None:
    niger_country = _place(gazetteer, "Niger", "NE", "country")
    minna = _place(gazetteer, "Minna", "NG", "city")
    resolutions = [
        _res("Minna", minna),
        _res("Chanchaga", within=niger_country),
        _res("Niger", niger_country),
    ]
    read_chain_tails_as_states([(0, [1, 2])], resolutions, gazetteer)
    state = resolutions[2].place
    assert state is not None and (state.country, state.feature) == ("NG", "admin1")
    assert resolutions[1].within == state  # the district moves into the state with it


def test_an_unknown_chain_takes_the_state_from_the_storys_places(gazetteer: Gazetteer) -> None:
    niger_country = _place(gazetteer, "Niger", "NE", "country")
    abuja = _place(gazetteer, "Abuja", "NG", "city")
    resolutions = [
        _res("Tungan Wawa", within=niger_country),
        _res("Rafi", within=niger_country),
        _res("Niger", niger_country),
        _res("Abuja", abuja),
    ]
    read_chain_tails_as_states([(0, [1, 2])], resolutions, gazetteer)
    state = resolutions[2].place
    assert state is not None and (state.country, state.feature) == ("NG", "admin1")
    assert resolutions[0].within == state and resolutions[1].within == state


def test_a_country_after_a_town_of_that_country_stays_the_country(
    gazetteer: Gazetteer,
) -> None:
    niger_country = _place(gazetteer, "Niger", "NE", "country")
    diffa = _place(gazetteer, "Diffa", "NE", "city")
    resolutions = [_res("Diffa", diffa), _res("Niger", niger_country)]
    read_chain_tails_as_states([(0, [1])], resolutions, gazetteer)
    assert resolutions[1].place == niger_country


def test_a_full_chain_in_the_namesake_country_ends_in_its_state(gazetteer: Gazetteer) -> None:
    mexico = _place(gazetteer, "Mexico", "MX", "country")
    toluca = _place(gazetteer, "Toluca", "MX", "city")
    resolutions = [_res("Toluca", toluca), _res("Toluca", toluca), _res("Mexico", mexico)]
    read_chain_tails_as_states([(0, [1, 2])], resolutions, gazetteer)
    state = resolutions[2].place
    assert state is not None and (state.country, state.feature) == ("MX", "admin1")


def test_a_country_with_no_state_of_that_name_stays_the_country(gazetteer: Gazetteer) -> None:
    mali = _place(gazetteer, "Mali", "ML", "country")
    minna = _place(gazetteer, "Minna", "NG", "city")
    resolutions = [_res("Minna", minna), _res("Mali", mali)]
    read_chain_tails_as_states([(0, [1])], resolutions, gazetteer)
    assert resolutions[1].place == mali


@pytest.mark.parametrize(
    ("note", "town", "admin1"),
    [
        (
            "On 3 March 2023, traders protested in Minna (Chanchaga, Niger) against new "
            "market levies imposed by the local council.",
            "Minna",
            "Niger",
        ),
        (
            "On 14 June 2022, gunmen abducted 11 worshippers in Kaduna (Kaduna North, "
            "Kaduna) during an evening service.",
            "Kaduna",
            "Kaduna",
        ),
        (
            "On 9 August 2021, suspected herders attacked farmers in Makurdi (Makurdi, "
            "Benue), killing 4 people.",
            "Makurdi",
            "Benue",
        ),
        (
            "On 21 January 2024, Boko Haram fighters attacked a military post in Diffa "
            "(Diffa, Diffa), killing 2 soldiers.",
            "Diffa",
            "Diffa",
        ),
    ],
)
def test_note_places_event_in_the_chains_state(
    packaged_nlp: Any, note: str, town: str, admin1: str
) -> None:
    from sitrep.pipeline import extract

    report = extract(note, published="2024-02-01", nlp=packaged_nlp)
    placed = [p for p in (report.place(e.place) for e in report.events) if p is not None]
    assert placed, "the note's event has a place"
    assert (placed[0].name, placed[0].admin1) == (town, admin1)
    assert all(p.country != "NE" for p in report.places if admin1 != "Diffa")
