"""ACLED coding of short protest and clash notes: the words that tell them, and grievances.

Issue #6: notes such as "a scuffle broke out between ...", "party workers burnt the chief
minister's effigy" or "students have taken to the streets" found no event; a protest
sentence that named the violence it was about ("relatives of the men who were abducted
staged a demonstration") was coded as that violence; troops firing on the posts of
another army were coded as violence against civilians.
Needs the packaged pipeline: its tagger tells a finite verb from a participle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

PUBLISHED = "2015-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A scuffle broke out between the supporters of two candidates at a polling "
            "centre in Jessore on Saturday.",
            "Riots",
        ),
        ("Congress workers burnt the chief minister's effigy in Indore on Monday.", "Protests"),
        (
            "Hundreds of students have taken to the streets in Biratnagar against the fee hike.",
            "Protests",
        ),
        (
            "Garment workers gathered on the streets of Gazipur on Sunday over unpaid wages.",
            "Protests",
        ),
        (
            "Members of the residents' association observed a fast outside the municipal "
            "office in Salem on Monday demanding drinking water.",
            "Protests",
        ),
        (
            "Transport union members exchanged blows with rival workers at the bus depot in "
            "Madurai on Friday.",
            "Riots",
        ),
    ],
)
def test_notes_told_by_these_words_get_their_category(
    extract_notes: Callable[[str], Any], text: str, expected: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None
    assert event.acled.event_type == expected


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the three traders who were abducted by unknown men last week staged a "
        "demonstration in Cox's Bazar on Monday.",
        "Following the attack on two journalists, reporters brought out a procession in "
        "Rangpur on Tuesday.",
    ],
)
def test_the_violence_a_protest_is_about_is_background(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    report = extract_notes(text)
    assert _coded(report).type == "PROTEST"
    grievances = [e for e in report.events if e.type in {"ASSAULT", "COERCE"}]
    assert all(e.modality == "historical" for e in grievances)


def test_the_crowds_own_violence_is_not_background(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Protesters demonstrating against the new law vandalised a police van in Janakpur "
        "on Sunday."
    )
    assaults = [e for e in report.events if e.type == "ASSAULT"]
    assert assaults
    assert all(e.modality != "historical" for e in assaults)


def test_firing_on_the_posts_of_an_army_is_a_battle(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "Pakistani troops fired on Indian forward posts in Poonch district on Tuesday night."
        )
    )
    assert event is not None
    assert event.acled.event_type == "Battles"
