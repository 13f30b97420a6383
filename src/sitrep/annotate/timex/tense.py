"""Cheap sentence splitting and tense cues for resolving "on Friday" or "March 3".

News writes "on Friday" for the last Friday in past-tense sentences and the next one
in future-tense sentences. A parser would be too slow here, so the tense of a time
expression is taken from the tense marker ("said", "was", "will", "-ed" verbs …)
nearest to it inside its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sitrep.annotate.timex.lexicon import Lexicon, per_lexicon

Tense = Literal["past", "future"] | None

# Reporting verbs frame a whole sentence ("X will happen on Friday, he said"), so
# they count as farther away than they are unless right next to the expression
# ("said Friday"). Auxiliaries ("were planning to") count a little farther too.
_REPORTING = frozenset({"said", "says", "told", "according"})
_REPORTING_PENALTY = 25
_ADJACENT = 5
_AUXILIARIES = frozenset({"was", "were", "had", "did"})
_AUXILIARY_PENALTY = 10
#: future markers that are auxiliaries: after a possessive they still look ahead ("the
#: minister's will be")
_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "won't", "would", "is", "are", "going"})

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?:\s+|$)(?=[\"'“‘(\[]?[A-Z0-9]|$)|\n\s*\n")
_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Gen|Col|Lt|Sgt|Gov"
    r"|Sen|Rep|Inc|Corp|Co|vs|Jr|Sr|Prof|Capt|Maj|Adm|Rev|Ft|Mt|U\.S|a\.m|p\.m)$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split on sentence-final punctuation followed by a capital, and on blank lines.

    A full stop right after a common abbreviation ("Jan.", "Mr.", "U.S.") or an
    initial does not end a sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == "." and _ABBREVIATION_BEFORE.search(
            text, max(0, match.start() - 5), match.start()
        ):
            continue
        end = match.end()
        if end > start and text[start:end].strip():
            spans.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


@per_lexicon
def _marker_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:

    def alternation(words: Sequence[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)

    future = re.compile(rf"(?<![\w'])(?:{alternation(lexicon.future_markers)})(?!\w)", re.I)
    not_ed = alternation(lexicon.not_past_ed)
    past = re.compile(
        rf"(?<![\w'])(?:{alternation(lexicon.past_markers)}|(?!(?:{not_ed})\b)[a-z]{{3,}}ed)(?!\w)",
        re.I,
    )
    return future, past


@per_lexicon
def _forward_markers(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(" ".join(marker.lower().split()) for marker in lexicon.forward_markers)


@dataclass
class TenseOracle:
    """Answers "is this offset in a past or future context?" with per-sentence caching."""

    text: str
    sentences: Sequence[tuple[int, int]]
    lexicon: Lexicon
    _markers: dict[int, list[tuple[int, int, Tense]]] = field(default_factory=dict)

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (binary search)."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle][0] <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    def _sentence_markers(self, index: int) -> list[tuple[int, int, Tense]]:
        if index not in self._markers:
            future, past = _marker_patterns(self.lexicon)
            start, end = self.sentences[index]
            found: list[tuple[int, int, Tense]] = [
                (m.start(), m.end(), "future")
                for m in future.finditer(self.text, start, end)
                if not self._attributive(m.start(), m.end())
            ]
            found += [(m.start(), m.end(), "past") for m in past.finditer(self.text, start, end)]
            self._markers[index] = found
        return self._markers[index]

    def _attributive(self, start: int, end: int) -> bool:
        """ "a planned rally", "the scheduled talks", "the upcoming polls", "the government's
        plan to build": a participle or adjective after a determiner, or any marker but an
        auxiliary after a possessive, describes a noun and says nothing of when the
        sentence's events happen ("clashed on Friday against the government's plan to build
        townships" tells of last Friday)."""
        marker = " ".join(self.text[start:end].lower().split())
        before = self.text[max(0, start - 20) : start].split()
        if not before or marker.split()[0] in _FUTURE_AUXILIARIES:
            return False
        word = before[-1].lower()
        if word.endswith(("'s", "’s")):
            return True
        describes = marker.endswith("ed") or marker in self.lexicon.adjective_future_markers
        return describes and word in self.lexicon.attributive_determiners

    def tense_at(self, start: int, end: int, max_distance: int | None = None) -> Tense:
        """The tense of the marker nearest to the span [start, end), or None.

        With ``max_distance`` (characters), markers farther away are ignored.
        """
        if not self.sentences:
            return None
        markers = self._sentence_markers(self.sentence_of(start))
        best: Tense = None
        best_distance = 10**9
        forward = _forward_markers(self.lexicon)
        for marker_start, marker_end, tense in markers:
            if start <= marker_start < end:
                continue
            word = " ".join(self.text[marker_start:marker_end].lower().split())
            if marker_start >= end and word in forward:
                continue  # "on Sunday evening, ahead of the strike": the strike lies ahead
            distance = start - marker_end if marker_start < start else marker_start - end
            if word in _REPORTING and distance > _ADJACENT:
                distance += _REPORTING_PENALTY
            elif word in _AUXILIARIES:
                distance += _AUXILIARY_PENALTY
            if distance < best_distance or (distance == best_distance and tense == "future"):
                best, best_distance = tense, distance
        if max_distance is not None and best_distance > max_distance:
            return None
        return best

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence containing ``offset``."""
        if not self.sentences:
            return 0, len(self.text)
        return tuple(self.sentences[self.sentence_of(offset)])  # type: ignore[return-value]
