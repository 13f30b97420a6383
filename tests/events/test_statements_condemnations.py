"""Statements of international bodies that condemn an attack: the UN, its Security Council, the
European Union and the African Union.

A press release such as "The Security Council condemned an attack on a UNIFIL patrol … that
wounded two peacekeepers" tells two events: the body's condemnation (PLOVER ACCUSE: PLOVER
has no separate DISAPPROVE, its ACCUSE covers condemning and criticising) with the body as
its source, and the attack, with the harm its relative clause tells counted on the attack,
not on the condemnation. The paragraphs are written for this project.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-05-06"


def _one(report: Any, kind: str) -> Any:
    found = [e for e in report.events if e.type == kind]
    assert found, f"no {kind} event in {[e.type for e in report.events]}"
    return found[0]


def _source(event: Any) -> str | None:
    return next((a.name for a in event.actors if a.role == "source"), None)


@pytest.mark.parametrize(
    ("text", "body", "killed", "injured"),
    [
        (
            "The European Union strongly condemned an attack on a UN convoy in North Kivu on "
            "Friday that killed three peacekeepers.",
            "European Union",
            3,
            None,
        ),
        (
            "The UN Security Council condemned an attack on a UNIFIL patrol in southern "
            "Lebanon on Thursday that wounded two Irish peacekeepers.",
            "UN Security Council",
            None,
            2,
        ),
        (
            "The African Union Commission chairperson condemned the bombing of a market in "
            "Mogadishu on Saturday that killed 12 people.",
            "African Union Commission",
            12,
            None,
        ),
    ],
)
def test_a_condemnation_is_the_bodys_and_the_attack_keeps_its_harm(
    extract_notes: Any, text: str, body: str, killed: int | None, injured: int | None
) -> None:
    report = extract_notes(text)
    condemnation = _one(report, "ACCUSE")
    attack = _one(report, "ASSAULT")
    assert _source(condemnation) == body
    assert (attack.counts.killed, attack.counts.injured) == (killed, injured)
    assert condemnation.counts.killed is None


def test_the_attack_on_a_peace_operation_targets_the_mission(extract_notes: Any) -> None:
    report = extract_notes(
        "UN Secretary-General Antonio Guterres condemned the attack on a MINUSMA camp in "
        "Aguelhok on Sunday, which killed two peacekeepers from Chad and injured four others."
    )
    attack = _one(report, "ASSAULT")
    assert (attack.counts.killed, attack.counts.injured) == (2, 4)
    assert "MINUSMA" in [a.name for a in attack.actors if a.role == "target"]


def test_a_un_release_condemns_in_the_secretary_generals_name(extract_notes: Any) -> None:
    report = extract_notes(
        "The Secretary-General condemns the attack on a MINUSCA patrol near Bambari on "
        "Monday, which killed one peacekeeper from Niger."
    )
    assert _source(_one(report, "ACCUSE")) is not None


def test_peacekeepers_killed_are_the_attacks_victims(extract_notes: Any) -> None:
    report = extract_notes(
        "The European Union condemned an attack on a UN convoy in North Kivu on Friday that "
        "killed three peacekeepers."
    )
    victims = [a.text for a in _one(report, "ASSAULT").arguments if a.role == "victim"]
    assert "three peacekeepers" in victims
