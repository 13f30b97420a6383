"""Past attacks that a frame around them must not turn into plans or denials.

"will investigate the attack that killed ten workers": the investigation is to come, the
attack took place. "denied any link to the murder of the judge": the link is denied, the
murder is not. "denied the killing of the engineers" may deny the killing itself.
"""

from __future__ import annotations

from typing import Any


def _modalities(report: Any) -> list[str]:
    return [e.modality for e in report.events if e.type == "ASSAULT"]


def test_an_attack_an_inquiry_will_look_into_took_place(extract_notes: Any) -> None:
    report = extract_notes(
        "The minister said the police will investigate the bombing that killed six bus "
        "passengers on Friday."
    )
    assert "asserted" in _modalities(report)


def test_a_murder_linked_to_a_denied_claim_took_place(extract_notes: Any) -> None:
    report = extract_notes(
        "The governor denied that the delay was linked to the assassination of the mayor."
    )
    assert _modalities(report) == ["asserted"]


def test_denying_responsibility_for_a_killing_does_not_deny_the_killing(
    extract_notes: Any,
) -> None:
    report = extract_notes("The rebel group denied responsibility for the murder of the judge.")
    assert _modalities(report) == ["asserted"]


def test_denying_the_killing_itself_stays_a_denial(extract_notes: Any) -> None:
    report = extract_notes("The rebels denied the killing of the two engineers.")
    assert _modalities(report) == ["negated"]


def test_an_attack_still_to_come_stays_future(extract_notes: Any) -> None:
    report = extract_notes("The army will soon launch an attack on the rebel camp.")
    assert "asserted" not in _modalities(report)
