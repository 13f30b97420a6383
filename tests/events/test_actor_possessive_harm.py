"""The possessor of a noun of harm suffered it ("the mayor's kidnapping"); the possessor of
an attack noun did it ("the army's attack"), and so does "X's killing of Y"."""

from __future__ import annotations

from typing import Any


def _actors(report: Any, event_type: str) -> list[tuple[str, str]]:
    return [(a.role, a.name) for e in report.events if e.type == event_type for a in e.actors]


def _army(name: str) -> bool:
    """The army as the report names it: by the word, or as the state's military forces."""
    return name.startswith(("Army", "Military Forces"))


def test_a_named_mans_murder_makes_him_the_target(extract_notes: Any) -> None:
    report = extract_notes("Luis Perez Garcia's murder in Tegucigalpa shocked the country.")
    actors = _actors(report, "ASSAULT")
    assert any(role == "target" and "Perez" in name for role, name in actors)
    assert not any(role == "source" and "Perez" in name for role, name in actors)


def test_lower_case_wire_copy_keeps_the_victim_as_target(extract_notes: Any) -> None:
    report = extract_notes("luis perez garcia's murder in tegucigalpa shocked the country.")
    actors = _actors(report, "ASSAULT")
    assert not any(role == "source" and "Perez" in name.title() for role, name in actors)


def test_the_armys_attack_keeps_the_army_as_source(extract_notes: Any) -> None:
    report = extract_notes("The army's attack on the village in Morazan killed 12 people.")
    actors = _actors(report, "ASSAULT")
    assert any(role == "source" and _army(name) for role, name in actors)
    assert not any(role == "target" and _army(name) for role, name in actors)


def test_the_armys_killing_of_civilians_is_the_armys(extract_notes: Any) -> None:
    report = extract_notes("The army's killing of civilians in the village angered residents.")
    actors = _actors(report, "ASSAULT")
    assert any(role == "source" and _army(name) for role, name in actors)
