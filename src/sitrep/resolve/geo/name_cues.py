"""Words around a capitalised name that say it is a place in local and conflict news.

Pure text cues, no gazetteer: a legislator's home town ("Sen. Tom Bakk,
DFL-Cook"), where a person is from ("Jane Doe, 34, of Grovetown"), a headline
opening with a town ("Arlington woman dies"), a list of counties ("Barrow and
Jackson counties"), a kind word after the name ("Hpakant township"), a street
or a numbered road. `sitrep.resolve.toponyms` combines them with the gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text
from sitrep.resolve.geo.cues import kinds_of
from sitrep.resolve.geo.streets import is_street_name
from sitrep.resolve.geo.toponym_words import load_toponym_words

#: names joined by commas, "and", "or" or "/" before a lower-case "counties"
_COUNTY_LIST = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*|,\s+and\s+)[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)?)*"
    r"\s+([a-z]+)\b"
)


def time_tokens(doc: Doc) -> set[int]:
    """Tokens inside the time expressions the times stage found ("May 3", "August 2007")."""
    tokens: set[int] = set()
    for timex in doc._.times or []:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def person_ends(doc: Doc) -> set[int]:
    """Token ends of person mentions: "Jeremy Watson, 30, of Ten Mile" follows one."""
    return {ent.end for ent in doc.ents if ent.label_ == "PERSON"}


def after_party_prefix(span: Span) -> Span:
    """ "DFL-Cook" tagged as one name: the part after the party letters."""
    if len(span) >= 3 and span[1].text == "-" and span[0].lower_ in _party_prefixes():
        return Span(span.doc, span.start + 2, span.end, label=span.label_)
    return span


def party_home(span: Span) -> bool:
    """ "Sen. Tom Bakk, DFL-Cook": a party letter and a hyphen before a legislator's home."""
    doc = span.doc
    i = span.start
    return (
        i >= 3
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ in _party_prefixes()
        and doc[i - 3].text in {",", "("}
    )


def home_after_person(span: Span, person_ends: set[int]) -> bool:
    """ "Ms. Underwood, 34, of Arlington", "Norb Mages of Lindsay": where a person is from."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    if i in person_ends or doc[i - 1].lower_ in load_toponym_words().resident_nouns:
        return True
    if _is_kind_word(doc[i - 1].lower_):
        return True  # "a residential area of Chennai", "Sadar upazila of Gaibandha"
    # ", 34, of": an age between commas after a name
    return i >= 4 and doc[i - 1].text == "," and doc[i - 2].like_num and doc[i - 3].text == ","


def opens_resident_phrase(span: Span) -> bool:
    """ "Arlington woman ran framing shop", "Augusta native": a headline or sentence
    opening with a place and a noun for its people."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in load_toponym_words().resident_nouns:
        return False
    return span.start == 0 or doc[span.start].is_sent_start or "\n" in doc[span.start - 1].text


def before_kind_word(span: Span) -> bool:
    """ "Hpakant township", "Chirang district": a kind of place follows the name."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].is_lower
        and _is_kind_word(doc[span.end].lower_, around=False)
    )


def after_comma_of_place(span: Span, place_ends: set[int]) -> bool:
    """ "Bhardaha, Saptari": the name follows a place and a comma (a chain)."""
    return span.start >= 2 and span.doc[span.start - 1].text == "," and span.start - 1 in place_ends


def before_county_word(span: Span) -> bool:
    """ "Barrow and Jackson counties", "Otter Tail/Grant county line": county names."""
    text = document_text(span.doc)
    match = _COUNTY_LIST.match(text, span.end_char)
    return match is not None and match.group(1).lower() in load_toponym_words().county_plurals


#: parts of a place that stand before "of X" as its kind words do ("the outskirts of X")
PLACE_PARTS = frozenset({"outskirts", "suburbs", "heart", "centre", "center"})


def _is_kind_word(word: str, *, around: bool = True) -> bool:
    """A kind of place (``geo.cues.kinds_of``: "district", or a country's own local unit,
    "upazila", "tehsil"); with ``around``, a part of one too ("outskirts")."""
    return (around and word in PLACE_PARTS) or bool(kinds_of(word))


@lru_cache(maxsize=1)
def _party_prefixes() -> frozenset[str]:
    return load_toponym_words().party_prefixes


def with_street_word(span: Span) -> Span:
    """ "Mayfield Road" tagged as the town "Mayfield": the street takes its street word."""
    doc = span.doc
    end = span.end
    if end < len(doc) and span.label_ != "NORP":
        following = doc[end]
        if following.is_title and is_street_name(f"{span.text} {following.text}"):
            end += 1  # "Mayfield Road" tagged as the town "Mayfield"
    if end < len(doc) and doc[end - 1].lower_ in _route_words() and doc[end].like_num:
        end += 1  # "County Road 96"
    if end == span.end:
        return span
    if end < len(doc) and (doc[end].is_title or doc[end].lower_ == "of"):
        return span  # "Florida Highway Patrol": an organisation's name
    return Span(doc, span.start, end, label="FAC")


@lru_cache(maxsize=1)
def _route_words() -> frozenset[str]:
    return load_toponym_words().route_words
