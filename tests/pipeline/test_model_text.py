"""Odd spaces: the model reads plain spaces, the report keeps the user's characters."""

from __future__ import annotations

from sitrep import extract

TEXT = (
    "Opposition activists staged\u00a0protests in Sylhet on Sunday against the arrest of "
    "their leader,\u00a0police said."
)


def test_a_no_break_space_does_not_hide_the_event_and_the_evidence_keeps_it() -> None:
    report = extract(TEXT, published="2015-03-09")
    protests = [e for e in report.events if e.type == "PROTEST"]
    assert protests, [e.type for e in report.events]
    assert "staged\u00a0protests" in protests[0].evidence[0].text
    assert protests[0].date is not None and protests[0].date.value == "2015-03-08"
