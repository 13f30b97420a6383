"""Habits and aims are not events: "death squads continue to kill", "a regime which murders
priests", "planted a bomb to target the police". The single acts, told with their day and
place, still are."""

from __future__ import annotations

from typing import Any


def _attacks(report: Any) -> list[Any]:
    return [e for e in report.events if e.type == "ASSAULT"]


def test_what_a_group_continues_to_do_is_no_event(extract_notes: Any) -> None:
    report = extract_notes(
        "The opposition says paramilitary squads continue to kill peasants in the northern "
        "provinces."
    )
    assert not _attacks(report)


def test_a_habit_after_keep_is_no_event(extract_notes: Any) -> None:
    report = extract_notes("Rebels keep attacking army convoys on the mountain roads, he said.")
    assert not _attacks(report)


def test_a_present_tense_relative_clause_describes_someone(extract_notes: Any) -> None:
    report = extract_notes(
        "The bishop called on the government to disarm the gangs who attack farm workers."
    )
    assert not _attacks(report)


def test_what_forces_continued_to_do_on_the_day_is_the_event(extract_notes: Any) -> None:
    report = extract_notes(
        "Police continued to fire on the crowd in Multan on Monday after two protesters died."
    )
    assert _attacks(report)


def test_a_past_relative_clause_still_tells_the_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen who attacked a checkpoint in Kunar on Sunday killed two border guards."
    )
    assert _attacks(report)


def test_the_aim_of_an_act_is_no_second_event(extract_notes: Any) -> None:
    report = extract_notes(
        "Two men buried a mine beside the highway near Lashkar Gah on Friday to target "
        "police patrols, officials said."
    )
    assert not _attacks(report)
    troops = extract_notes("Army troops targeted rebel positions near the border on Tuesday.")
    assert _attacks(troops)


def test_statistics_of_a_year_are_no_events(extract_notes: Any) -> None:
    report = extract_notes(
        "Police figures show an average of 12 killings a day so far this year in the capital."
    )
    assert not _attacks(report)


def test_a_protest_that_continues_is_still_going_on(extract_notes: Any) -> None:
    report = extract_notes(
        "Nurses of the district hospital in Lucknow continue to protest against the new shift "
        "rules."
    )
    assert any(e.type == "PROTEST" for e in report.events)
