"""The event an ACLED coder codes in a report (the benchmark's rule, on report objects)."""

from __future__ import annotations

from typing import Any

#: modalities of an event told as having happened
HAPPENED = frozenset({"asserted", "reported", "claimed"})


def coded_event(report: Any) -> Any:
    """The first event told as having happened that has an ACLED category, or None."""
    happened = [e for e in report.events if e.acled and e.modality in HAPPENED]
    return happened[0] if happened else None


def attack_perpetrators(report: Any) -> list[str]:
    """The perpetrator arguments of every attack in a report, as the text names them."""
    return [
        a.text
        for e in report.events
        if e.type == "ASSAULT"
        for a in e.arguments
        if a.role == "perpetrator"
    ]
