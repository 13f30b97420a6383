"""find_dateline: the date a news story gives at its very start.

Wire stories open with a dateline ("KABUL, Afghanistan (Jan. 25, 2013) —",
"WASHINGTON, March 3 (Reuters) -") or put the date on a line of its own under the
headline. That date is the best reference for relative expressions when the
publication date is unknown. Only the head of the text is searched so that dates
in the story itself are never mistaken for the dateline.
"""

from __future__ import annotations

import datetime
import re

from sitrep.annotate.timex.tagger import tag_times

_HEAD_CHARS = 200
_DASH = re.compile(r"\s(?:—|–|--|-)\s|\s?—\s?")
_SHORT_LINE_CHARS = 60


def find_dateline(text: str, *, today: datetime.date | None = None) -> datetime.date | None:
    """The day named in the dateline or date line at the start of ``text``, or None.

    A dateline without a year ("WASHINGTON, March 3 (Reuters) -") takes the latest
    such day on or before ``today`` (default: the system date), as stories are read
    after they are written.
    """
    today = today or datetime.date.today()
    for head in _heads(text):
        for timex in tag_times(head, today, sentences=[(0, len(head))]):
            if (
                timex.precision != "day"
                or timex.first_day is None
                or timex.type not in {"DATE", "TIME"}
            ):
                continue
            if not re.search(r"\d", timex.text):
                continue  # "today", "Tuesday": relative words are not a dateline
            if timex.first_day > today and not re.search(r"\b\d{4}\b", timex.text):
                return _previous_year(timex.first_day)
            return timex.first_day
    return None


def _heads(text: str) -> list[str]:
    """The dateline (text before the first dash) and the first short lines."""
    start = text.lstrip()
    heads = []
    dash = _DASH.search(start, 0, _HEAD_CHARS)
    if dash is not None:
        heads.append(start[: dash.start()])
    lines = [line.strip() for line in start.splitlines()[:4]]
    heads += [line for line in lines if 0 < len(line) <= _SHORT_LINE_CHARS]
    if not heads:
        heads.append(start[:_HEAD_CHARS].split("\n", 1)[0][:80])
    return heads


def _previous_year(date: datetime.date) -> datetime.date:
    try:
        return date.replace(year=date.year - 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year - 1, day=28)
