"""Harm counts a user can trust: a lower bound counts its number, a ceiling ("up to") counts
only when nothing firmer is told, and one person killed counts one though no number says so."""

from __future__ import annotations

from typing import Any


def _killed(report: Any) -> list[int | None]:
    return [e.counts.killed for e in report.events if e.type == "ASSAULT"]


def test_at_least_counts_its_number(extract_notes: Any) -> None:
    report = extract_notes("At least 14 people were killed in the bombing of a bus in Quetta.")
    assert 14 in _killed(report)


def test_dozens_count_twelve(extract_notes: Any) -> None:
    report = extract_notes("Dozens of worshippers were killed when a bomb hit the mosque.")
    assert 12 in _killed(report)


def test_a_ceiling_still_counts_when_nothing_firmer_is_told(extract_notes: Any) -> None:
    report = extract_notes("The ministry said its drones killed up to 25 soldiers at the base.")
    assert 25 in _killed(report)


def test_one_unlisted_person_killed_in_the_passive_counts_one(extract_notes: Any) -> None:
    report = extract_notes("A tailor was shot dead by unknown gunmen in Khulna on Monday.")
    assert 1 in _killed(report)


def test_one_person_killed_by_a_plain_verb_counts_one(extract_notes: Any) -> None:
    report = extract_notes("A vendor was killed when militants attacked a market in Maiduguri.")
    assert 1 in _killed(report)


def test_a_thing_attacked_in_the_passive_counts_nobody(extract_notes: Any) -> None:
    report = extract_notes("A police convoy was ambushed near Gao on Tuesday.")
    assert all(k is None for k in _killed(report))
