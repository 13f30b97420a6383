"""Which of a sentence's places is where its event happened.

`choose_event_place` is a transparent rule, scored by ``benchmarks/geo.py`` on
the event_location data: prefer a place introduced by a locative preposition
("in", "at", "near") close to the event word, after it rather than before. A
place named only as the end of a route ("on the Dhaka-Chittagong highway", "a
Dhaka-bound bus") says where the road or the traveller goes, not where the event
happened, so it comes last.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_LOCATIVE = re.compile(
    r"\b(in|at|near|outside|inside|on|into|across|from|to|around|of)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: the end of a route's first name: "Dhaka-bound"; "Dhaka-Chittagong" before a road word
_BOUND = re.compile(r"\s?[-\u2013]\s?bound\b", re.IGNORECASE)
_SECOND_END = re.compile(r"\s?[-\u2013]\s?[A-Z][\w']*(?:\s[A-Z][\w']*)?")
#: the text right before a route's second name: "Dhaka-"
_FIRST_END = re.compile(r"[A-Z][\w']*\s?[-\u2013]\s?$")
_ROUTE_PENALTY = 4.0
_PREPOSITION_WEIGHT = {
    "in": 3.0,
    "at": 3.0,
    "near": 3.0,
    "outside": 3.0,
    "inside": 3.0,
    "across": 2.0,
    "around": 2.0,
    "on": 1.5,
    "into": 1.5,
    "of": 0.5,
    "from": -1.0,
    "to": -0.5,
}


def choose_event_place(
    text: str, trigger: tuple[int, int], places: Sequence[tuple[int, int]]
) -> int | None:
    """Index in ``places`` of the event's place, or ``None`` when ``places`` is empty.

    ``trigger`` is the (start, end) span of the event word ("killed"); ``places``
    are the (start, end) spans of the sentence's toponyms. Each place scores
    points for the preposition that introduces it and loses points with its
    distance (in words) from the trigger; a place after the trigger is favoured.
    """
    if not places:
        return None
    best, best_score = 0, float("-inf")
    for i, (start, end) in enumerate(places):
        score = 0.0
        lead = _LOCATIVE.search(text, max(0, start - 40), start)
        if lead:
            score += _PREPOSITION_WEIGHT.get(lead.group(1).lower(), 0.0)
        if start >= trigger[1]:
            gap = text[trigger[1] : start]
            score += 0.5
        else:
            gap = text[end : trigger[0]]
        score -= 0.15 * len(gap.split())
        if names_route_end(text, start, end):
            score -= _ROUTE_PENALTY
        if score > best_score:
            best, best_score = i, score
    return best


def names_route_end(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an end of a road or a journey, not a location:
    "the Dhaka-Chittagong highway" (either end, or "Chittagong highway" read as one
    name), "a Dhaka-bound bus". Road words are the reviewed ``route_words``."""
    if _BOUND.match(text, end):
        return True
    second = _SECOND_END.match(text, end)
    if second is not None and (
        _road_word_at(text, second.end()) or second.group().split()[-1].lower() in _road_words()
    ):
        return True
    if _FIRST_END.search(text, max(0, start - 40), start) is None:
        return False
    last_word = text[start:end].split()[-1].lower() if text[start:end].split() else ""
    return _road_word_at(text, end) or last_word in _road_words()


def _road_word_at(text: str, position: int) -> bool:
    """Whether the word right after ``position`` is a road word ("highway")."""
    match = re.match(r"\s+([A-Za-z]+)", text[position : position + 30])
    return match is not None and match.group(1).lower() in _road_words()


@functools.cache
def _road_words() -> frozenset[str]:
    from sitrep.resolve.geo.toponym_words import load_toponym_words

    # one-letter and code words of the list ("I", "US", "SR") name highways by number only
    return frozenset(w for w in load_toponym_words().route_words if len(w) > 3)
