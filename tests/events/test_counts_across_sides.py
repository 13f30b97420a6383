"""An event's toll adds up the dead of every side a list names before or after one harm verb
("4 dissidents and 3 ELN fighters were killed": 7), as ACLED codes the total dead of an
event; a number that only restates the list, an age or a separate clause adds nothing.
Needs the packaged pipeline."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-09-12"


def _killed(report: Any) -> list[int | None]:
    return [e.counts.killed for e in report.events if e.counts.killed is not None]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Rebels raided a garrison near Kidal on Monday. Six soldiers and 9 rebels were "
            "killed in the fighting.",
            15,
        ),
        (
            "On 9 September, Fulani gunmen attacked farmers in Bokkos. Seven gunmen and a "
            "local vigilante were killed.",
            8,
        ),
        (
            "Four policemen and at least 12 bandits died in a gunfight in Zamfara on Tuesday.",
            16,
        ),
        (
            "Militants ambushed a patrol in Tillaberi on Sunday. Two soldiers, three "
            "militiamen and five insurgents were killed.",
            10,
        ),
        (
            "Dozens of militants and two soldiers were killed in clashes near Damboa on Monday.",
            14,
        ),
    ],
)
def test_the_groups_of_one_list_add_up(extract_notes, text: str, toll: int) -> None:  # type: ignore[no-untyped-def]
    assert _killed(extract_notes(text))[:1] == [toll]


def test_an_active_verb_adds_up_its_listed_victims(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Gunmen killed four farmers and two herders in a village in Benue state on Monday."
    )
    assert _killed(report)[:1] == [6]


def test_a_total_restated_by_its_parts_counts_once(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Five people, three soldiers and two civilians, were killed when a roadside bomb "
        "hit a convoy near Gao on Monday."
    )
    assert _killed(report)[:1] == [5]


def test_the_wounded_of_another_clause_are_not_dead(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Militants killed three soldiers and wounded 14 others in an attack on a base in "
        "Menaka on Monday."
    )
    assert _killed(report)[:1] == [3]


def test_an_unknown_number_adds_nothing(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Army troops clashed with rebels in Rutshuru on Monday. Five soldiers and an unknown "
        "number of rebels were killed."
    )
    assert _killed(report)[:1] == [5]
