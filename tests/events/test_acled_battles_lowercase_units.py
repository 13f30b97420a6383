"""Fights with an army told in lower-case wire copy are battles, not attacks on civilians.

Old wire services and many translations write all in lower case and name the sides of a
war by common nouns: "the 2d infantry brigade", "an army post", "guerrillas". Unread, an
attack on a brigade has no target and reads as violence against civilians, and a clash
with guerrillas that kills nobody as a riot. A bomb that kills soldiers is still remote
violence: the weapon decides first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event

from sitrep.events.armed_nouns import armed_noun_entry, armed_singulars
from sitrep.events.lexicon import load_triggers

PUBLISHED = "1990-04-03"


@pytest.mark.parametrize(
    "text",
    [
        "rebel forces attacked the 2d infantry brigade in usulutan late on sunday night.",
        "the eln attacked an army post in cesar department early on monday.",
        "urban commandos attacked the 1st infantry brigade headquarters in san salvador.",
        "guerrillas clashed with a battalion near the village of el paraiso on monday.",
        "clashes between guerrillas and the 3d brigade were reported in san vicente on monday.",
    ],
)
def test_lower_case_fight_with_the_army_is_a_battle(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = coded_event(extract_notes(text))
    assert event is not None
    assert event.acled.event_type == "Battles"


def test_a_bomb_that_kills_soldiers_stays_remote_violence(
    extract_notes: Callable[[str], Any],
) -> None:
    text = "a bomb planted by guerrillas destroyed an army jeep near zacapa, killing four soldiers."
    event = coded_event(extract_notes(text))
    assert event is not None
    assert event.acled.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [("brigade", "military"), ("battalions", "military"), ("guerrillas", "armed_group")],
)
def test_armed_nouns_name_their_side(phrase: str, kind: str) -> None:
    entry = armed_noun_entry(phrase)
    assert entry is not None and entry.kind == kind


@pytest.mark.parametrize("phrase", ["kidnappers", "killers", "farmers", "", "brigade commander"])
def test_nouns_of_no_organised_side_are_not_armed_actors(phrase: str) -> None:
    assert armed_noun_entry(phrase) is None


def test_singular_armed_nouns_exclude_force_and_lone_men() -> None:
    singulars = armed_singulars(load_triggers())
    assert singulars["soldier"].kind == "military"
    assert singulars["post"].kind == "military"
    assert "force" not in singulars
    assert "unidentified man" not in singulars


def test_a_hospital_the_army_runs_is_not_the_army(extract_notes: Callable[[str], Any]) -> None:
    text = "gunmen attacked the military hospital in zacapa, killing two nurses."
    event = coded_event(extract_notes(text))
    assert event is not None
    assert event.acled.event_type == "Violence against civilians"
