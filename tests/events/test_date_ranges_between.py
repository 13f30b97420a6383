"""An event told over "between 3 and 5 June" is dated on the range's first day, as ACLED
codes the day an event began; a "between" that opens no day range changes nothing. Needs the
packaged pipeline."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2024-07-20"


def _dates(report: Any) -> list[str | None]:
    return [e.date.value if e.date else None for e in report.events]


def test_between_two_days_dates_the_event_on_the_first(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Between 14 and 16 July 2024, al-Shabaab militants attacked army positions near "
        "Jowhar, killing four soldiers."
    )
    assert _dates(report)[:1] == ["2024-07-14"]


def test_between_two_days_in_a_later_sentence_is_read_too(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Clashes between Sudanese army units and the RSF were reported in El Fasher between "
        "11 and 13 July. At least nine civilians were killed by shelling."
    )
    assert "2024-07-11" in _dates(report)


def test_a_between_that_opens_no_day_range_leaves_the_date(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Fighting between the army and rebels killed seven people in Masisi on 15 July."
    )
    assert _dates(report)[:1] == ["2024-07-15"]
