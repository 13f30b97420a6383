"""Rhetoric, appeals and tallies are no incidents: "stop killing civilians", "thousands have
been murdered since 1998", "charges of murder". The single acts, told with their day and
place, still are."""

from __future__ import annotations

from typing import Any


def _attacks(report: Any) -> list[Any]:
    return [e for e in report.events if e.type == "ASSAULT"]


def test_an_appeal_to_stop_killing_is_no_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "The archbishop urged the militias to stop killing villagers in the eastern highlands."
    )
    assert not _attacks(report)


def test_a_toll_since_a_year_is_no_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "Some 4,000 farmers have been killed in the region since 1998, the commission said."
    )
    assert not _attacks(report)


def test_a_toll_over_past_years_is_no_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "Human rights groups say paramilitary units have murdered hundreds of union members "
        "in the past few years."
    )
    assert not _attacks(report)


def test_charges_of_murder_name_no_incident(extract_notes: Any) -> None:
    report = extract_notes(
        "The former mayor was flown to the capital to stand trial on charges of murder and fraud."
    )
    assert not _attacks(report)


def test_a_recent_killing_in_the_perfect_is_still_an_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen have killed two traffic policemen in Quetta on Monday morning, police said."
    )
    assert _attacks(report)


def test_a_killing_since_a_weekday_is_still_an_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "Three soldiers have been killed since Sunday in an ambush near the border post."
    )
    assert _attacks(report)


def test_a_fresh_killing_in_a_wave_of_attacks_is_still_an_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen have killed two policemen in Quetta, the latest in a wave of attacks on the "
        "police in the province."
    )
    assert _attacks(report)


def test_a_toll_since_a_founding_year_is_no_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "More than 700 members of the party have been murdered since it was set up in 1987."
    )
    assert not _attacks(report)
