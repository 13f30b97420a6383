"""Calendar arithmetic: TIMEX3 values and day ranges for days, weeks, months, quarters…

Every function returns a :class:`Value` so that grammar rules only decide *which*
calendar unit an expression means, never how it is written.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from sitrep.annotate.timex.types import Precision, TimexType

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True, slots=True)
class Value:
    """A normalised value before it is attached to a span of text."""

    type: TimexType
    value: str
    first_day: datetime.date | None = None
    last_day: datetime.date | None = None
    precision: Precision = "unknown"
    mod: str | None = None

    def with_mod(self, mod: str | None) -> Value:
        return Value(self.type, self.value, self.first_day, self.last_day, self.precision, mod)


def vague(value: str, type_: TimexType = "DATE") -> Value:
    """PAST_REF, PRESENT_REF, FUTURE_REF, PXY … (no calendar range)."""
    return Value(type_, value)


def unresolved(value: str, precision: Precision = "unknown", type_: TimexType = "DATE") -> Value:
    """A value with X placeholders, used when there is no reference date."""
    return Value(type_, value, None, None, precision)


def day(date: datetime.date) -> Value:
    return Value("DATE", date.isoformat(), date, date, "day")


def part_of_day(date: datetime.date, code: str) -> Value:
    """Tuesday morning -> 2023-02-28TMO (a TIME covering that calendar day)."""
    return Value("TIME", f"{date.isoformat()}T{code}", date, date, "day")


def clock(date: datetime.date | None, hour: int, minute: int | None) -> Value:
    """10:35 a.m. -> 2023-02-28T10:35 (date part X-ed out without a reference)."""
    clock_text = f"{hour:02d}:{minute:02d}" if minute is not None else f"{hour:02d}:00"
    if date is None:
        return Value("TIME", f"XXXX-XX-XXT{clock_text}", None, None, "day")
    return Value("TIME", f"{date.isoformat()}T{clock_text}", date, date, "day")


def in_utc(found: Value) -> Value:
    """10:00 GMT -> ...T10:00Z (TIMEX3 marks Coordinated Universal Time with Z)."""
    return Value(found.type, f"{found.value}Z", found.first_day, found.last_day, found.precision)


# Values of "later that day", "that year", "the following month" until the tagger
# knows which time was named last: ANAPHOR_<unit>_<offset>.
ANAPHOR_PREFIX = "ANAPHOR_"


def anaphor(unit: str, offset: int) -> Value:
    """A placeholder for ``offset`` days/months/years after the time last named."""
    precision: Precision = "day" if unit == "day" else ("month" if unit == "month" else "year")
    return Value("DATE", f"{ANAPHOR_PREFIX}{unit}_{offset}", None, None, precision)


def resolve_anaphor(placeholder: str, last: datetime.date) -> Value:
    """The day, month or year ``placeholder`` (see :func:`anaphor`) means after ``last``."""
    unit, offset_text = placeholder[len(ANAPHOR_PREFIX) :].split("_")
    offset = int(offset_text)
    if unit == "day":
        return day(last + datetime.timedelta(days=offset))
    if unit == "month":
        shifted = shift_months(last, offset)
        return month(shifted.year, shifted.month)
    return year(last.year + offset)


def week(date: datetime.date) -> Value:
    """The ISO week containing ``date`` (Monday to Sunday)."""
    iso_year, iso_week, iso_day = date.isocalendar()
    monday = date - datetime.timedelta(days=iso_day - 1)
    return Value(
        "DATE", f"{iso_year}-W{iso_week:02d}", monday, monday + datetime.timedelta(days=6), "week"
    )


def weekend(date: datetime.date) -> Value:
    """The Saturday and Sunday of the ISO week containing ``date``."""
    iso_year, iso_week, iso_day = date.isocalendar()
    saturday = date + datetime.timedelta(days=6 - iso_day)
    return Value(
        "DATE",
        f"{iso_year}-W{iso_week:02d}-WE",
        saturday,
        saturday + datetime.timedelta(days=1),
        "week",
    )


def month_last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def month(year: int, month_number: int) -> Value:
    return Value(
        "DATE",
        f"{year:04d}-{month_number:02d}",
        datetime.date(year, month_number, 1),
        month_last_day(year, month_number),
        "month",
    )


def year(year_number: int) -> Value:
    return Value(
        "DATE",
        f"{year_number:04d}",
        datetime.date(year_number, 1, 1),
        datetime.date(year_number, 12, 31),
        "year",
    )


def quarter(year_number: int, quarter_number: int) -> Value:
    first_month = 3 * (quarter_number - 1) + 1
    return Value(
        "DATE",
        f"{year_number:04d}-Q{quarter_number}",
        datetime.date(year_number, first_month, 1),
        month_last_day(year_number, first_month + 2),
        "month",
    )


def half(year_number: int, half_number: int) -> Value:
    first_month = 1 if half_number == 1 else 7
    return Value(
        "DATE",
        f"{year_number:04d}-H{half_number}",
        datetime.date(year_number, first_month, 1),
        month_last_day(year_number, first_month + 5),
        "month",
    )


def season(year_number: int, code: str) -> Value:
    """Meteorological seasons; winter YYYY-WI runs from December YYYY to February YYYY+1."""
    first_month, last_month = SEASON_MONTHS[code]
    last_year = year_number + 1 if code == "WI" else year_number
    return Value(
        "DATE",
        f"{year_number:04d}-{code}",
        datetime.date(year_number, first_month, 1),
        month_last_day(last_year, last_month),
        "month",
    )


def season_of(date: datetime.date) -> tuple[int, str]:
    """The (year, code) of the season containing ``date``."""
    for code, (first_month, last_month) in SEASON_MONTHS.items():
        if code != "WI" and first_month <= date.month <= last_month:
            return date.year, code
    return (date.year if date.month == 12 else date.year - 1), "WI"


def decade(first_year: int) -> Value:
    """The 1990s -> 199 (TimeML writes a decade as the first three digits of its years)."""
    return Value(
        "DATE",
        f"{first_year // 10:03d}",
        datetime.date(first_year, 1, 1),
        datetime.date(first_year + 9, 12, 31),
        "year",
    )


def century(number: int) -> Value:
    """The 20th century -> 19 (TIMEX3 writes the first two digits of its years)."""
    first_year = (number - 1) * 100
    return Value(
        "DATE",
        f"{number - 1:02d}",
        datetime.date(max(first_year, 1), 1, 1),
        datetime.date(first_year + 99, 12, 31),
        "year",
    )


def shift_months(date: datetime.date, months: int) -> datetime.date:
    """Move by whole months, clamping the day (Mar 31 - 1 month = Feb 28)."""
    index = date.year * 12 + date.month - 1 + months
    new_year, new_month = divmod(index, 12)
    new_month += 1
    return datetime.date(
        new_year, new_month, min(date.day, calendar.monthrange(new_year, new_month)[1])
    )


def shift_years(date: datetime.date, years: int) -> datetime.date:
    return shift_months(date, 12 * years)


def quarter_of(date: datetime.date) -> int:
    return (date.month - 1) // 3 + 1


def duration(amount: float | None, code: str, *, time_unit: bool) -> Value:
    """P3D, PT2H, P2Y6M (2 1/2 years), PXW (an unspecified number of weeks)."""
    prefix = "PT" if time_unit else "P"
    if amount is None:
        return Value("DURATION", f"{prefix}X{code}")
    if amount == int(amount):
        return Value("DURATION", f"{prefix}{int(amount)}{code}")
    whole = int(amount)
    smaller = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "W": (7, "D"), "M": (30, "D")}
    if code in smaller:
        factor, smaller_code = smaller[code]
        rest = round((amount - whole) * factor)
        smaller_time = time_unit or code == "D"
        head = f"{prefix}{whole}{code}" if whole else prefix
        if smaller_time and not time_unit:
            return Value("DURATION", f"{head}T{rest}{smaller_code}")
        return Value("DURATION", f"{head}{rest}{smaller_code}")
    return Value("DURATION", f"{prefix}{amount:g}{code}")
