"""Victim and perpetrator phrases an analyst can read as the text says them: counts with their
bounds ("at least 9 civilians"), names with particles ("Hurras al-Din"), the object of one verb
not made the attacker of the next, a named force listed once, uniformed dead as victims."""

from __future__ import annotations

from typing import Any

import pytest


def _arguments(report: Any, role: str, event_type: str | None = None) -> list[str]:
    return [
        a.text
        for e in report.events
        if event_type is None or e.type == event_type
        for a in e.arguments
        if a.role == role
    ]


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        (
            "At least 11 civilians were killed when rebels raided a village near Beni.",
            "At least 11 civilians",
        ),
        (
            "More than 30 villagers were wounded in the shelling of the market on Sunday.",
            "More than 30 villagers",
        ),
        (
            "Nearly 20 farmers were abducted by gunmen on the road to Gusau on Thursday.",
            "Nearly 20 farmers",
        ),
        (
            "The ministry said drones killed up to 25 soldiers at the base on Monday.",
            "up to 25 soldiers",
        ),
    ],
)
def test_a_counted_victim_keeps_the_bound_of_its_number(
    extract_notes: Any, sentence: str, victim: str
) -> None:
    assert victim in _arguments(extract_notes(sentence), "victim")


def test_a_name_with_a_particle_stays_in_the_victim_phrase(extract_notes: Any) -> None:
    report = extract_notes(
        "A US drone strike killed a senior Hurras al-Din commander near Idlib on Saturday."
    )
    victims = _arguments(report, "victim")
    assert any("Hurras al-Din commander" in v for v in victims), victims
    assert "al-Din commander" not in victims


def test_the_object_of_a_first_verb_is_not_the_perpetrator_of_the_second(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        "Soldiers on Monday neutralised seven ISWAP terrorists and arrested three suspects "
        "near Monguno."
    )
    perpetrators = _arguments(report, "perpetrator")
    assert not any("terrorists" in p for p in perpetrators), perpetrators


def test_a_named_force_is_listed_once_as_perpetrator(extract_notes: Any) -> None:
    report = extract_notes("Colombian troops killed three dissidents in Narino on Thursday.")
    for event in report.events:
        texts = [a.text for a in event.arguments if a.role == "perpetrator"]
        assert len(texts) == len(set(texts)), texts


def test_peacekeepers_killed_are_victims(extract_notes: Any) -> None:
    report = extract_notes(
        "Jihadists killed two peacekeepers from Chad in an ambush near Tessalit."
    )
    assert "two peacekeepers" in _arguments(report, "victim", "ASSAULT")


def test_fishermen_abducted_are_victims(extract_notes: Any) -> None:
    report = extract_notes("Four fishermen were abducted by pirates off the Niger Delta on Friday.")
    assert any(v.endswith("fishermen") for v in _arguments(report, "victim"))
