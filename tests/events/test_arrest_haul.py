"""Arms found in a raid are the raid's haul, not an event of their own; a cache recovered
with no arrest told is disrupted weapons use. Sentences are our own."""

from __future__ import annotations

from typing import Any


def test_arms_recovered_after_an_arrest_are_its_haul(extract_notes: Any) -> None:
    report = extract_notes(
        "Police arrested four suspected members of a banned outfit in a raid in Sopore on "
        "Friday. Two rifles and a grenade were recovered from their hideout, officials said."
    )
    assert [(e.type, e.mode) for e in report.events] == [("COERCE", "arrest")]
    assert len(report.events[0].evidence) == 2


def test_a_cache_recovered_alone_is_disrupted_weapons_use(extract_notes: Any) -> None:
    report = extract_notes(
        "Troops recovered a cache of rifles and grenades from a hideout in a forest near "
        "Handwara on Sunday."
    )
    [event] = report.events
    assert event.acled.sub_event_type == "Disrupted weapons use"
