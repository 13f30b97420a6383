"""Events a sentence takes as known, whatever it says about something else.

"Relatives demanded that the government investigate the assassination of
Hector Oqueli": the demand is hypothetical, the assassination is not. A
definite noun naming an event with its patient ("the murder of X", "the
kidnapping of the two engineers") presupposes that the event happened, so the
modality of the frame around it (a demand, a plan, a promise) is the frame's,
not the event's; so does a relative clause that tells what it did ("will
investigate the attack that killed 10 union members"). Negation is left alone
where it may deny the event itself ("denied the killing of X"), but not where
the event stands after a preposition ("denied any link to the assassination of
X", "denied responsibility for the murder of X"): what is denied is the link.
A plan is left alone too: "was planning the assassination of the archbishop"
tells a murder that has not happened.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.record import EventRecord
from sitrep.knowledge.cues import load_cues

#: Modalities a frame lends to what it embeds; a presupposed event does not take them.
FRAME_MODALITIES = frozenset({"hypothetical", "future"})
#: Words after an event noun that introduce its patient.
PATIENT_WORDS = frozenset({"of", "against"})
#: Words that open a relative clause after an event noun ("the attack that killed ...").
RELATIVE_WORDS = frozenset({"that", "which"})
#: Tags of a verb that tells, in the past, what the event did ("that killed", "which wounded").
PAST_TAGS = frozenset({"VBD"})
#: Tags of a preposition before a definite event noun ("linked to the murder of").
PREPOSITION_TAGS = frozenset({"IN", "TO"})
#: Tags of the words a preposition's object may open with ("for the brutal murder").
NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "PRP$", "POS", "NN", "NNP"})
#: How many words may stand between a preposition and its event noun ("for the brutal murder").
DETERMINER_WINDOW = 3


def presupposed(mention: EventRecord) -> bool:
    """Whether a mention is a definite event noun followed by its patient ("the murder of") or
    by a relative clause that tells what it did ("the attack that killed ten people")."""
    if not mention.refers_back or not mention.triggers:
        return False
    trigger = mention.triggers[0]
    doc = trigger.doc
    if trigger.end >= len(doc):
        return False
    after = doc[trigger.end]
    told = after.lower_ in PATIENT_WORDS or (
        after.lower_ in RELATIVE_WORDS
        and trigger.end + 1 < len(doc)
        and doc[trigger.end + 1].tag_ in PAST_TAGS
    )
    return told and not _planned(trigger)


def _after_preposition(trigger: Span) -> bool:
    """ "responsibility for the murder of", "linked to the assassination of": the noun phrase
    is a preposition's object, so a negation of the clause does not deny the event."""
    doc = trigger.doc
    start = max(trigger.sent.start, trigger.start - DETERMINER_WINDOW)
    for i in range(trigger.start - 1, start - 1, -1):
        if doc[i].tag_ in PREPOSITION_TAGS and doc[i].lower_ != "of":
            return True
        if doc[i].tag_ not in NOUN_PHRASE_TAGS:
            return False
    return False


def _planned(trigger: Span) -> bool:
    """ "planning the murder of", "the mission of assassinating": a plan word just before the
    noun's article (or the noun) frames it as what was to be done."""
    doc = trigger.doc
    frames = load_cues().plan_frames.words
    before = doc[max(trigger.sent.start, trigger.start - 3) : trigger.start]
    return any(t.lower_ in frames for t in before)


def unframe_presupposed(mention: EventRecord) -> None:
    """Give a presupposed event that took a frame's modality back its own: asserted; and one
    a negated clause holds as a preposition's object ("denied any link to the murder of")."""
    if not presupposed(mention):
        return
    if mention.modality in FRAME_MODALITIES or (
        mention.modality == "negated" and _after_preposition(mention.triggers[0])
    ):
        mention.modality = "asserted"
