"""Filling an event from a further mention of it, once coreference has tied the two.

The merged event keeps every trigger, sentence and participant once, the most specific
place and date, the strongest modality told of it as having happened, the highest counts,
and a mode or source the first mention lacked ("were killed in a clash" tells how; "TTP
claimed responsibility for the attack" tells who). Used both across sentences (``coref``)
and within one sentence (``events``).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.actor_kinds import organised_armed, state_force
from sitrep.events.actor_sides import TWO_SIDED_MODE
from sitrep.events.claimed_source import credit_claimant, takes_claimed_source
from sitrep.events.coref_when_where import more_specific_date, more_specific_place
from sitrep.events.function_words import FIGHT_PREPOSITIONS
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.seizure import keep_seizure_kind

MODALITY_STRENGTH = [
    "asserted",
    "reported",
    "claimed",
    "historical",
    "hypothetical",
    "future",
    "negated",
]


def absorb(event: EventRecord, mention: EventRecord) -> None:
    """Fill the event's fields from a further mention of it."""
    damage_told_later = _damage_told_later(event, mention)  # before its evidence joins
    event.evidence.extend(
        s for s in mention.evidence if all(s.start != e.start for e in event.evidence)
    )
    event.triggers.extend(mention.triggers)
    keep_seizure_kind(event, mention)
    if event.mode is None and mention.mode is not None:
        if not damage_told_later:
            # "were killed in a clash": the further mention tells how (two sides fought)
            event.mode = mention.mode
    elif _toll_of_fight(event, mention):
        event.mode = TWO_SIDED_MODE
    if takes_claimed_source(event, mention) and mention.source_span is not None:
        # "Assailants opened fire ... TTP claimed responsibility for the attack": the group
        credit_claimant(event, mention.source, mention.source_span)
    elif event.source is None and mention.source is not None:
        event.source, event.source_span = mention.source, mention.source_span
    if event.target is None and mention.target is not None:
        event.target, event.target_span = mention.target, mention.target_span
    for argument in mention.arguments:
        add_argument(event.arguments, argument)
    for kind, value in mention.counts.items():
        event.counts[kind] = max(event.counts.get(kind, 0), value)
    for kind, value in mention.implicit_counts.items():
        event.implicit_counts[kind] = max(event.implicit_counts.get(kind, 0), value)
    event.place = more_specific_place(event.place, mention.place)
    event.date = more_specific_date(event.date, mention.date)
    if not (mention.anaphoric or mention.refers_back) and MODALITY_STRENGTH.index(
        mention.modality
    ) < MODALITY_STRENGTH.index(event.modality):
        event.modality = mention.modality
    if event.attribution is None and mention.attribution is not None:
        event.attribution, event.attribution_span = mention.attribution, mention.attribution_span
    event.confidence = min(0.95, max(event.confidence, mention.confidence) + 0.05)


#: modes of a mention that tells what an attack damaged, not how it was made
DAMAGE_MODES = frozenset({"destroy"})


def _damage_told_later(event: EventRecord, mention: EventRecord) -> bool:
    """Whether the mention tells, in a later sentence, the property an armed attack already
    read damaged: "Militants ambushed a patrol ... Two vehicles were damaged in the ambush"
    is still the ambush, not property destruction or a mob's vandalism. An attack by people
    who are no armed force ("assailants attacked the motorcade ... vehicles were
    vandalised") may well be the vandalism the later mention tells."""
    if event.type != "ASSAULT" or mention.mode not in DAMAGE_MODES:
        return False
    if not (organised_armed(event.source) or state_force(event.source)):
        return False
    told = {span.sent.start for span in event.evidence}
    return all(span.sent.start not in told for span in mention.evidence)


#: one side's modes a fight's toll is first told with ("a man was gunned down ... in a clash")
ONE_SIDED_HARM = frozenset({"firearms"})


#: how many words may stand between a fight preposition and the fight's noun ("in a deadly
#: clash", "during the ensuing clashes")
FIGHT_PREPOSITION_WINDOW = 3


def _toll_of_fight(event: EventRecord, mention: EventRecord) -> bool:
    """Whether a shooting is the toll of the fight its own sentence tells it in: "a man was
    gunned down and six others were injured in a deadly clash between two groups" is the
    clash (two sides fought), not one side's shooting of the man. The fight must follow a
    preposition that puts the harm in it; a fight the shooting led to ("sparking clashes")
    stays apart."""
    if mention.mode != TWO_SIDED_MODE or event.mode not in ONE_SIDED_HARM:
        return False
    if not any(s.start == e.start for s in mention.evidence for e in event.evidence):
        return False
    for trigger in mention.triggers:
        doc = trigger.doc
        before = doc[
            max(trigger.sent.start, trigger.start - FIGHT_PREPOSITION_WINDOW) : trigger.start
        ]
        if any(token.lower_ in FIGHT_PREPOSITIONS for token in before):
            return True
    return False


def add_argument(arguments: list[ArgumentRecord], argument: ArgumentRecord) -> None:
    """Add a further mention's argument unless the event has it already: the same entity, or
    for an unnamed phrase the same words in the same role (two triggers of one sentence read
    "the bus" twice; one reads "a bus", the other "a bus carrying pilgrims"). Of two nested
    phrases the longer stays, as it says more."""
    for i, known in enumerate(arguments):
        if argument.entity is not None and known.entity is argument.entity:
            return
        if argument.entity is not None or known.entity is not None or known.role != argument.role:
            continue
        if _inside(argument.span, known.span):
            return
        if _inside(known.span, argument.span):
            arguments[i] = argument
            return
    arguments.append(argument)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end
