"""A place named as a cause or an observance is not where the event happened (issue #6).

Rallies in Pakistan mark "Kashmir Day" or demand a settlement of "the Kashmir dispute";
the coder places them in the town where people gathered, never in Kashmir. The
sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitrep.events.place_choice import names_a_cause

PUBLISHED = "2016-02-05"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rallies marked Kashmir Day across Sindh.", "Kashmir"),
        ("They urged talks on the Kashmir dispute.", "Kashmir"),
        ("Speakers at the Kashmir Solidarity Day rally in Sukkur", "Kashmir"),
        ("A seminar on the Palestine question was held.", "Palestine"),
    ],
)
def test_place_before_a_cause_word_names_a_cause(text: str, name: str) -> None:
    end = text.index(name) + len(name)
    assert names_a_cause(text, end)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police fired tear gas in Srinagar on Friday.", "Srinagar"),
        ("Traders in Quetta day after day kept their shops shut.", "Quetta"),
        ("A bomb went off in Peshawar, police said.", "Peshawar"),
    ],
)
def test_place_as_a_location_is_no_cause(text: str, name: str) -> None:
    end = text.index(name) + len(name)
    assert not names_a_cause(text, end)


@pytest.fixture(scope="module")
def event_place(extract_notes: Callable[[str], Any]) -> Callable[[str], str | None]:
    def run(text: str) -> str | None:
        report = extract_notes(text)
        event = min(report.events, key=lambda e: min(s.start for s in e.evidence))
        place = next((p for p in report.places if p.id == event.place), None)
        return None if place is None else place.name

    return run


def test_rally_on_kashmir_day_is_placed_in_its_town(event_place: Callable[[str], Any]) -> None:
    text = (
        "Hundreds of students held a rally in Sukkur on Friday to mark Kashmir Day and "
        "chanted slogans against India."
    )
    assert event_place(text) == "Sukkur"


def test_protest_naming_only_the_dispute_is_not_placed_in_kashmir(
    event_place: Callable[[str], Any],
) -> None:
    text = "Traders held a protest demanding a peaceful settlement of the Kashmir dispute."
    assert event_place(text) != "Kashmir"
