"""Events a sentence takes as known, whatever it says about something else.

"Relatives demanded that the government investigate the assassination of
Hector Oqueli": the demand is hypothetical, the assassination is not. A
definite noun naming an event with its patient ("the murder of X", "the
kidnapping of the two engineers") presupposes that the event happened, so the
modality of the frame around it (a demand, a plan, a promise) is the frame's,
not the event's. Negation is left alone: "denied the killing of X" may deny
the killing itself; so is a plan: "was planning the assassination of the
archbishop" tells a murder that has not happened.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.record import EventRecord
from sitrep.knowledge.cues import load_cues

#: Modalities a frame lends to what it embeds; a presupposed event does not take them.
FRAME_MODALITIES = frozenset({"hypothetical", "future"})
#: Words after an event noun that introduce its patient.
PATIENT_WORDS = frozenset({"of", "against"})


def presupposed(mention: EventRecord) -> bool:
    """Whether a mention is a definite event noun followed by its patient ("the murder of")."""
    if not mention.refers_back or not mention.triggers:
        return False
    trigger = mention.triggers[0]
    doc = trigger.doc
    if not (trigger.end < len(doc) and doc[trigger.end].lower_ in PATIENT_WORDS):
        return False
    return not _planned(trigger)


def _planned(trigger: Span) -> bool:
    """ "planning the murder of", "the mission of assassinating": a plan word just before the
    noun's article (or the noun) frames it as what was to be done."""
    doc = trigger.doc
    frames = load_cues().plan_frames.words
    before = doc[max(trigger.sent.start, trigger.start - 3) : trigger.start]
    return any(t.lower_ in frames for t in before)


def unframe_presupposed(mention: EventRecord) -> None:
    """Give a presupposed event that took a frame's modality back its own: asserted."""
    if mention.modality in FRAME_MODALITIES and presupposed(mention):
        mention.modality = "asserted"
