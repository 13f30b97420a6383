"""Short day names are dates, not names: "Sent: Fri, 12 May", "on Fri, Sat, or Sun".

E-mail headers and schedules shorten the days of the week, and the NER reads "Fri"
as a place and "Sat" as a person. A day's short form (``day_words.yaml``) that stands
next to a number or another day, punctuation aside, is part of a date; "The Sun"
(a newspaper) or "Sun Microsystems" is left alone.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("day_words.yaml")
#: words skipped between a day and its neighbour ("Fri, Sat, or Sun", "Mon - Wed")
CONNECTORS = frozenset({"or", "and", "to", "-", "–", ",", "/", "&"})


@lru_cache(maxsize=4)
def load_day_abbreviations(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the word list; errors name the file and the key to fix."""
    lists = read_word_lists(path, ("day_abbreviations",), "day abbreviation list")
    return lists["day_abbreviations"]


def is_short_day_name(span: Span, days: frozenset[str] | None = None) -> bool:
    """A one-word span that is a short day name next to a number or another day."""
    days = load_day_abbreviations() if days is None else days
    if len(span) != 1 or span[0].lower_.rstrip(".") not in days:
        return False
    doc = span.doc
    neighbours = (_next_word(doc[span.start], -1), _next_word(doc[span.start], 1))
    return any(t is not None and (t.like_num or t.lower_.rstrip(".") in days) for t in neighbours)


def _next_word(token: Token, step: int) -> Token | None:
    """The nearest word before (-1) or after (1), skipping punctuation and "or"."""
    doc = token.doc
    i = token.i + step
    while 0 <= i < len(doc) and (doc[i].lower_ in CONNECTORS or doc[i].is_punct):
        i += step
    return doc[i] if 0 <= i < len(doc) else None
