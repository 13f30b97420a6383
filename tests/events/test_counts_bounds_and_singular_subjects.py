"""Harm counts a user can trust: a lower bound counts its number, a ceiling ("up to") counts
only when nothing firmer is told, and one person killed counts one though no number says so."""

from __future__ import annotations

from typing import Any

import pytest


def _killed(report: Any) -> list[int | None]:
    return [e.counts.killed for e in report.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "At least 14 people were killed in the bombing of a bus in Quetta.",
            14,
            id="at_least_counts_its_number",
        ),
        pytest.param(
            "Dozens of worshippers were killed when a bomb hit the mosque.",
            12,
            id="dozens_count_twelve",
        ),
        pytest.param(
            "The ministry said its drones killed up to 25 soldiers at the base.",
            25,
            id="a_ceiling_still_counts_when_nothing_firmer_is_told",
        ),
        pytest.param(
            "A tailor was shot dead by unknown gunmen in Khulna on Monday.",
            1,
            id="one_unlisted_person_killed_in_the_passive_counts_one",
        ),
        pytest.param(
            "A vendor was killed when militants attacked a market in Maiduguri.",
            1,
            id="one_person_killed_by_a_plain_verb_counts_one",
        ),
    ],
)
def test_an_attack_counts_the_killed_the_text_tells(
    extract_notes: Any, text: str, killed: int
) -> None:
    assert killed in _killed(extract_notes(text))


def test_a_thing_attacked_in_the_passive_counts_nobody(extract_notes: Any) -> None:
    report = extract_notes("A police convoy was ambushed near Gao on Tuesday.")
    assert all(k is None for k in _killed(report))
