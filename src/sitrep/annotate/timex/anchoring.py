"""Anchor underspecified dates ("March 3", "Friday", "April") to a reference date.

The news conventions live here: in a past-tense sentence an underspecified date is
the latest one on or before the publication date, in a future-tense sentence the
earliest one on or after it, and with no tense cue the nearest one (weekdays then
default to the past, as most weekday mentions in news report what happened).
"""

from __future__ import annotations

import datetime

from sitrep.annotate.timex.tense import Tense
from sitrep.annotate.timex.values import month_last_day, season_of


def _valid_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# Tense cues are noisy; a date the tense would put this many days away while
# another reading is nearer is taken to be the nearer one ("by Jan. 14" in a
# past-tense sentence of January 6 is eight days ahead, not a year back).
TENSE_REACH_DAYS = 270


def anchor_month_day(
    month: int, day: int, reference: datetime.date, tense: Tense
) -> datetime.date | None:
    """The year-less date nearest before (past), after (future) or around the reference."""
    candidates = [
        date
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (date := _valid_date(year, month, day)) is not None
    ]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda date: abs((date - reference).days))
    chosen = None
    if tense == "past":
        chosen = max((date for date in candidates if date <= reference), default=None)
    elif tense == "future":
        chosen = min((date for date in candidates if date >= reference), default=None)
    if chosen is None or abs((chosen - reference).days) > TENSE_REACH_DAYS:
        return nearest
    return chosen


def anchor_month(month: int, reference: datetime.date, tense: Tense) -> int:
    """The year of a bare month name ("in April")."""
    this_year_first = datetime.date(reference.year, month, 1)
    this_year_last = month_last_day(reference.year, month)
    if tense == "past":
        return reference.year if this_year_first <= reference else reference.year - 1
    if tense == "future":
        return reference.year if this_year_last >= reference else reference.year + 1
    distance = (month - reference.month) % 12
    if distance == 0:
        return reference.year
    if distance <= 6:
        return reference.year if month > reference.month else reference.year + 1
    return reference.year if month < reference.month else reference.year - 1


def anchor_month_relative(month: int, reference: datetime.date, relation: str) -> int:
    """The year of "last April" (latest before this month), "next April", "this April"."""
    if relation == "last":
        return reference.year if month < reference.month else reference.year - 1
    if relation == "next":
        return reference.year if month > reference.month else reference.year + 1
    return reference.year


def anchor_weekday(
    weekday: int, reference: datetime.date, tense: Tense, relation: str | None
) -> datetime.date:
    """The date of "Friday", "last Friday", "next Friday" (ISO weekday numbers).

    A bare weekday is the latest such day on or before the reference unless the
    sentence is in the future tense; "last" excludes the reference day itself and
    "next" looks strictly forward.
    """
    today = reference.isoweekday()
    back = (today - weekday) % 7
    forward = (weekday - today) % 7
    if relation == "last":
        return reference - datetime.timedelta(days=back or 7)
    if relation == "next":
        return reference + datetime.timedelta(days=forward or 7)
    if relation == "this" or tense == "future":
        if tense == "past" and relation == "this":
            return reference - datetime.timedelta(days=back)
        return reference + datetime.timedelta(days=forward)
    return reference - datetime.timedelta(days=back)


def anchor_quarter(quarter_number: int, reference: datetime.date, tense: Tense) -> int:
    """The year of "the third quarter": the reference year unless it has not begun yet.

    Companies report quarters after they end, so a quarter that starts after the
    reference date is last year's in a past-tense sentence; future-tense sentences
    ("expects the fourth quarter to…") mostly mean this year's quarters too.
    """
    first_month = 3 * (quarter_number - 1) + 1
    if tense == "past" and datetime.date(reference.year, first_month, 1) > reference:
        return reference.year - 1
    return reference.year


def anchor_season(code: str, reference: datetime.date, tense: Tense, relation: str | None) -> int:
    """The year of "last summer", "this winter", "in the spring" (see values.season)."""
    current_year, current_code = season_of(reference)
    order = ["WI", "SP", "SU", "FA"]

    def index(year: int, season_code: str) -> int:
        shifted_year = year + 1 if season_code == "WI" else year
        return shifted_year * 4 + order.index(season_code)

    current = index(current_year, current_code)
    candidates = [
        (year, index(year, code)) for year in range(reference.year - 2, reference.year + 2)
    ]
    if relation == "last":
        past = [item for item in candidates if item[1] < current]
        return max(past, key=lambda item: item[1])[0]
    if relation == "next":
        future = [item for item in candidates if item[1] > current]
        return min(future, key=lambda item: item[1])[0]
    if relation == "this" or tense is None:
        return min(candidates, key=lambda item: abs(item[1] - current))[0]
    if tense == "past":
        return max((item for item in candidates if item[1] <= current), key=lambda item: item[1])[0]
    return min((item for item in candidates if item[1] >= current), key=lambda item: item[1])[0]


def last_weekend(reference: datetime.date, tense: Tense) -> datetime.date:
    """A day inside the weekend meant by "the weekend" (past: the last one, future: the next)."""
    today = reference.isoweekday()
    if today >= 6:
        return reference
    if tense == "future":
        return reference + datetime.timedelta(days=6 - today)
    return reference - datetime.timedelta(days=today)
