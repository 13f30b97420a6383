"""Company names: their last word says what they are, and later mentions drop their legal form.

"Daniels Pharmaceuticals" or "Chittagong Cement" is a business whatever shape the
NER saw in it (it often reads a surname-like first word as a person), and a report
that names "Magna International Inc" goes on with "Magna". The words are data
(``org_words.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.annotate.last_words import relabel_by_last_word
from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("org_words.yaml")
RELABELLED = frozenset({"PERSON", "GPE", "LOC", "MISC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class OrgWords:
    """Lower-cased last words of organisation names."""

    designators: frozenset[str]
    industry_heads: frozenset[str]
    legal_forms_after_comma: frozenset[str]


@lru_cache(maxsize=4)
def load_org_words(path: Path = DEFAULT_PATH) -> OrgWords:
    """Read and check the word lists; errors name the file and the key to fix."""
    return OrgWords(
        **read_word_lists(
            path,
            ("designators", "industry_heads", "legal_forms_after_comma"),
            "organisation words",
        )
    )


def organisations_by_last_word(
    spans: list[Span],
    is_known_place: Callable[[str], bool] = lambda name: False,
    words: OrgWords | None = None,
) -> list[Span]:
    """Spans of two words or more ending in a company word, relabelled ORG; a place the
    gazetteer knows by that name keeps a place label ("West Bank")."""
    words = words or load_org_words()
    return relabel_by_last_word(
        spans,
        "ORG",
        RELABELLED,
        words.industry_heads,
        also=lambda span: not (span.label_ in PLACE_LABELS and is_known_place(span.text)),
    )


def legal_forms_after_comma(spans: list[Span], words: OrgWords | None = None) -> list[Span]:
    """ "Google, Inc.", "CCNG, Inc.": a legal form after a comma is part of the firm's name.

    The NER stops at the comma, and may read the legal form as the start of another
    name ("Inc. Phone"); the name takes the comma and the form and becomes ``ORG``, and
    a span that opened with the form loses it (or goes, if nothing else is left)."""
    words = words or load_org_words()
    if not spans:
        return spans
    doc = spans[0].doc
    result: list[Span] = []
    taken_until = -1
    for span in spans:
        if span.end <= taken_until:
            continue
        if span.start < taken_until:
            span = Span(doc, taken_until, span.end, label=span.label_, kb_id=span.kb_id_)
        form = span.end + 1
        if (
            span.label_ != "MISC"
            and form < len(doc)
            and doc[span.end].text == ","
            and doc[form].lower_ in words.legal_forms_after_comma
            and doc[form].text[:1].isupper()
            and "\n" not in doc[span.end - 1].whitespace_ + doc[span.end].whitespace_
        ):
            span = Span(doc, span.start, form + 1, label="ORG", kb_id=span.kb_id_)
            taken_until = span.end
        result.append(span)
    return result


def join_ampersand_names(spans: list[Span], words: OrgWords | None = None) -> list[Span]:
    """ "Douglas & Lomason", "A.G. Edwards & Sons Inc": names joined by "&" are one firm.

    The NER often splits them into two names of their own (a place and a person); the
    capitalised words after the "&" and a trailing legal form join the first name."""
    words = words or load_org_words()
    if not spans:
        return spans
    doc = spans[0].doc
    by_start = {s.start: s for s in spans}
    result: list[Span] = []
    skip_until = -1
    for span in spans:
        if span.start < skip_until:
            continue
        amp = span.end
        if (
            span.label_ not in {"ORG", "PERSON", "GPE", "LOC"}
            or span.kb_id_
            or amp + 1 >= len(doc)
            or doc[amp].text != "&"
            or "\n" in doc[amp - 1].whitespace_ + doc[amp].whitespace_
        ):
            result.append(span)
            continue
        end = amp + 1
        while end < len(doc) and end - amp <= 3 and doc[end].text[:1].isupper():
            if end in by_start:
                end = max(end + 1, by_start[end].end)
            else:
                end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        while end < len(doc) and doc[end].lower_ in words.designators and doc[end].text != "&":
            end += 1
        if end == amp + 1:
            result.append(span)
            continue
        result.append(Span(doc, span.start, end, label="ORG"))
        skip_until = end
    return result


def short_form(span: Span, words: OrgWords | None = None) -> Span | None:
    """The name without its trailing legal form ("Magna" of "Magna International Inc"), or
    None when there is none to drop or nothing capitalised would be left."""
    words = words or load_org_words()
    end = span.end
    while end > span.start + 1 and (
        span.doc[end - 1].lower_ in words.designators or span.doc[end - 1].is_punct
    ):
        end -= 1
    if end == span.end or not span.doc[span.start].text[:1].isupper():
        return None
    return span.doc[span.start : end]


def acronyms_no_place_knows(spans: list[Span], is_known_place: Callable[[str], bool]) -> list[Span]:
    """ "FMLN", "LTTE", "TTP" read as a place: an acronym the gazetteer does not know as a
    place is an organisation (an armed group, a party), so that it can be an actor. Country
    and state abbreviations ("UAE", "DRC", "NY") are places the gazetteer knows."""
    result = []
    for span in spans:
        text = span.text
        if (
            span.label_ in {"GPE", "LOC"}
            and not span.kb_id_
            and len(span) == 1
            and text.isalpha()
            and text.isupper()
            and 3 <= len(text) <= 6
            and not is_known_place(text)
        ):
            span = Span(span.doc, span.start, span.end, label="ORG")
        result.append(span)
    return result
