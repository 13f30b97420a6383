"""Dated notes whose event went unread: a verb the tagger took for a noun ("shot at"), and
a bare plural counted by a word, not a number ("a number of clashes"), or told of a place
that saw it ("the town saw clashes"). The note's day goes nowhere unless the event is read.
Needs the packaged pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PUBLISHED = "2024-05-06"  # a Monday


def _dated(report: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value if e.date else None) for e in report.events]


def test_shot_at_after_a_noun_is_the_verb(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "A ruling party councillor shot at a shopkeeper in Rangpur town on Saturday evening."
    )
    assert ("ASSAULT", "2024-05-04") in _dated(report)


def test_a_number_of_clashes_took_place(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Birgunj saw a number of sporadic clashes between Madhesi cadres and police on Sunday."
    )
    assert ("ASSAULT", "2024-05-05") in _dated(report)


def test_a_town_that_saw_clashes_is_their_scene(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes("The market town saw fierce clashes between rival traders on Sunday.")
    assert ("ASSAULT", "2024-05-05") in _dated(report)


def test_several_is_no_count_of_events_that_took_place(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes("Rights groups fear several attacks on minority villages.")
    assert not any(kind == "ASSAULT" for kind, _ in _dated(report))


def test_a_verb_before_a_name_is_no_part_of_it(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Cadres of the banned outfit PLFI shot Munda, a ward member, dead in Khunti on Saturday."
    )
    assert ("ASSAULT", "2024-05-04") in _dated(report)


def test_rangers_firing_mortar_bombs_is_an_attack(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes("Border rangers resorted to firing of mortar bombs on 4 May.")
    assert ("ASSAULT", "2024-05-04") in _dated(report)


def test_blasted_with_dynamite_is_an_explosion(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes("Rebels blasted a mobile tower with dynamite in Gaya on Sunday.")
    assert ("ASSAULT", "2024-05-05") in _dated(report)


def test_blasted_as_criticism_is_no_attack(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "The opposition leader blasted the government over the bridge collapse on Sunday."
    )
    assert not any(kind == "ASSAULT" for kind, _ in _dated(report))


def test_clashes_joined_to_a_noun_were_reported(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Group clashes and subsequent firing were reported from a village in Siwan on Sunday."
    )
    assert ("ASSAULT", "2024-05-05") in _dated(report)
