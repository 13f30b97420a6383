"""Parties a sentence of their own describes for the attack told just before it: "The
attackers were members of the ELN.", "The victims were identified as ...", and the partners
joined to a culprit ("the ELN and the FARC claimed ...")."""

from __future__ import annotations

from typing import Any


def _arguments(report: Any, role: str) -> list[str]:
    return [
        a.text for e in report.events if e.type == "ASSAULT" for a in e.arguments if a.role == role
    ]


def test_the_attackers_described_as_members_of_a_group_name_the_perpetrator(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        "Four soldiers were killed in an ambush on a rural road near Tame on Sunday. "
        "The attackers were members of the National Liberation Army."
    )
    assert any("National Liberation Army" in p for p in _arguments(report, "perpetrator"))


def test_the_victims_identified_in_the_next_sentence_are_victims(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen shot dead two farmers in the village of El Carmen on Monday. "
        "The victims were identified as Pedro Gomez and Luis Alvarez."
    )
    victims = _arguments(report, "victim")
    assert "Pedro Gomez" in victims
    assert "Luis Alvarez" in victims


def test_attackers_who_only_fled_name_no_one(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen shot dead two farmers in the village of El Carmen on Monday. "
        "The attackers fled toward the mountains."
    )
    assert not any("mountains" in p for p in _arguments(report, "perpetrator"))


def test_both_groups_that_claim_a_bombing_are_its_perpetrators(extract_notes: Any) -> None:
    report = extract_notes(
        "The ELN and the FARC claimed responsibility for the bombing of the oil pipeline "
        "near Saravena."
    )
    perpetrators = _arguments(report, "perpetrator")
    assert any("ELN" in p for p in perpetrators)
    assert any("FARC" in p for p in perpetrators)
