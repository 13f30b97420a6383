"""Issue #6: "On February 23rd, 2000 supporters of the party marched": after an ordinal day
and a comma, a number that a plural noun follows is a count, not the date's year."""

from __future__ import annotations

import datetime

import pytest

from sitrep.annotate.timex import tag_times

REFERENCE = datetime.date(2023, 3, 1)


def _dates(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_times(text, REFERENCE)}


@pytest.mark.parametrize(
    ("text", "date_text", "value"),
    [
        (
            "On February 23rd, 2000 supporters of the opposition marched in Lusaka.",
            "February 23rd",
            "2023-02-23",
        ),
        (
            "On 23rd February, 1500 nurses gathered outside the ministry in Harare.",
            "23rd February",
            "2023-02-23",
        ),
        ("On January 9th, 1200 people fled the fighting near Kidal.", "January 9th", "2023-01-09"),
    ],
)
def test_number_after_ordinal_day_and_comma_is_a_count(
    text: str, date_text: str, value: str
) -> None:
    assert _dates(text) == {date_text: value}


@pytest.mark.parametrize(
    ("text", "date_text", "value"),
    [
        (
            "On February 23rd, 2021, supporters marched in Lusaka.",
            "February 23rd, 2021",
            "2021-02-23",
        ),
        ("On March 1st, 2021 was a quiet day in Kidal.", "March 1st, 2021", "2021-03-01"),
        ("On February 23, 2021 protesters marched in Lusaka.", "February 23, 2021", "2021-02-23"),
        ("On 1st March 2021, gunmen struck a bus near Gao.", "1st March 2021", "2021-03-01"),
    ],
)
def test_a_year_stays_a_year_otherwise(text: str, date_text: str, value: str) -> None:
    assert _dates(text) == {date_text: value}
