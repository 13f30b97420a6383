"""How a claimant or an accused group becomes an event's source and perpetrator.

A named group that claims an attack or is blamed for it ("TTP claimed responsibility for the
attack", "the attack was attributed to ISWAP") stands in for the unnamed attacker read so far
("gunmen", "a suicide bomber"), as an event coder names the group; any other claimant is
added as a perpetrator. Both the coreference merger and the reader of later claims
(``sitrep.events.referring_claims``) decide so here, so they decide alike.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.record import ArgumentRecord, EventRecord

#: The flag of an event whose source a claim or an attribution named ("X claimed the attack").
CLAIMED_SOURCE = "claimed_source"


def takes_claimed_source(event: EventRecord, mention: EventRecord) -> bool:
    """Whether a further mention's claimant or accused should replace the event's source: a
    named group that claims the attack, or that the text blames for it ("TTP claimed
    responsibility for the attack", "the attack was attributed to ISWAP"), stands in for the
    unnamed attacker read so far ("assailants", "gunmen", "a suicide bomber"), as a coder names
    the group; a named or a state source ("police", "the army", "the ELN") is kept."""
    return (
        (CLAIMED_SOURCE in mention.flags or _armed_group_told_back(mention))
        and is_named_group(mention.source)
        and (event.source is None or is_unnamed_attacker(event.source))
    )


def _armed_group_told_back(mention: EventRecord) -> bool:
    """Whether a mention that refers back to the attack ("carried out the attack", "in the
    attack by X") names an armed group of the knowledge base as its doer: "sources suspected
    that al-Shabaab militants carried out the attack" tells whose the "militants" were."""
    from sitrep.events.perpetrator_groups import is_armed_group

    return (mention.refers_back or mention.anaphoric) and is_armed_group(mention.source)


def is_named_group(actor: object | None) -> bool:
    """Whether an actor is a named entity rather than an unnamed common noun ("gunmen")."""
    from sitrep.events.generic_actor import GenericActor

    return (
        actor is not None and not isinstance(actor, GenericActor) and not is_unnamed_attacker(actor)
    )


def is_unnamed_attacker(actor: object | None) -> bool:
    """Whether an actor is an attacker the text does not name ("gunmen", "unidentified
    attackers", "a suicide bomber"): the unnamed kinds of the ``responsibility`` section, also
    when the name tagger took a sentence-initial "Gunmen" for a name."""
    from sitrep.events.generic_actor import GenericActor
    from sitrep.events.lexicon import load_triggers
    from sitrep.events.participant_lexicon import load_participant_lexicon

    if actor is None:
        return False
    kinds = load_participant_lexicon().responsibility.get("unnamed_attacker_kinds", frozenset())
    if isinstance(actor, GenericActor):
        return actor.kind in kinds
    entry = load_triggers().generic_actors.get(str(getattr(actor, "name", "")).lower())
    return entry is not None and getattr(entry, "kind", None) in kinds


def credit_claimant(event: EventRecord, claimant: object, span: Span) -> None:
    """Make a claimant or accused named group the event's source, and its perpetrator."""
    event.source, event.source_span = claimant, span
    event.flags.add(CLAIMED_SOURCE)
    add_perpetrator(event, ArgumentRecord("perpetrator", span, claimant))


def add_perpetrator(event: EventRecord, perpetrator: ArgumentRecord) -> None:
    """Add a perpetrator argument unless the event names that entity or those words already."""
    if any(
        (perpetrator.entity is not None and a.entity is perpetrator.entity)
        or same_words(a.span, perpetrator.span)
        for a in event.arguments
    ):
        return
    event.arguments.append(perpetrator)


def same_words(a: Span, b: Span) -> bool:
    """Whether two phrases are the same words, or the first lies inside the second."""
    return a.text.lower() == b.text.lower() or (a.start >= b.start and a.end <= b.end)
