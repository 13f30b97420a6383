"""The record a time expression is reported as (TIMEX3 type and value plus its day range)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["day", "week", "month", "year", "unknown"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression found in a text, normalised against a reference date.

    ``value`` follows TIMEX3 (2023-02-13, 2023-W08, 2023-Q1, 2023-02-28TMO, P3D,
    PAST_REF, XXXX-WXX-5 …). ``first_day``/``last_day`` give the calendar days the
    value covers so that event dating can work on plain date ranges; they are None
    for durations, sets, vague references and unresolvable values. ``mod`` is the
    TIMEX3 modifier of "early March" (START), "mid-2022" (MID), "late 1990s" (END),
    "about three weeks" (APPROX), "more than two years" (MORE_THAN) etc.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    first_day: datetime.date | None
    last_day: datetime.date | None
    precision: Precision
    mod: str | None = None
