"""Security digests put the date between the doer and the deed ("Maoists on November 9
abducted …"): the day's number counts no one, and the verb after the date is still the
event's verb though the tagger reads it as a noun. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _first(report: Any, kind: str) -> Any:
    return next(e for e in report.events if e.type == kind)


@pytest.mark.parametrize(
    ("text", "kind", "count", "expected"),
    [
        (
            "Armed cadres kidnapped a forest guard near Kanker on November 9 and threatened "
            "his family.",
            "COERCE",
            "kidnapped",
            1,
        ),
        (
            "Two traders were shot dead by unidentified assailants in Turbat on July 23.",
            "ASSAULT",
            "killed",
            2,
        ),
        (
            "Militants abducted 12 road workers at 3 am on Friday from a camp near Bijapur.",
            "COERCE",
            "kidnapped",
            12,
        ),
    ],
)
def test_a_day_of_the_month_counts_no_one(
    extract_notes: Any, text: str, kind: str, count: str, expected: int
) -> None:
    event = _first(extract_notes(text), kind)
    assert getattr(event.counts, count) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified gunmen on March 12 shot dead a shopkeeper in Quetta.",
        "Suspected militants on 4 June shot dead a schoolteacher near Pulwama.",
    ],
)
def test_the_verb_after_a_date_tells_the_killing(extract_notes: Any, text: str) -> None:
    report = extract_notes(text)
    killings = [e for e in report.events if e.type == "ASSAULT"]
    assert killings and killings[0].mode == "firearms"
