"""No event told as having happened is dated after its report; a protest dated only by a
past year's day that recurs in the week before the report marks its anniversary. Needs the
packaged pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PUBLISHED = "2024-05-10"  # a Friday


def _dates(report: Any, kind: str) -> set[str | None]:
    return {e.date.value if e.date else None for e in report.events if e.type == kind}


def test_a_deadline_ahead_does_not_date_the_protest(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Hundreds of jute mill workers staged a demonstration in Khulna on Thursday. They "
        "threatened to go on an indefinite hunger strike from May 20 if their wages were not "
        "paid."
    )
    assert "2024-05-09" in _dates(report, "PROTEST")
    assert not any(
        e.date is not None and e.date.value == "2024-05-20" and e.modality == "asserted"
        for e in report.events
    )


def test_a_bare_weekday_read_ahead_is_last_weeks(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Primary school teachers held rallies in several towns of Sindh on Thursday against "
        "government plans to ban their unions."
    )
    assert _dates(report, "PROTEST") == {"2024-05-09"}


def test_a_rally_on_the_anniversary_of_a_past_years_massacre(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Hundreds of villagers held a candlelight rally in Kathmandu in memory of the 14 "
        "farmers shot dead by soldiers in Bardiya on 9 May, 2019."
    )
    assert "2024-05-09" in _dates(report, "PROTEST")


def test_a_past_years_day_far_from_its_anniversary_stays_as_written(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Hundreds of villagers held a candlelight rally in Kathmandu in memory of the 14 "
        "farmers shot dead by soldiers in Bardiya on 2 February, 2019."
    )
    assert "2024-05-09" not in _dates(report, "PROTEST")


def test_a_range_running_past_the_report_keeps_its_first_day(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Local people staged protests from 8-12 May in Jumla demanding a separate province."
    )
    assert "2024-05-08" in _dates(report, "PROTEST")
