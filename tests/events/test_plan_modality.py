"""A planned murder has not happened; a murder someone demands be investigated has."""

from __future__ import annotations

from typing import Any


def _attack_modalities(report: Any) -> list[str]:
    return [e.modality for e in report.events if e.type == "ASSAULT"]


def test_planning_the_murder_of_someone_is_no_murder(extract_notes: Any) -> None:
    report = extract_notes(
        "The defector said he had been given the mission of planning the assassination of "
        "the opposition leader."
    )
    assert _attack_modalities(report) and "asserted" not in _attack_modalities(report)


def test_an_investigated_murder_happened(extract_notes: Any) -> None:
    report = extract_notes(
        "Relatives demanded that the authorities investigate the assassination of the mayor "
        "of Tumaco."
    )
    assert "asserted" in _attack_modalities(report)


def test_a_murder_that_was_planned_and_done_happened(extract_notes: Any) -> None:
    report = extract_notes(
        "Police arrested the officer who planned the murder of the two journalists in March."
    )
    assert any(m in {"asserted", "reported", "historical"} for m in _attack_modalities(report))


def test_a_bare_charge_is_no_incident(extract_notes: Any) -> None:
    report = extract_notes(
        "The former colonel, who has been charged with murder, was arrested in Cochabamba "
        "on Monday."
    )
    assert not _attack_modalities(report)
    murder = extract_notes("Police arrested two men for the murder of the judge in Medellin.")
    assert _attack_modalities(murder)
