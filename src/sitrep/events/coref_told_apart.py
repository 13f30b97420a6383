"""Two triggers of one sentence that tell two events of one type ("gunmen shot a trader and,
in another attack, killed two soldiers"): the in-sentence merge of ``events`` asks this
before it folds a trigger into the event read earlier in its sentence.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.record import EventRecord

#: the parts of speech a distinct cue has when it tells of another event ("another attack",
#: "a third explosion", "in a separate raid"); as an adverb ("also wounded") it adds to this one
EVENT_CUE_POS = frozenset({"ADJ", "DET"})


def told_apart_in_sentence(
    event: EventRecord, mention: EventRecord, distinct_cues: frozenset[str]
) -> bool:
    """Whether a later trigger of the sentence tells a second event of the same type, so the
    in-sentence merge keeps the two apart, as a careful coder does with "gunmen shot a trader
    and, in another attack, killed two soldiers" or "... and a second explosion damaged a
    church". The sign is a distinct cue ("another", "a second", "separate") that modifies this
    trigger's own singular noun (or stands just before it, as the parser may not attach
    "another" to its noun); a cue on a person ("and wounded another man", "a second one injured")
    adds a victim to the same attack. The dates the triggers read are not used: a relative
    clause ("the attack on 6 December which destroyed ...") often reads one of its own."""
    trigger = mention.triggers[0]
    if not any(t.end <= trigger.start for t in event.triggers) or not _one_event_noun(trigger):
        return False
    return any(
        token.lower_ in distinct_cues
        and token.pos_ in EVENT_CUE_POS
        and (trigger.start <= token.head.i < trigger.end or token.i == trigger.start - 1)
        for token in trigger.doc[trigger.sent.start : trigger.end]
    )


def _one_event_noun(trigger: Span) -> bool:
    """A singular noun names one event ("another explosion"); a verb takes "another" as its
    victim ("one was killed and another injured"), and a plural restates the events the
    sentence tells ("were torched in two separate attacks")."""
    return trigger.root.pos_ in {"NOUN", "PROPN"} and trigger.root.tag_ != "NNS"
