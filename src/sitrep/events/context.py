"""The article as context: when and where an event happened if its own sentence does not say.

News tells a story once and then adds to it: "Clashes erupted in Chirang district on
May 16. Activists set the toll gate on fire." The second event happened on the day and
in the place the story already gave. These fallbacks run after event coreference, and
only for events told as having happened (not expected, denied or hypothetical ones).
An event the text marks as another one ("protesters also clashed with police") takes
the story's date, as a coder of the report would, but not its place: it may have
happened elsewhere; one set on an occasion of its own ("in a separate operation")
takes neither.

A story has two arenas: force and the street (PLOVER's material conflict: assaults,
arrests, protests, mobilisation) and the dealings between parties (talks, visits,
agreements, demands, rejections, cooperation). An event takes the date or place of an
earlier event of its own arena only: talks after a bombing did not happen on the day of
the bombing because the article tells them next, nor where it happened. A statement
(PLOVER's verbal types: "rejected talks", "secured a commitment") happens where it is
said, which the story's places do not tell, so it takes a place only from its sentence.

This module holds what the story-context stages share: the reviewed cue words, the
arena of an event type, and where an event stands in the text. The stages themselves
are ``event_dates`` (when), ``event_places`` (where) and ``story_parties`` (who).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitrep.events.record import EventRecord

CUES_PATH = Path(__file__).with_name("context.yaml")
#: modalities of events told as having happened: only these take the story's date or place
HAPPENED = frozenset({"asserted", "reported", "claimed"})


@dataclass(frozen=True)
class ContextCues:
    """The cue words of ``context.yaml``, one field per key, read once per process."""

    separate_occasion: frozenset[str]
    repeat: frozenset[str]
    repeat_window: int
    sequel: frozenset[str]
    noun_phrase_openers: frozenset[str]
    voiced_in_either_arena: frozenset[str]
    aside_openers: frozenset[str]
    cause_prepositions: frozenset[str]
    cause_event_nouns: frozenset[str]
    cause_noun_window: int
    planned_date_verbs: frozenset[str]
    planned_date_prepositions: frozenset[str]
    #: adverbs that add harm to the attack just told ("were also wounded": coref_additions)
    added_harm: frozenset[str]


@functools.cache
def load_context_cues(path: Path = CUES_PATH) -> ContextCues:
    """The reviewed cue words of ``context.yaml``, read once per process."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return ContextCues(
            separate_occasion=frozenset(data["separate_occasion_cues"]),
            repeat=frozenset(data["repeat_cues"]),
            repeat_window=int(data["repeat_cue_window"]),
            sequel=frozenset(data["sequel_cues"]),
            noun_phrase_openers=frozenset(data["noun_phrase_openers"]),
            voiced_in_either_arena=frozenset(data["voiced_in_either_arena"]),
            aside_openers=frozenset(data["aside_openers"]),
            cause_prepositions=frozenset(data["cause_prepositions"]),
            cause_event_nouns=frozenset(data["cause_event_nouns"]),
            cause_noun_window=int(data["cause_noun_window"]),
            planned_date_verbs=frozenset(data["planned_date_verbs"]),
            planned_date_prepositions=frozenset(data["planned_date_prepositions"]),
            added_harm=frozenset(str(cue).lower() for cue in data["coref_added_harm_cues"]),
        )
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise ValueError(
            f"The event context cues {path} are missing or invalid ({error!r}); restore the "
            "file from the sitrep package with its keys separate_occasion_cues, repeat_cues, "
            "repeat_cue_window, sequel_cues, noun_phrase_openers, voiced_in_either_arena, "
            "aside_openers, the cause_ keys, the planned_date_ keys and coref_added_harm_cues."
        ) from error


@functools.cache
def _quad(event_type: str) -> str:
    from sitrep.knowledge.ontology import load_ontology

    definition = load_ontology().plover.types.get(event_type)
    return definition.quad if definition is not None else "material_conflict"


def arena(event_type: str) -> str:
    """ "force" for PLOVER's material conflict (assaults, arrests, protests), else "dealings"."""
    return "force" if _quad(event_type) == "material_conflict" else "dealings"


def is_statement(event_type: str) -> bool:
    """Whether PLOVER counts the type as verbal: it happens where it is said."""
    return _quad(event_type).startswith("verbal")


def cue_before(event: EventRecord, cues: frozenset[str], window: int | None = None) -> bool:
    """Whether a cue word stands before the event's first trigger in its sentence (within
    ``window`` tokens when given)."""
    trigger = event.triggers[0]
    sentence = trigger.sent
    start = sentence.start if window is None else max(sentence.start, trigger.start - window)
    return any(token.lower_ in cues for token in trigger.doc[start : trigger.start])


def event_start(event: EventRecord) -> int:
    """The first token of the event's evidence: the stages walk events in the order told."""
    return min(span.start for span in event.evidence)
