"""Who took part in an event whose sentence names one party only: the story's parties.

"Other ISKP members were also apprehended recently" were arrested by the Taliban the
story named before; "the Afghan interim government shared information" shared it with
the party of the story's latest dealing. These fallbacks run after event coreference.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sitrep.events.context import HAPPENED, arena, cue_before, event_start, load_context_cues
from sitrep.events.record import EventRecord


def _same_actor(one: object | None, other: object | None) -> bool:
    if one is None or other is None:
        return False
    actor = getattr(one, "actor_id", None)
    return one is other or (actor is not None and actor == getattr(other, "actor_id", None))


def fill_repeated_sources(events: Sequence[EventRecord]) -> None:
    """An agentless event told as a repeat takes the agent of the earlier one of its kind.

    "The Taliban detained a senior ISKP officer. Other ISKP members were also apprehended
    recently": the second arrest, passive and with no agent, was the Taliban's too. Only
    an earlier event of the same type and mode that happened, with no other target.
    """
    cues = load_context_cues()
    ordered = sorted(events, key=event_start)
    for position, event in enumerate(ordered):
        if event.source is not None or event.modality not in HAPPENED:
            continue
        if not cue_before(event, cues.repeat, cues.repeat_window):
            continue
        earlier = next(
            (
                e
                for e in reversed(ordered[:position])
                if e.type == event.type
                and e.mode == event.mode
                and e.source is not None
                and e.modality in HAPPENED
            ),
            None,
        )
        if earlier is None or _same_actor(earlier.source, event.target):
            continue
        if (
            event.target is None
            or earlier.target is None
            or _same_actor(event.target, earlier.target)
        ):
            event.source, event.source_span = earlier.source, earlier.source_span


def fill_counterparts(events: Sequence[EventRecord], requires_target: frozenset[str]) -> None:
    """Cooperation between two parties where the sentence names one: the other is the party
    the story's latest dealing had it with.

    "Pakistan secured a commitment from the Taliban ... The Afghan interim government
    shared information about its counterterrorism measures": shared it with Pakistan.
    ``requires_target`` are the types that always have a counterpart (COOPERATE, AID).
    """
    ordered = sorted(events, key=event_start)
    for position, event in enumerate(ordered):
        if event.type not in requires_target or event.target is not None or event.source is None:
            continue
        for earlier in reversed(ordered[:position]):
            if arena(earlier.type) != "dealings" or earlier.modality not in HAPPENED:
                continue
            if _same_actor(earlier.source, event.source) and earlier.target is not None:
                event.target, event.target_span = earlier.target, earlier.target_span
            elif _same_actor(earlier.target, event.source) and earlier.source is not None:
                event.target, event.target_span = earlier.source, earlier.source_span
            else:
                continue
            break


def story_parties(events: Sequence[EventRecord]) -> Iterator[object]:
    """The parties of a story: the actors it names, and the sources, targets and
    perpetrators of its events that happened.

    "The FMLN attacked the barracks ... Clashes continued into the night": the clash of the
    last sentence names no side, but the story's parties (the FMLN, the army) are who fought.
    """
    for event in events[:1]:
        if event.evidence:
            yield from getattr(event.evidence[0].doc._, "entities", None) or ()
    for event in events:
        if event.modality not in HAPPENED:
            continue
        yield from (side for side in (event.source, event.target) if side is not None)
        yield from (
            argument.entity
            for argument in event.arguments
            if argument.role == "perpetrator" and argument.entity is not None
        )
