"""Everyday words that a heading or a sentence start capitalised: "Meal", "Slope", "Retire".

The NER reads a capitalised word it does not know as a name, and web text capitalises
words for many reasons: a sentence start, a review's title ("Great Rib Shack"), a
menu line. Whether a word is an everyday word comes from the casing table learned from
cased news (``truecase_table.json``): a word written in lower case there ("rib",
"pledge", "sector") names nothing when only its position explains its capital. Rare
words the table fills in from general word lists are not trusted alone: the word must
also be reasonably common English (``EVERYDAY_ZIPF``), so "Perlingiere" or "Vangie" are
never dropped, and given names ("Lisa", which general lists write in lower case) are
kept by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

#: a word must be at least this common in English (wordfreq's Zipf scale: "rib" 3.6,
#: "slope" 3.9, "trivia" 3.5) for its lower-case form in the table to say it is no name
EVERYDAY_ZIPF = 3.0
#: shortest heading line (in words) that counts as written in title case
MIN_HEADING_WORDS = 2
#: words a title-case heading leaves in lower case
HEADING_GLUE = frozenset({"a", "an", "the", "of", "in", "on", "at", "for", "and", "or", "to"})


def usually_lower_case(word: str, frequency: Callable[[str], float] | None = None) -> bool:
    """The casing table writes the word in lower case (not as often capitalised as not)
    and it is common enough in English for that to be known (``frequency``: Zipf scale,
    wordfreq's by default)."""
    from sitrep.annotate.truecase import load_casing_table

    frequency = frequency or english_zipf
    key = word.lower()
    table = load_casing_table()
    return (
        table.forms.get(key) == key
        and key not in table.ambiguous
        and frequency(key) >= EVERYDAY_ZIPF
    )


@lru_cache(maxsize=100_000)
def english_zipf(word: str) -> float:
    """English word frequency from ``wordfreq`` (imported on first use)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def in_title_case_line(token: Token) -> bool:
    """The token's line is a heading in title case: every word capitalised but the small
    linking words ("Best Meal in Town", "Great Rib Shack")."""
    doc = token.doc
    start = token.i
    while start > 0 and not _line_break_before(doc, start):
        start -= 1
    end = token.i + 1
    while end < len(doc) and not _line_break_before(doc, end):
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= MIN_HEADING_WORDS and all(
        t.text[:1].isupper() or t.lower_ in HEADING_GLUE for t in words
    )


def _line_break_before(doc: Doc, i: int) -> bool:
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)
