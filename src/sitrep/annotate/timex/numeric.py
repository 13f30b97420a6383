"""Numeric dates: which number of "17/01/2015", "(16/01)" or "12/25/2014" is the day.

South Asian, British and most other news write the day first ("on Saturday (17/01)"),
American news the month first ("12/25/2014"). A number above 12 settles the order. When
both numbers could be a month ("05/01"), the reading that falls on or nearest before the
publication date wins: news tells what has happened, so a day just past is likelier than
one months away; with no publication date, the day comes first, as in most of the world.
A date written without its year takes the year that puts it nearest the publication
date, a day past before one ahead ("(30/12)" in a note of 2 January is last December's).

A bare "d/d" is also how notes give rough counts ("10/12 assailants", "at least 3/4
bombs"), so a yearless one is read as a date only where dates stand: in brackets, after a
preposition of time ("on 17/01", "from 15/3-19/3") or after a weekday or part of the day,
and not before a counted noun.

A document keeps one order: where one of its numeric dates settles it ("03/14/2016" is
month first, "17/01/2015" day first), its ambiguous ones ("01/09/2016") take the same
order (``document_order``), as a reader of a GTD summary or a Nepali daily would.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Literal

from sitrep.annotate.timex import values
from sitrep.annotate.timex.grammar import alternation
from sitrep.annotate.timex.lexicon import Lexicon, per_lexicon
from sitrep.annotate.timex.values import Value

#: "17/01/2015", "12/25/14": a numeric date with its year (also the tagger's rule)
WITH_YEAR = r"(?<![\w/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])"
#: "17/01", "(16/01)": a numeric date without its year (also the tagger's rule)
WITHOUT_YEAR = r"(?<![\w/.:,])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/%]|[.,]\d)"

Order = Literal["day_first", "month_first"]

_NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z][\w.-]*)")
#: how far after the publication date a date may fall and still be this year's
FUTURE_SLACK_DAYS = 31


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _readings(first: int, second: int) -> list[tuple[int, int]]:
    """(month, day) readings of two numbers, day-first reading first."""
    found = []
    for month, day in ((second, first), (first, second)):
        if 1 <= month <= 12 and 1 <= day <= 31 and (month, day) not in found:
            found.append((month, day))
    return found


#: how many days back one day ahead of the publication date weighs
AHEAD_WEIGHT = 8


def _closeness(date: datetime.date, reference: datetime.date) -> int:
    """Sort key: the nearest date, a day ahead of the reference weighing as many as
    ``AHEAD_WEIGHT`` days back.

    A day just past is likelier than one a little ahead ("(30/12)" in a note of 2 January
    is last December's), but a day ahead is likelier than the same day a year back: "from
    15/3-19/3" in a report of 18 March ends this March 19, not last year's.
    """
    days = (reference - date).days
    return days if days >= 0 else -days * AHEAD_WEIGHT


def numeric_date(
    first: int,
    second: int,
    year: int | None,
    reference: datetime.date | None,
    order: Order | None = None,
) -> Value | None:
    """The day that "first/second[/year]" means, or None when no reading is a valid date.

    ``order`` is the document's own order (``document_order``); where it gives a valid
    date it decides, before the publication date's nearness does.
    """
    if year is not None and year < 100:
        year += 2000 if year < 50 else 1900
    readings = _readings(first, second)
    if order is not None:
        ordered = (second, first) if order == "day_first" else (first, second)
        readings = [r for r in readings if r == ordered] or readings
    candidates: list[datetime.date] = []
    for month, day in readings:
        if year is not None:
            years = [year]
        elif reference is not None:
            years = [reference.year - 1, reference.year, reference.year + 1]
        else:
            return values.unresolved(f"XXXX-{month:02d}-{day:02d}", "day")
        for candidate_year in years:
            date = _valid(candidate_year, month, day)
            if date is None:
                continue
            if year is None and reference is not None:
                if (date - reference).days > FUTURE_SLACK_DAYS:
                    continue
            candidates.append(date)
        if reference is None and candidates:
            break  # no publication date: the day-first reading
    if not candidates:
        return None
    if reference is not None:
        return values.day(min(candidates, key=lambda d: _closeness(d, reference)))
    return values.day(candidates[0])


@per_lexicon
def _date_slot_before(lexicon: Lexicon) -> re.Pattern[str]:
    """What ends the text before a yearless date: a bracket, a range dash, a cue word, a
    weekday or a part of the day."""
    words = [*lexicon.numeric_date_cues, *lexicon.weekdays, *lexicon.parts_of_day]
    return re.compile(
        rf"(?:[(\[\-–]|(?<!\w){alternation(words)})[^\S\n]*,?[^\S\n]*$", re.IGNORECASE
    )


def stands_as_date(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a yearless "d/d" at ``start:end`` stands where a date does, not a rough count."""
    if _date_slot_before(lexicon).search(text, max(0, start - 20), start) is None:
        return False
    following = _NEXT_WORD.match(text, end)
    return following is None or following.group(1).lower() not in lexicon.count_nouns


def _settled_order(first: int, second: int) -> Order | None:
    """The order one numeric date settles by a number above 12 ("17/01", "03/14")."""
    if first > 12 >= second >= 1:
        return "day_first"
    if second > 12 >= first >= 1:
        return "month_first"
    return None


def document_order(text: str, lexicon: Lexicon) -> Order | None:
    """The order of the day and the month that the document's settled numeric dates share.

    "01/09/2016: A suicide bomber … The hostages were released on 04/25/2015": the second
    date can only be month first, so the first is 9 January. Only dates count (a yearless
    "d/d" where ``stands_as_date``), and a document whose dates settle both orders settles
    none.
    """
    if "/" not in text:
        return None
    found: set[Order] = set()
    for match in _with_year().finditer(text):
        order = _settled_order(int(match["a"]), int(match["b"]))
        if order is not None:
            found.add(order)
    for match in _without_year().finditer(text):
        order = _settled_order(int(match["a"]), int(match["b"]))
        if order is not None and stands_as_date(text, match.start(), match.end(), lexicon):
            found.add(order)
    return found.pop() if len(found) == 1 else None


@functools.cache
def _with_year() -> re.Pattern[str]:
    return re.compile(WITH_YEAR)


@functools.cache
def _without_year() -> re.Pattern[str]:
    return re.compile(WITHOUT_YEAR)
