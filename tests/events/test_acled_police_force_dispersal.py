"""ACLED coding of the police's means of dispersing a crowd: lathicharge, baton charge,
tear gas, water cannon.

Issue #6, round 3: "ten students were injured when police lathicharged them" was coded as
an attack on civilians whenever no protest was told in the same sentence, and "smoke
shelling" as artillery. ACLED codes such force as part of the demonstration or riot it
broke up: the word names force on a crowd, told in the next sentence or not at all. Force
that kills with guns at a checkpoint, or bombs, keep their own category.
Needs the packaged pipeline: its tagger tells a finite verb from a participle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

DEMONSTRATION_TYPES = {"Protests", "Riots"}


@pytest.mark.parametrize(
    "text",
    [
        # the demonstration told in the next sentence
        "Eleven nurses were injured after the police lathicharged them outside the health "
        "secretariat in Patna on Tuesday. The nurses were demanding regular pay scales.",
        # no demonstration word at all: the lathicharge itself tells a crowd
        "Around twenty youths were hurt in a police lathicharge at a crowded job fair in "
        "Guntur on Saturday.",
        # a party the roles misread as the source: the police are told acting
        "Six nursing students were injured when police lathi-charged a group demanding "
        "hostel rooms for other backward classes (OBC) students in Rohtak on Monday.",
        # a tear-gas "shelling" is no artillery
        "Several villagers were injured in Baramulla on Sunday as police resorted to "
        "tear gas shelling on a group protesting against power cuts.",
    ],
)
def test_dispersal_force_is_part_of_the_demonstration(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None
    assert event.acled.event_type in DEMONSTRATION_TYPES


def test_a_shooting_with_no_dispersal_keeps_its_category(
    extract_notes: Callable[[str], Any],
) -> None:
    event = _coded(
        extract_notes(
            "Two shopkeepers were injured when unidentified gunmen opened fire in a market "
            "in Imphal on Monday."
        )
    )
    assert event is None or event.acled.event_type not in DEMONSTRATION_TYPES


def test_dispersal_of_a_rioting_crowd_is_a_riot(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "Six people were injured when violence erupted in a village near Meerut after a "
            "council election, forcing police to use a mild lathicharge."
        )
    )
    assert event is not None
    assert event.acled.event_type == "Riots"
