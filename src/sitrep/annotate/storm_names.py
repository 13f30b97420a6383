"""Storms are named like people: "Hurricane Rita", "when Katrina hit New Orleans".

The NER reads a storm's given name as a person, with or without the storm word
before it. A name right after (or opening with) a storm word (``storm_words.yaml``)
is the storm, an event kept as ``MISC`` (no person, no place), and so is the same
given name alone elsewhere in the text ("Rita forced the refinery to shut"), unless
the text also names a person with it ("Rita Moreno").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("storm_words.yaml")
RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


@lru_cache(maxsize=4)
def load_storm_words(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the word list; errors name the file and the key to fix."""
    return read_word_lists(path, ("storm_words",), "storm word list")["storm_words"]


def storms_as_misc(spans: list[Span], words: frozenset[str] | None = None) -> list[Span]:
    """The spans, with named storms and later bare mentions of their names made MISC."""
    words = load_storm_words() if words is None else words
    storm_names = {_storm_name(s, words) for s in spans} - {None}
    if not storm_names:
        return spans
    people = {
        t.text
        for s in spans
        if s.label_ == "PERSON" and _storm_name(s, words) is None and len(s) > 1
        for t in s
    }
    result = []
    for span in spans:
        named = _storm_name(span, words)
        if (
            span.label_ in RELABELLED
            and not span.kb_id_
            and (named is not None or (span.text in storm_names and span.text not in people))
        ):
            span = Span(span.doc, span.start, span.end, label="MISC")
        result.append(span)
    return result


def is_storm_name(span: Span) -> bool:
    """ "Hurricane Rita", "Tropical Storm Allison": no place hides in the name."""
    return _storm_name(span, load_storm_words()) is not None


def _storm_name(span: Span, words: frozenset[str]) -> str | None:
    """The storm's given name when the span is one ("Hurricane Rita", or "Rita" right
    after "Hurricane"), else None."""
    doc = span.doc
    last = span[-1]
    if not last.is_title or not last.is_alpha:
        return None
    for size in (2, 1):  # "Tropical Storm Allison", "Hurricane Rita"
        inside = span[:size].text.lower() if len(span) == size + 1 else None
        before = (
            doc[max(0, span.start - size) : span.start].text.lower() if len(span) == 1 else None
        )
        if inside in words or (before in words and span.start >= size):
            return last.text
    return None
