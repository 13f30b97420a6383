"""Two attacks told in one sentence stay two events when the sentence says so ("in another
attack", "another explosion"); the toll of one attack ("killed a policeman and wounded another
officer") and a further telling of one blast stay one event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _attacks(report: Any) -> list[Any]:
    return [e for e in report.events if e.type == "ASSAULT"]


def test_in_another_attack_keeps_a_second_event(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Gunmen shot dead a shopkeeper in Jalalabad on Sunday and, in another attack, militants "
        "killed two soldiers at a checkpoint in Kunar."
    )
    assert len(_attacks(report)) == 2


def test_another_victim_of_the_same_attack_stays_one_event(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Gunmen killed a policeman and wounded another officer in Peshawar on Tuesday."
    )
    attacks = _attacks(report)
    assert len(attacks) == 1
    assert {a.text for a in attacks[0].arguments if a.role == "victim"} >= {
        "a policeman",
        "another officer",
    }


def test_another_explosion_in_the_same_sentence_is_a_second_bombing(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "A bomb exploded outside a bank in Ibague on Thursday night, and minutes later another "
        "explosion damaged the electricity office across town."
    )
    assert len(_attacks(report)) == 2


def test_the_blast_told_again_joins_its_event(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "A car bomb exploded outside the police station in Quetta on Monday, killing four "
        "people. The blast also damaged several shops nearby."
    )
    assert len(_attacks(report)) == 1
