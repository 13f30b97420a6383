""" "May" the month is no modal: "On 4 May, gunmen killed …" happened; "gunmen may attack"
has not."""

from __future__ import annotations

from typing import Any

import pytest


def _attack_modalities(report: Any) -> list[str]:
    return [e.modality for e in report.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May, suspected ADF fighters killed six farmers near Oicha in Beni territory.",
        "On May 4, suspected ADF fighters killed six farmers near Oicha in Beni territory.",
        "Suspected ADF fighters killed six farmers near Oicha on 4th May, local officials said.",
    ],
)
def test_a_killing_dated_in_may_happened(extract_notes: Any, text: str) -> None:
    modalities = _attack_modalities(extract_notes(text))
    assert modalities and modalities[0] in {"asserted", "reported"}


def test_may_the_modal_still_makes_a_possibility(extract_notes: Any) -> None:
    report = extract_notes("The army said the fighters may have killed six farmers near Oicha.")
    assert _attack_modalities(report) == ["hypothetical"]
