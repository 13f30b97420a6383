"""A country's short name after its full name: "Congo" after "Republic of Congo".

News names a country in full once and by its short name after that. The short
name alone is often ambiguous ("Congo" is the DRC in AP style, but in a report
that says "Republic of Congo" it is that republic); the full name elsewhere in
the same article settles it, the way a reader carries the first mention on.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.resolve.gazetteer.normalize import normalize_name
from sitrep.resolve.geo.scoring import Slot


def keep_to_full_names(slots: Sequence[Slot]) -> None:
    """Restrict a short name's candidates to the countries its article's full name reads as.

    A mention whose words are part of a longer mention ("Congo" in "Democratic
    Republic of Congo") keeps only the candidates that are countries the longer
    mention can name, when it has any. Call before scoring (candidates only).
    """
    names = [normalize_name(slot.cue.text) for slot in slots]
    countries = [
        {place.geonameid for place, _kind in slot.candidates if place.feature == "country"}
        for slot in slots
    ]
    for i, slot in enumerate(slots):
        if not names[i]:
            continue
        full: set[int] = set()
        for j, other in enumerate(names):
            if len(other) > len(names[i]) and f" {names[i]} " in f" {other} ":
                full |= countries[j]
        kept = [(place, kind) for place, kind in slot.candidates if place.geonameid in full]
        if kept:
            slot.candidates = kept
