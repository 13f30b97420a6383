"""Harm told as an addition to the attack just told: "Three other civilians also died." or
"Also injured were two guards." counts more victims of that attack, not a second attack.

The distinct cues of the trigger lexicon ("also", "another", "separate") keep a later
mention apart from the events told before it. An adverb such as "also" on harm that names
no doer and no date of its own is the exception: the victims are others, the attack is the
same, as a coder reads it. "Gunmen also killed a trader", "Also on Monday, two were killed"
and "in another attack two were killed" stay apart (a doer, a date, a cue of another event).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.actor_kinds import state_force
from sitrep.events.context import load_context_cues
from sitrep.events.lexicon import load_triggers
from sitrep.events.record import EventRecord

#: the harm an addition tells: dead or wounded counted (or a victim named)
HARM_COUNTS = ("killed", "injured")


def adds_harm(mention: EventRecord) -> bool:
    """Whether a mention marked distinct only adds harm to an attack told before it: an
    assault with people killed or wounded, no date and no perpetrator of its own (only
    "the attackers", the doers told before), whose only distinct cues before its trigger
    are adding adverbs. A place or building "also attacked" is another attack's target."""
    if mention.type != "ASSAULT" or not mention.distinct or mention.date is not None:
        return False
    own_source = mention.source is not None and (
        mention.source_span is None
        or not _definite(mention.source_span)
        or state_force(mention.source)  # "the army also killed two civilians"
    )
    if own_source or any(
        a.role == "perpetrator" and not _definite(a.span) for a in mention.arguments
    ):
        return False  # "Soldiers also killed two civilians": a doer of its own
    harmed = any(mention.counts.get(kind) for kind in HARM_COUNTS) or any(
        a.role == "victim" for a in mention.arguments
    )
    return harmed and _only_adding_cues(mention)


def _definite(span: Span) -> bool:
    """A definite description ("the attackers", "the gunmen") names the doers told before;
    a state force ("the army") may be another side, so it is read as a doer of its own."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ == "the" or (before is not None and before.lower_ == "the")


def _only_adding_cues(mention: EventRecord) -> bool:
    """Whether the distinct cues before the trigger ("also") are all adding adverbs: one
    that tells another event ("another", "separate", "second") keeps the mention apart."""
    trigger = mention.triggers[0]
    distinct_cues = load_triggers().distinct_cues
    adding = load_context_cues().added_harm
    cues = [
        token
        for token in trigger.doc[trigger.sent.start : trigger.start + 1]
        if token.lower_ in distinct_cues
    ]
    return bool(cues) and all(t.lower_ in adding and t.pos_ == "ADV" for t in cues)
