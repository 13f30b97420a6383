"""Short dated notes whose event was missed: the words that tell it are triggers.

"clobbered to death", "clashes errupted" (a common misspelling), "a gun fight" or "fire fight"
written as two words, and a procession that police obstruct (a march of protest, not a
funeral) are events on the note's day.
Needs the packaged pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PUBLISHED = "2024-05-06"  # a Monday


def _dated(report: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value if e.date else None) for e in report.events]


def test_clobbered_to_death_is_an_assault(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "A 40-year-old farmer was clobbered to death by a mob in Bishnupur district on Sunday."
    )
    assert ("ASSAULT", "2024-05-05") in _dated(report)


def test_a_gun_fight_in_two_words_is_an_armed_clash(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Rebels and army troops engaged in a gun fight near Tamu on Saturday, officials said."
    )
    assert ("ASSAULT", "2024-05-04") in _dated(report)


def test_a_fire_fight_in_two_words_is_an_armed_clash(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "A brief fire fight took place between suspected insurgents and Assam Rifles in "
        "Tengnoupal district on Sunday."
    )
    assert ("ASSAULT", "2024-05-05") in _dated(report)


def test_processions_obstructed_by_police_are_protests(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "In Rangpur, three processions of the opposition alliance faced police obstruction in "
        "the town on Saturday."
    )
    assert ("PROTEST", "2024-05-04") in _dated(report)


def test_clashes_that_errupted_took_place(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes("Clashes errupted between rival student groups in Comilla on Sunday.")
    assert ("ASSAULT", "2024-05-05") in _dated(report)
