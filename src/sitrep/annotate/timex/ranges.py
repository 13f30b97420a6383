"""Day ranges written with one month: "from 9-13 August", "on 11 - 13 August", "(6-10 March)".

The tagger reads the date that carries the month ("13 August"), the range's last day. An
event told over such a range began on its first day, and the coders of event data write
the first day as the event's date (one row per day, the first row on the first day). So an
event dated by the last day of a range takes the range instead: its first day is the date,
its last day bounds it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from sitrep.annotate.timex.types import Timex

#: the first day and dash (or "to") right before a day-first date: "9-", "20 - ", "9th to "
_RANGE_OPENING = re.compile(
    r"(?<![\d/.,:])(?P<day>\d{1,2})(?:st|nd|rd|th)?[^\S\n]*(?:-|–|—|to|till|until)[^\S\n]*\Z"
)
#: how far back the opening day may stand from the date it ranges to
_REACH = 16


def range_from_first_day(
    text: str, timex: Timex, opening_pattern: re.Pattern[str] | None = None, reach: int = 0
) -> Timex | None:
    """The range a day-first date closes, as a date of its first day, or None.

    "staged protests from 9-13 August": 9 August, bounded by 13 August. Only a day-first
    date of one day ("13 August") ends such a range; a first day later than the last
    ("31-2 August") is no range of one month, and a number glued to other digits
    ("2015/9-13 August", "1,9-13") is not a day. Another ``opening_pattern`` (with a
    ``day`` group, ending where the date starts) reads other openings ("between 3 and").
    """
    if timex.precision != "day" or timex.first_day is None or not timex.text[:1].isdigit():
        return None
    if timex.first_day != timex.last_day:
        return None
    pattern = opening_pattern or _RANGE_OPENING
    opening = pattern.search(text, max(0, timex.start - (reach or _REACH)), timex.start)
    if opening is None:
        return None
    last = timex.first_day
    first_number = int(opening["day"])
    if not 1 <= first_number < last.day:
        return None
    first = datetime.date(last.year, last.month, first_number)
    start = opening.start("day")
    return dataclasses.replace(
        timex,
        start=start,
        text=text[start : timex.end],
        value=first.isoformat(),
        first_day=first,
        last_day=last,
    )
