"""The known place inside a name the gazetteer lacks: "Peshawar Police Lines" is in Peshawar.

News names facilities, landforms and parts of towns after the place they are
in ("Karachi Police Office", "Swat Valley", "North Dallas"). When the whole name
has no gazetteer entry, the place it starts with (after any direction word) is
where it is, and the words around it say what kind of place it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sitrep.resolve.gazetteer.words import PlaceWords

_WORD = re.compile(r"[^\s,]+")


@dataclass(frozen=True, slots=True)
class InnerPlace:
    """Offsets of the enclosing place's name inside a mention, and the mention's kind."""

    start: int
    end: int
    feature: str  # facility | region | neighbourhood (refined by the geocoder)
    direction: bool  # the mention is a part of the place ("North Dallas")


def inner_place(
    text: str, start: int, end: int, words: PlaceWords, is_place: Callable[[str], bool]
) -> InnerPlace | None:
    """Find the known place a mention ``text[start:end]`` is named after, or ``None``.

    The name is split into a leading direction word (optional), the place words,
    and trailing kind words (facility or landform); the place words must be a
    known place and the mention must have at least one kind or direction word.
    """
    tokens = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    if len(tokens) < 2:
        return None
    lowered = [re.sub(r"[^a-z]", "", text[s:e].lower()) for s, e in tokens]
    first = 1 if lowered[0] in words.direction_words else 0
    last = len(tokens)
    feature = "neighbourhood" if first else ""
    while last > first + 1 and (
        lowered[last - 1] in words.facility_words or lowered[last - 1] in words.landform_words
    ):
        last -= 1
        if lowered[last] in words.facility_words:
            feature = "facility"
        elif feature != "facility":
            feature = "region"
    if not feature:
        return None
    while last > first + 1 and lowered[last - 1] in words.modifier_words:
        last -= 1
    place_start, place_end = tokens[first][0], tokens[last - 1][1]
    name = text[place_start:place_end]
    if not name[:1].isupper() or not is_place(name):
        return None
    return InnerPlace(place_start, place_end, feature, direction=bool(first))
