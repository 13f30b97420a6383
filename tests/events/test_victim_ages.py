"""Ages are not counts of the dead or hurt: "Karim, 26, died" is one death, never 26, and no
victim is called "26". Issue #6 (counts that mislead the coding); sentences are our own.
Needs the packaged pipeline: its tagger tells a name from a number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

PUBLISHED = "2019-07-15"


@pytest.mark.parametrize(
    "text",
    [
        "Karim Hossain, 26, was shot dead by unidentified gunmen in Jessore on Sunday.",
        "A rickshaw puller, aged 40, was hacked to death by robbers in Bogra on Saturday.",
        "Abdul Malek (55), a local trader, was killed in a bomb attack in Feni on Friday.",
        "A 32-year-old police informer was shot dead by rebels in Sukma district on Monday.",
    ],
)
def test_an_age_is_not_the_death_toll(extract_notes: Callable[[str], Any], text: str) -> None:
    event = _coded(extract_notes(text))
    assert event is not None, text
    assert event.counts.killed in (None, 1), text
    assert not [a for a in event.arguments if a.text.strip().isdigit()], text


def test_the_count_beside_an_age_is_kept(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "Three villagers, including a 12-year-old girl, were killed when militants "
            "attacked a wedding party in Kupwara on Sunday."
        )
    )
    assert event is not None
    assert event.counts.killed == 3


def test_an_aged_singular_victim_counts_one(extract_notes: Callable[[str], Any]) -> None:
    # the age inside "a 45-year-old man" does not hide that one man was killed
    event = _coded(
        extract_notes("A 45-year-old shopkeeper was shot dead by two gunmen in Quetta on Monday.")
    )
    assert event is not None
    assert event.counts.killed == 1
