"""Protest notes that found no event: misspelt and glued words, present-tense headlines,
crowds that sit, squat or converge to press a demand, a doubled space inside a phrase.

Issue #6 (events sitrep does not see). The sentences are written for these tests.
Needs the packaged pipeline: its tagger tells a headline's subject and a noun's place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

PUBLISHED = "2016-04-12"


@pytest.mark.parametrize(
    "text",
    [
        # misspellings and words glued by a lost space
        "Sugarcane growers portest outside the district court in Mardan over unpaid dues.",
        "Nurses of the civil hospital demosntrated against the delay in their salaries.",
        "Bank employees staged a protested against the merger outside the head office in Quetta.",
        "Hundreds of teachers held demonstrationin Ranchi on Monday against the new pay rules.",
        "Lawyers of the district bar held a proteston Friday against the transfer of a judge.",
        # present-tense headlines and notes
        "PTI protests against load shedding in Sukkur",
        "Traders protests at several places in Meerut against rising extortion.",
        "Daily wage workers continue to protests since Monday against the cut in wages.",
        # a crowd pressing a demand where it sits or gathers
        "Angry villagers squatted on the highway near Tirupati demanding a new bridge.",
        "Dozens of farmers sat on the railway tracks at Bathinda demanding crop insurance.",
        "About 300 workers converged on the labour office in Siem Reap to demand unpaid wages.",
        # a doubled space inside a phrase
        "Activists of the student union on Monday took out  a rally in Hyderabad against fees.",
        # symbolic burning, forced closures, padlocks, disrupted traffic, plurals put on a day
        "Cadres of the opposition alliance burnt copies of the ordinance in Pokhara on Monday.",
        "Supporters of the regional parties forcefully shut down the shops in Rajbiraj.",
        "Students of the polytechnic padlocked the principal's office demanding exam results.",
        "Residents of Chak Jhumra disrupted traffic on the main highway demanding gas supply.",
        "During protests, opposition activists jostled with policemen in Durgapur on Friday.",
    ],
)
def test_protest_notes_are_coded_as_protests(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None, text
    assert event.type == "PROTEST"
    assert event.acled.event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "The Protestant church in the town was rebuilt last year.",
        "The minister sat on the committee that drafted the bill.",
        "Farmers' protests are common in the state during the sowing season.",
        "The survey demonstrated that most voters favour the reform.",
        "Heavy rain disrupted traffic on the main highway on Monday.",
    ],
)
def test_look_alike_words_are_no_protest(extract_notes: Callable[[str], Any], text: str) -> None:
    report = extract_notes(text)
    assert not [e for e in report.events if e.type == "PROTEST" and e.modality == "asserted"]


def test_stones_thrown_at_officials_are_violence(extract_notes: Callable[[str], Any]) -> None:
    """ "threw", an irregular form, is the verb "throw" ("threw stones at the officials")."""
    event = _coded(
        extract_notes("Angry shopkeepers threw stones at municipal officials in Sialkot on Monday.")
    )
    assert event is not None
    assert event.type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 30 people were hurt on Sunday in clashes between opposition supporters and "
            "the police in Janakpur.",
            "Riots",
        ),
        ("Two soldiers were killed in clashes with militants in Kupwara on Sunday.", "Battles"),
        (
            "Protesters on Monday attacked a group of teachers in Dharan for opening the school.",
            "Riots",
        ),
    ],
)
def test_harm_told_in_a_fight_takes_the_fights_category(
    extract_notes: Callable[[str], Any], text: str, expected: str
) -> None:
    """The people hurt in clashes are the toll of the fight, not victims of one side's
    attack; demonstrators who attack people are rioters."""
    event = _coded(extract_notes(text))
    assert event is not None
    assert event.acled.event_type == expected


def test_a_misspelt_word_inside_a_phrase_still_counts(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "Hundreds of villagers laid seige to the block office in Gaya demanding power."
        )
    )
    assert event is not None
    assert event.type == "PROTEST"
