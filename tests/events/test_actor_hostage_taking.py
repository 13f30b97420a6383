"""Hostages and people taken by attackers are kidnapped; phrases in the passive read their
subject as the one who underwent the event and their "by" as the one who did it."""

from __future__ import annotations

from typing import Any


def _events(report: Any, event_type: str) -> list[Any]:
    return [e for e in report.events if e.type == event_type]


def test_people_taken_hostage_by_guerrillas_were_abducted(extract_notes: Any) -> None:
    report = extract_notes("Five engineers were taken hostage by ELN guerrillas on Tuesday.")
    (event,) = _events(report, "COERCE")
    assert event.mode == "abduct"
    assert [a.role for a in event.actors] == ["source"]
    assert "ELN" in event.actors[0].name
    assert any(a.role == "victim" and "engineers" in a.text for a in event.arguments)


def test_a_bus_set_on_fire_by_rebels_is_their_target(extract_notes: Any) -> None:
    report = extract_notes("The bus was set on fire by rebels in Lima on Sunday.")
    (event,) = _events(report, "ASSAULT")
    assert event.mode == "arson"
    assert any(a.role == "target" and "bus" in a.text for a in event.arguments)
    assert not any(a.role == "victim" and "rebels" in a.text for a in event.arguments)


def test_a_journalist_seized_by_armed_men_was_abducted(extract_notes: Any) -> None:
    report = extract_notes("The journalist was seized by armed men in San Salvador on Monday.")
    (event,) = _events(report, "COERCE")
    assert event.mode == "abduct"


def test_a_suspect_captured_by_police_was_arrested(extract_notes: Any) -> None:
    report = extract_notes("The suspect was captured by police in Bogota on Monday.")
    (event,) = _events(report, "COERCE")
    assert event.mode == "arrest"


def test_weapons_seized_by_rebels_are_no_hostages(extract_notes: Any) -> None:
    report = extract_notes("The arms cache was seized by rebels in the hills on Friday.")
    assert all(e.mode != "abduct" for e in _events(report, "COERCE"))
