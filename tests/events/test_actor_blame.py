"""Who blames an attack on whom: the accused or the claimant is the attack's source actor.

A claim or blame names who did the attack ("the bombing was blamed on the cartel"); the
one who blames ("police attributed …") is a speaker, and the accused is never the target.
"""

from __future__ import annotations

from typing import Any


def _actors(report: Any, event_type: str = "ASSAULT") -> list[tuple[str, str]]:
    return [(a.role, a.name) for e in report.events if e.type == event_type for a in e.actors]


def test_the_group_an_attack_is_attributed_to_is_its_source(extract_notes: Any) -> None:
    report = extract_notes(
        "Police attributed the attack on the bus near Usulutan to the FMLN on Sunday."
    )
    actors = _actors(report)
    assert ("source", "FMLN") in actors
    assert ("target", "FMLN") not in actors
    assert all(name != "Police" for _, name in actors)


def test_a_bombing_blamed_on_a_cartel_is_the_cartels(extract_notes: Any) -> None:
    report = extract_notes(
        "A car bomb that killed four people in Medellin on Friday was blamed on the "
        "Medellin cartel."
    )
    actors = _actors(report)
    assert any(role == "source" and "Medellin" in name for role, name in actors)
    assert not any(role == "target" and "Medellin" in name for role, name in actors)


def test_the_official_who_blames_is_no_source_of_the_killing(extract_notes: Any) -> None:
    report = extract_notes(
        "The defense minister blamed the ELN for the killing of three engineers in Arauca."
    )
    actors = _actors(report)
    assert ("source", "ELN") in actors
    assert not any(role == "target" and name == "ELN" for role, name in actors)


def test_unnamed_accused_attackers_leave_the_speaker_out(extract_notes: Any) -> None:
    report = extract_notes("Police attributed the attack on the bus to drug traffickers.")
    assert not any(role == "source" and name.startswith("Police") for role, name in _actors(report))


def test_the_men_accused_of_a_killing_did_it(extract_notes: Any) -> None:
    report = extract_notes(
        "Two policemen accused of the murder of a trade unionist in Soyapango escaped on Friday."
    )
    perpetrators = [
        a.text
        for e in report.events
        if e.type == "ASSAULT"
        for a in e.arguments
        if a.role == "perpetrator"
    ]
    assert "Two policemen" in perpetrators


def test_the_party_that_accuses_a_man_did_not_kill(extract_notes: Any) -> None:
    report = extract_notes(
        "Ramos, whom the party has accused of planning the assassination of a judge in "
        "Santa Ana, denied it on Tuesday."
    )
    perpetrators = [
        a.text
        for e in report.events
        if e.type == "ASSAULT"
        for a in e.arguments
        if a.role == "perpetrator"
    ]
    assert "the party" not in perpetrators
