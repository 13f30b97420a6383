"""An event told over two joined days ("on Friday and Saturday") is dated by the first, as a
range is by its first day; a day that opens the next clause ("and on Saturday fired") is
that clause's own. Needs the packaged pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PUBLISHED = "2024-05-06"  # a Monday


def _dated(report: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value if e.date else None) for e in report.events]


def test_two_joined_weekdays_date_by_the_first(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Transport unions on Saturday and Sunday staged a strike in Khulna against the new toll."
    )
    assert ("PROTEST", "2024-05-04") in _dated(report)


def test_restated_joined_days_date_by_the_first(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Traders staged demonstrations in Rajshahi against the tax on Saturday [4 May] and "
        "Sunday [5 May]."
    )
    assert ("PROTEST", "2024-05-04") in _dated(report)


def test_a_day_that_opens_the_next_clause_is_its_own(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Police arrested two activists on Friday and on Saturday fired teargas at a rally in Bogra."
    )
    dated = _dated(report)
    assert ("COERCE", "2024-05-03") in dated
    assert ("ASSAULT", "2024-05-04") in dated
