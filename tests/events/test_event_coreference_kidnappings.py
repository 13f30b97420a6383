"""Event coreference across types: a kidnapping and the harm done to the person seized are one
incident; a seizure of a person told again as "the kidnapping" is that kidnapping; a killing
of someone else stays an event of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _harming(report: Any, name: str) -> list[Any]:
    """The attack and abduction events that name ``name`` among their victims."""
    return [
        e
        for e in report.events
        if e.type in {"ASSAULT", "COERCE"}
        and any(a.role == "victim" and name in a.text.lower() for a in e.arguments)
    ]


def test_a_kidnapped_man_later_murdered_is_one_kidnapping(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Unidentified gunmen kidnapped trade unionist Rafael Montoya outside his home in Cali "
        "on Monday. The union said the assassination of Rafael Montoya would not silence it."
    )
    harming = _harming(report, "montoya")
    assert [(e.type, e.mode) for e in harming] == [("COERCE", "abduct")]
    assert len(harming[0].evidence) == 2


def test_the_kidnapping_names_an_earlier_seizure_of_a_person(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Armed men seized businessman Tomas Arriaga in Guayaquil on Friday. Police said the "
        "kidnapping was carried out by a criminal gang."
    )
    harming = _harming(report, "arriaga")
    assert [(e.type, e.mode) for e in harming] == [("COERCE", "abduct")]
    assert len(harming[0].evidence) == 2  # the second sentence tells the same kidnapping


def test_a_killing_of_another_person_elsewhere_stays_apart(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Gunmen kidnapped engineer Luis Ortega in Arauca on Monday. In Cucuta, gunmen shot "
        "dead councilman Pedro Salas."
    )
    kidnapping = _harming(report, "ortega")
    killing = _harming(report, "salas")
    assert [(e.type, e.mode) for e in kidnapping] == [("COERCE", "abduct")]
    assert [e.type for e in killing] == ["ASSAULT"]
    assert kidnapping[0] is not killing[0]
