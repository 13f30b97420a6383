"""Words that look like names only by their capital: letter sign-offs, stage directions and
the shorthand of e-mail and chat.

Web text and transcripts put a capital on words that name no one: "Regards," closing
an e-mail, "(Laughter)" in a talk, "FYI" or "ASAP" anywhere, and abbreviations of
common nouns ("the RFP", "an IPO"). The NER, trained on news, reads them as people or
organisations. The words are data (``not_names.yaml``); where they stand decides, so
"Love" in "Courtney Love" or "Music" in "Universal Music" is untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("not_names.yaml")
OPENING_BRACKETS = frozenset({"(", "["})
CLOSING_BRACKETS = frozenset({")", "]"})


@dataclass(frozen=True)
class NotNames:
    """Lower-cased phrases: letter sign-offs, transcript stage directions, message shorthand."""

    sign_offs: frozenset[str]
    stage_directions: frozenset[str]
    message_abbreviations: frozenset[str] = frozenset()
    common_noun_abbreviations: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_not_names(path: Path = DEFAULT_PATH) -> NotNames:
    """Read and check the word lists; errors name the file and the key to fix."""
    keys = ("sign_offs", "stage_directions", "message_abbreviations", "common_noun_abbreviations")
    lists = read_word_lists(path, keys, "not-a-name word lists", optional=True)
    return NotNames(*(lists[key] for key in keys))


def is_sign_off_or_stage_direction(span: Span, words: NotNames | None = None) -> bool:
    """True for "Regards," opening a line, "(Laughter)" in brackets or alone on a line, and
    "FYI", "ASAP" or "IPO" anywhere."""
    words = words or load_not_names()
    text = span.text.lower()
    if text in words.message_abbreviations or text in words.common_noun_abbreviations:
        return True
    if text in words.sign_offs and _opens_line(span) and _ends_line_or_comma(span):
        return True
    if _opens_line(span) and _line_words(span) in words.sign_offs:
        return True  # "Kindest" read alone in "Kindest regards,"
    return text in words.stage_directions and (
        _in_brackets(span) or (_opens_line(span) and _ends_line_or_comma(span))
    )


def _opens_line(span: Span) -> bool:
    doc = span.doc
    i = span.start
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def _ends_line_or_comma(span: Span) -> bool:
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in {",", "!", "."}:
        i += 1
    if i >= len(doc):
        return True
    last = doc[i - 1]
    return "\n" in last.whitespace_ or (doc[i].is_space and "\n" in doc[i].text)


def _line_words(span: Span) -> str:
    """The words of the span's line from the span on, lower-cased, punctuation left out."""
    words = []
    for token in span.doc[span.start :]:
        if token.is_space:
            break
        if not token.is_punct:
            words.append(token.lower_)
        if "\n" in token.whitespace_:
            break
    return " ".join(words)


def _in_brackets(span: Span) -> bool:
    """ "(Laughter)", "[Applause.]": the words and at most a full stop between brackets."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].text in {".", "!"}:
        end += 1
    return (
        span.start > 0
        and end < len(doc)
        and doc[span.start - 1].text in OPENING_BRACKETS
        and doc[end].text in CLOSING_BRACKETS
    )
