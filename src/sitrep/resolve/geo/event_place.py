"""Which of a sentence's places is where its event happened.

`choose_event_place` is a transparent rule, scored by ``benchmarks/geo.py`` on
the event_location data: prefer a place introduced by a locative preposition
("in", "at", "near") close to the event word, after it rather than before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LOCATIVE = re.compile(
    r"\b(in|at|near|outside|inside|on|into|across|from|to|around|of)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}$",
    re.IGNORECASE,
)
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
        if score > best_score:
            best, best_score = i, score
    return best
