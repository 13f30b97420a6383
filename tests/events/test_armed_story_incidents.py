"""A clash that names no side in a story of armed conflict is a battle of the story's armed
parties (as an ACLED coder codes it), not a riot of unknown people; in a story of a
protest, or one whose clash names unarmed sides, the clash stays the crowd's."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2024-03-11"


def _clashes(report: Any) -> list[Any]:
    return [e for e in report.events if e.type == "ASSAULT" and e.mode == "sideAB"]


def test_a_sideless_clash_in_a_war_story_is_a_battle(extract_notes: Any) -> None:
    report = extract_notes(
        "The army said rebels attacked a power station in Kayah state on Saturday. "
        "In Loikaw, clashes were reported on Sunday near the cathedral."
    )
    clashes = _clashes(report)
    assert clashes
    assert all(c.acled.event_type == "Battles" for c in clashes)


def test_a_sideless_clash_in_a_protest_story_is_no_battle(extract_notes: Any) -> None:
    report = extract_notes(
        "Hundreds of students marched on the education ministry in Dhaka on Sunday to "
        "demand lower fees. Clashes broke out near the university gate and a bus was torched."
    )
    assert all(c.acled.event_type != "Battles" for c in _clashes(report))


def test_villagers_clash_in_a_war_story_stays_a_riot(extract_notes: Any) -> None:
    report = extract_notes(
        "Troops shelled rebel positions in the hills on Friday, the army said. In a "
        "nearby market, two groups of villagers clashed over water on Saturday."
    )
    clashes = [c for c in _clashes(report) if "villagers" in c.evidence[0].text]
    assert all(c.acled.event_type != "Battles" for c in clashes)
