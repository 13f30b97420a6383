"""Which date a note's bracketed restatement gives an event.

A coder restates a weekday as a date in brackets ("on Friday [3 May]"); the bracket usually
wins over the weekday read from the publication day. Where only its month is misnamed (the
weekday's day of the month in another month), the slip is the bracket's and the weekday
stands. A coder's "[Day 2: Sunday]" after the last sentence stamps a running story's day.
Needs the packaged pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PUBLISHED = "2024-05-06"  # a Monday


def _dates(report: Any, event_type: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in report.events if e.type == event_type]


def test_a_bracket_with_a_misnamed_month_yields_to_the_weekday(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Unidentified gunmen attacked a police post in Dera Bugti district on Saturday [4 April]."
    )
    assert _dates(report, "ASSAULT") == ["2024-05-04"]


def test_a_bracket_a_day_off_the_weekday_still_wins(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Unidentified gunmen attacked a police post in Dera Bugti district on Saturday [3 May]."
    )
    assert _dates(report, "ASSAULT") == ["2024-05-03"]


def test_a_bracket_that_agrees_with_the_weekday_dates_the_event(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Traders in Sylhet staged a demonstration against the new tax on Friday [3 May]."
    )
    assert _dates(report, "PROTEST") == ["2024-05-03"]


def test_a_coders_day_stamp_dates_a_running_story(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "At least twelve people were injured in clashes between rival party supporters in "
        "Feni on Saturday night and Sunday. [Day 2: Sunday]"
    )
    assert _dates(report, "ASSAULT") == ["2024-05-05"]
