"""ACLED coding of a crowd's violence: protests that turn violent, and crude bombs.

Issue #6: a note that tells a demonstration and then what its crowd did ("hartal
supporters ... vandalised buses", "students ... clashed with police") was coded as a
peaceful protest, its participants as protesters (6) where ACLED codes rioters (5);
crude bombs thrown in street violence were coded as a bombing campaign. Violence the
protest is about, an effigy burnt, or bombs that kill stay as they were.
Needs the packaged pipeline: its tagger tells a finite verb from a noun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitrep.knowledge.ontology import load_ontology

PUBLISHED = "2015-02-10"


def _first_acled_type(report: Any) -> str | None:
    coded = [e for e in report.events if e.acled]
    return coded[0].acled.event_type if coded else None


def _protest_types(report: Any) -> list[str | None]:
    return [e.acled.event_type if e.acled else None for e in report.events if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Hartal supporters brought out a procession in Rajshahi on Sunday and vandalised six "
        "buses on the highway.",
        "Hundreds of students demonstrating against the fee hike clashed with police in "
        "Sylhet on Monday, leaving 12 people injured.",
        "Teachers staged a demonstration outside the education office in Patna on Monday. "
        "They later pelted the police with stones.",
        "A rally of the farmers' union turned violent in Nashik on Tuesday.",
    ],
)
def test_a_protest_whose_crowd_turns_violent_is_a_riot(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    report = extract_notes(text)
    assert _protest_types(report)
    assert set(_protest_types(report)) == {"Riots"}


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the two traders who were beaten by unknown men staged a demonstration "
        "in Comilla on Monday.",
        "Lawyers burnt an effigy of the chief minister during a protest in Patna on Friday.",
        "Villagers held a protest in Bogra on Monday against the killing of a schoolboy.",
    ],
)
def test_violence_a_protest_is_about_leaves_it_peaceful(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    assert "Riots" not in _protest_types(extract_notes(text))


def test_crude_bombs_thrown_by_unnamed_men_are_a_riot(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Unidentified assailants hurled three crude bombs near the court building in Khulna "
        "on Tuesday night, injuring a rickshaw puller."
    )
    assert _first_acled_type(report) == "Riots"


def test_crude_bombs_that_kill_stay_an_explosion(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Two people were killed when unidentified men hurled crude bombs at a tea stall in "
        "Narayanganj on Tuesday night."
    )
    assert _first_acled_type(report) != "Riots"


def test_the_crude_bomb_rule_spares_organised_armed_groups_and_deaths() -> None:
    from sitrep.knowledge.ontology import EventContext

    ontology = load_ontology()
    crude = frozenset({"crude_weapon"})
    crowd = EventContext(instrument="ied", source_kind="unidentified_armed_group", flags=crude)
    militants = EventContext(instrument="ied", source_kind="armed_group", flags=crude)
    police = EventContext(instrument="ied", source_sector="COP", flags=crude)
    deadly = EventContext(instrument="ied", fatalities=2, flags=crude)
    assert ontology.acled_type("ASSAULT", "explosives", crowd) == ("Riots", "Mob violence")
    for context in (militants, police, deadly):
        found = ontology.acled_type("ASSAULT", "explosives", context)
        assert found == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_violent_protest_flag_makes_a_riot_before_any_police_intervention() -> None:
    from sitrep.knowledge.ontology import EventContext

    context = EventContext(flags=frozenset({"turned_violent", "intervention"}))
    assert load_ontology().acled_type("PROTEST", "demo", context) == (
        "Riots",
        "Violent demonstration",
    )
