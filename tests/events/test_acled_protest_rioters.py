"""ACLED coding of demonstrators who turn violent: rioters (5), not protesters (6).

Issue #6 (helper M): notes of strikes and agitations whose crowd attacked vehicles, torched
a van a few sentences on, or clashed with the police were coded as peaceful protests or as
force against protesters. For ACLED a demonstration whose crowd fights or wrecks is a
violent demonstration, and the police force used on it belongs to that riot. Peaceful
protests, and one-sided police force on one, stay as they were.
Needs the packaged pipeline: its tagger tells a finite verb from a noun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event

PUBLISHED = "2015-08-18"


def _coded_type(report: Any) -> tuple[str, str] | None:
    event = coded_event(report)
    if event is None:
        return None
    return event.acled.event_type, event.acled.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        # strike enforcers who attack property are the strike's rioters
        "Strike enforcers attacked four buses and a government jeep in Janakpur on Monday.",
        # the crowd's violence told two sentences after the protest
        "Farmers staged protests in Dhanbad and Bokaro districts on Monday. They are demanding "
        "a higher price for paddy. The protesters also set fire to a police jeep in Dhanbad.",
        # a clash of police and demonstrators is a fight of two sides, not force on a crowd
        "A clash broke out between police and demonstrators demanding a new bridge in Gaya on "
        "Sunday, leaving nine people injured.",
        # a clash told with the protest is its crowd's fight, whatever party the crowd is of
        "Security personnel and supporters of the farmers' front clashed in Hajipur on "
        "Monday while the farmers were staging a sit-in at the district office.",
        # the police fired on a protest whose crowd threw stones: one violent demonstration
        "A demonstrator was injured when police opened fire during protests in Rajbiraj on "
        "Monday. The demonstrators also hurled stones at the police.",
        # force on a crowd whose vandalism the next sentence tells, with no protest event
        "Five people were hurt as police opened fire at protesters demanding a new district in "
        "Bardiya on Saturday. The protesters earlier vandalised a minister's house.",
    ],
)
def test_a_demonstration_whose_crowd_fights_is_a_riot(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    assert _coded_type(extract_notes(text)) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses staged a protest outside the health ministry in Kathmandu on "
        "Monday, demanding permanent jobs.",
        "Traders shut their shops in Biratnagar on Tuesday to protest against a new tax. "
        "The protest ended peacefully in the evening.",
    ],
)
def test_a_peaceful_protest_stays_a_protest(extract_notes: Callable[[str], Any], text: str) -> None:
    coded = _coded_type(extract_notes(text))
    assert coded is not None and coded[0] == "Protests"


def test_police_force_on_a_peaceful_protest_stays_force_on_protesters(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Six teachers were injured when police baton-charged a peaceful rally of teachers in "
        "Patna on Monday."
    )
    assert _coded_type(report) is not None
    assert _coded_type(report) != ("Riots", "Violent demonstration")


def test_riot_police_sent_against_a_march_make_no_riot(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Hundreds of students marching against the education law were met by riot police "
        "outside Mandalay on Tuesday."
    )
    assert _coded_type(report) == ("Protests", "Peaceful protest")
