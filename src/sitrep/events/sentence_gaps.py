"""How many sentences apart two events of a document are told.

The protest flags (``protest_force``, ``violent_protests``) tie an event to a protest told
in the same sentence or a few sentences away; one reading of the distance keeps them agreed.
"""

from __future__ import annotations

from sitrep.events.record import EventRecord


def sentence_numbers(events: list[EventRecord]) -> dict[int, int]:
    """Each sentence's start token -> its number in the document, for the events' evidence."""
    for event in events:
        if event.evidence:
            return {s.start: n for n, s in enumerate(event.evidence[0].doc.sents)}
    return {}


def sentence_gap(a: EventRecord, b: EventRecord, sentence_of: dict[int, int]) -> int:
    """The fewest sentences between a sentence of ``a``'s evidence and one of ``b``'s (0: told
    in one sentence); a sentence ``sentence_of`` does not know counts as the first."""
    first = {sentence_of.get(s.start, 0) for s in a.evidence}
    second = {sentence_of.get(s.start, 0) for s in b.evidence}
    return min(abs(x - y) for x in first for y in second)
