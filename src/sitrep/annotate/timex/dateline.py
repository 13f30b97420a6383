"""find_dateline: the date a news story gives at its very start.

Wire stories open with a dateline ("KABUL, Afghanistan (Jan. 25, 2013) —",
"WASHINGTON, March 3 (Reuters) -") or put the date on a line of its own under the
headline ("March 3, 2023", "Published: Tuesday, March 3, 2023 10:15 GMT"). That date is
the best reference for relative expressions when the publication date is unknown.

A dateline is strict: a place, agency or lead-in word and the date, nothing else. A story
whose first sentence starts with a date ("On 5 May, ADF militants killed seven civilians")
has no dateline: taking that date as the reference would give the event this year's date
while a later "on 3 May" in the same story stays yearless.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from sitrep.annotate.timex.lexicon import load_lexicon
from sitrep.annotate.timex.tagger import tag_times
from sitrep.knowledge.word_lists import read_yaml_model

DATELINE_WORDS_PATH = Path(__file__).with_name("dateline.yaml")

#: how far into a line the dash or colon that ends a dateline may stand
_HEAD_CHARS = 200
#: what ends a dateline: a dash ("KABUL, March 3 (Reuters) -") or a colon ("Srinagar, Jan 5:")
_HEAD_END = re.compile(r"\s(?:—|–|--|-)\s|\s?—\s?|:\s")
#: a line this short may be a date line of its own under the headline
_SHORT_LINE_CHARS = 60
#: how many of the first lines may hold the dateline (headline, byline, date line)
_HEAD_LINES = 4
_WORD = re.compile(r"[^\s,():;|\[\]/—–-]+")


class DatelineWords(BaseModel):
    """The words a dateline may hold besides its date (``dateline.yaml``)."""

    model_config = ConfigDict(frozen=True)
    lead_ins: frozenset[str]
    sentence_openers: frozenset[str]
    clock_words: frozenset[str]
    max_other_words: int


@lru_cache(maxsize=2)
def load_dateline_words(path: Path = DATELINE_WORDS_PATH) -> DatelineWords:
    """The reviewed dateline word lists; a broken file is named with what to fix."""
    return read_yaml_model(path, DatelineWords, "dateline word lists")


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
            if not stands_as_dateline(head, timex.start, timex.end):
                continue
            if timex.first_day > today and not re.search(r"\b\d{4}\b", timex.text):
                return _previous_year(timex.first_day)
            return timex.first_day
    return None


def _heads(text: str) -> list[str]:
    """Each of the first lines' text before a dash or colon, and the short lines whole."""
    lines = [line.strip() for line in text.strip().splitlines()]
    lines = [line for line in lines if line][:_HEAD_LINES]
    heads = []
    for line in lines:
        end = _HEAD_END.search(line, 0, _HEAD_CHARS)
        if end is not None:
            heads.append(line[: end.start()])
        if len(line) <= _SHORT_LINE_CHARS:
            heads.append(line)
    return heads


def stands_as_dateline(head: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``head`` is all the head says but a place, an
    agency, a byline or a lead-in ("KABUL, Afghanistan (Jan. 25, 2013)", "Updated: March 3,
    2023 10:15 GMT"), and not the opening of a sentence ("On 5 May, gunmen killed two").
    """
    words = load_dateline_words()
    weekdays = load_lexicon().weekdays
    before = _words(head[:start])
    after = _words(head[end:])
    if before and before[-1].lower() in words.sentence_openers:
        if len(before) < 2 or before[-2].lower() not in words.lead_ins:
            return False
    other = [
        word
        for word in before + after
        if word.lower().rstrip(".") not in words.lead_ins | words.clock_words
        and word.lower().rstrip(".") not in weekdays
        and not re.fullmatch(r"[\d:.]+", word)
    ]
    # a text written all in lower case ("san salvador, 3 jan 90 (radio venceremos) --")
    # cannot show its place by capitals
    lower_case = not any(char.isupper() for char in head)
    return len(other) <= words.max_other_words and (
        lower_case or all(word[:1].isupper() for word in other)
    )


def _words(text: str) -> list[str]:
    """The words of ``text`` that hold a letter or a digit."""
    return [word for word in _WORD.findall(text) if re.search(r"\w", word)]


def _previous_year(date: datetime.date) -> datetime.date:
    try:
        return date.replace(year=date.year - 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year - 1, day=28)
