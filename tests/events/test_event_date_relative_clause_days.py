"""A day written in a relative clause ("who were abducted on Monday") dates what the clause
tells, so it yields to another date of the sentence; an aside closed by two commas does not
part the main clause's date from its event. Needs the packaged pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "2024-05-10"  # a Friday


def _dated(report: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.value if e.date else None) for e in report.events]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "Relatives of the two traders who were abducted by gunmen on Monday staged a sit-in "
            "outside the district police office in Quetta on Wednesday.",
            "2024-05-08",
            id="a_day_in_a_clause_before_the_trigger_yields",
        ),
        pytest.param(
            "On 8 May, a former councillor of the ruling party, who had been detained last month "
            "for assaulting a municipal engineer with an iron rod near the market, ended his "
            "twelve-day hunger strike outside the collectorate in Rajshahi.",
            "2024-05-08",
            id="a_date_before_a_closed_aside_dates_the_main_clause",
        ),
        pytest.param(
            "The families of the three councillors who were kidnapped by CPI (Maoist) rebels four "
            "days ago held a demonstration in Paderu on Thursday, demanding their release.",
            "2024-05-09",
            id="a_bracket_inside_the_clause_does_not_end_it",
        ),
    ],
)
def test_the_protest_takes_the_main_clauses_date(
    extract_notes: Callable[[str], Any], text: str, date: str
) -> None:
    dates = {value for kind, value in _dated(extract_notes(text)) if kind == "PROTEST"}
    assert dates == {date}


def test_a_day_in_the_clause_still_dates_the_sentence_with_no_other(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Students protested outside the vice-chancellor's office against the teacher who "
        "assaulted a classmate on Thursday."
    )
    assert any(date == "2024-05-09" for _, date in _dated(report))
