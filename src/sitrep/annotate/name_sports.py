"""In a sports report, a town's name is often its team: "Leeds beat Chelsea 2-1".

The NER reads "Leeds" as the city it usually is. A reader of the sports pages knows
better from where the name stands: in a results or standings row ("Montrose 2 Ross
County 1"), in a fixture list ("CHICAGO AT TORONTO"), or beside a result word ("beat",
"a win over", "homered for"). There it names a club, an organisation. A country's
name stays a place: news corpora tag national teams ("Sweden beat Latvia") as places.
The words are data (``sport_words.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sitrep.errors import KnowledgeError
from sitrep.knowledge.word_lists import read_yaml_mapping, word_lists_in

DEFAULT_PATH = Path(__file__).with_name("sport_words.yaml")
TEAM_LABELS = frozenset({"GPE", "LOC"})
#: a score or a standings figure: a bare number of at most this many digits
SCORE_DIGITS = 3


@dataclass(frozen=True)
class SportWords:
    """Lower-cased words from ``sport_words.yaml``."""

    headers: frozenset[str]
    body_words: frozenset[str]
    min_body_words: int
    result_words_after: frozenset[str]
    result_words_before: frozenset[str]
    nations: frozenset[str]


@lru_cache(maxsize=4)
def load_sport_words(path: Path = DEFAULT_PATH) -> SportWords:
    """Read and check the sport word lists; errors name the file and the key to fix."""
    keys = ("headers", "body_words", "result_words_after", "result_words_before", "nations")
    data = read_yaml_mapping(path, "sport word lists")
    lists = word_lists_in(data, keys, path)
    minimum = data.get("min_body_words", 4)
    if not isinstance(minimum, int) or minimum < 1:
        raise KnowledgeError("'min_body_words' must be a whole number above 0", source=str(path))
    return SportWords(min_body_words=minimum, **lists)


def is_sports_report(doc: Doc, words: SportWords | None = None) -> bool:
    """A sports page: a sport named in the first line ("RUGBY UNION - ..."), or match-report
    words throughout together with a score."""
    words = words or load_sport_words()
    text = doc.text
    first_line = text.split("\n", 1)[0].lower()
    head = first_line.split(" - ", 1)[0].strip() if " - " in first_line else ""
    if any(head == w or head.startswith(f"{w} ") for w in words.headers):
        return True  # "SOCCER - ...", "RUGBY LEAGUE - ..."
    found = {t.lower_ for t in doc if t.lower_ in words.body_words}
    return len(found) >= words.min_body_words and any(_is_score(t.text) for t in doc)


def teams_named_after_places(
    doc: Doc,
    spans: list[Span],
    is_country: Callable[[str], bool],
    words: SportWords | None = None,
) -> list[Span]:
    """The spans, with the places that stand as teams in a sports report relabelled ORG."""
    words = words or load_sport_words()
    if not any(s.label_ in TEAM_LABELS for s in spans) or not is_sports_report(doc, words):
        return spans
    result = []
    for span in spans:
        if (
            span.label_ in TEAM_LABELS
            and not span.kb_id_
            and not is_country(span.text)
            and span.text.lower() not in words.nations
            and _stands_as_team(span, words)
        ):
            span = Span(doc, span.start, span.end, label="ORG")
        result.append(span)
    return result


def _is_score(text: str) -> bool:
    return text.isdigit() and len(text) <= SCORE_DIGITS


def _stands_as_team(span: Span, words: SportWords) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and _is_score(after.text) and not _line_break_after(span):
        return True  # "Montrose 2 Ross County 1", "CHICAGO 65 66 .496"
    if before is not None and _is_score(before.text) and _score_row(doc, span.start - 1):
        return True  # "... 1 York 2": a name between scores
    if _visitor_in_fixture(span):
        return True  # "KANSAS CITY AT DETROIT": the visitors; "at Detroit" is the venue
    if after is not None and after.lower_ in words.result_words_after:
        return True
    return before is not None and before.lower_ in words.result_words_before


def _visitor_in_fixture(span: Span) -> bool:
    """The name opens a fixture line, two names with "at" between ("Kansas City at Detroit")."""
    doc = span.doc
    line_start = span.start
    while line_start > 0 and not _breaks_line(doc[line_start - 1]):
        line_start -= 1
    line_end = span.end
    while line_end < len(doc) and not _breaks_line(doc[line_end - 1]):
        line_end += 1
    line = [t for t in doc[line_start:line_end] if not t.is_space]
    at = [k for k, t in enumerate(line) if t.lower_ == "at"]
    if len(at) != 1 or at[0] in (0, len(line) - 1) or line[at[0] - 1].i != span.end - 1:
        return False
    return all(t.text[:1].isupper() or t.text in {".", "'"} for t in line if t.lower_ != "at")


def _breaks_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def _line_break_after(span: Span) -> bool:
    last = span[-1]
    return "\n" in last.whitespace_


def _score_row(doc: Doc, i: int) -> bool:
    """The number at ``i`` follows a name on the same line ("Hull 0 Barnet 0")."""
    j = i - 1
    return j >= 0 and doc[j].text[:1].isupper() and "\n" not in doc[j].whitespace_
