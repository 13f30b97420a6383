"""Events that another event's verb governs: "agreed to withdraw", "urged X to release".

A coder records what the sentence reports: an agreement, a demand, a refusal.
The action inside it ("to withdraw", "to release") has not happened; it is the
content of the promise, demand or refusal. Such an embedded event keeps its
own record (its actors are often the only place they are named) but takes the
modality of its frame and ranks below the event that governs it.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.record import EventRecord

#: the event types whose verb can carry another action as its content, and the modality the
#: carried action takes: promised, demanded and threatened actions lie ahead; refused ones
#: are negated
FRAMING_TYPES = {
    "AGREE": "future",
    "REQUEST": "hypothetical",
    "THREATEN": "future",
    "REJECT": "negated",
    "SUPPORT": "hypothetical",
}
#: the longest gap, in tokens, between a framing verb and the action it carries
#: ("urged the government of the neighbouring country to release")
MAX_GAP = 10
#: words that close the framing verb's clause before the action
CLAUSE_BREAKS = frozenset({";", ":", "but", "while", "whereas", "although"})
CONFIDENCE_PENALTY = 0.2


def demote_embedded(events: list[EventRecord], sentence: Span) -> None:
    """Give each event carried by a framing verb its frame's modality and a lower confidence."""
    doc = sentence.doc
    for frame in events:
        modality = FRAMING_TYPES.get(frame.type)
        head = frame.triggers[0]
        tag = head[-1].tag_
        if modality is None or (tag and not tag.startswith("VB")):  # a verb, or untagged
            continue
        for event in events:
            if event is frame or event.type == frame.type:
                continue
            start = event.triggers[0].start
            if not 0 < start - head.end <= MAX_GAP:
                continue
            gap = doc[head.end : start]
            if any(t.lower_ in CLAUSE_BREAKS for t in gap):
                continue
            infinitive = doc[start - 1].lower_ == "to"
            complement = any(t.lower_ == "that" for t in gap)
            if not (infinitive or complement):
                continue
            if event.modality in {"asserted", "reported"}:
                event.modality = modality
            event.confidence = round(max(0.05, event.confidence - CONFIDENCE_PENALTY), 2)
