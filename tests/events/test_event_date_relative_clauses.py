"""A month or year in a relative clause set off by commas dates what the clause tells, not
the event of the main clause: "supporters, who had backed her in 2011, marched on Thursday".
A day there is often the harm the main clause ends, and keeps dating it.
Needs the packaged pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PUBLISHED = "2024-05-10"  # a Friday


def _dated(report: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value if e.date else None) for e in report.events]


def test_a_year_in_an_aside_does_not_date_the_march(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Hundreds of youth wing supporters, who had campaigned for the mayor in 2019, marched "
        "to the city hall on Thursday demanding his resignation."
    )
    assert ("PROTEST", "2024-05-09") in _dated(report)


def test_a_month_in_a_whose_clause_dates_its_noun(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Villagers, whose houses were razed in March, blocked the highway in Sylhet on Sunday."
    )
    assert ("PROTEST", "2024-05-05") in _dated(report)


def test_a_day_in_the_aside_still_dates_the_harm_it_tells(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "A bus driver, who was burnt in a petrol bomb attack in Feni on Saturday night, died "
        "at a Dhaka hospital on Sunday."
    )
    assert ("ASSAULT", "2024-05-04") in _dated(report)
