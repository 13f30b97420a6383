"""The event stage: triggers, their arguments, modality and attribution, merged per real event."""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import ensure_extensions
from sitrep.events.arguments import ArgumentReader
from sitrep.events.battle_flags import (
    flag_armed_sides,
    flag_armed_story_clashes,
    flag_strategic_moves,
)
from sitrep.events.coref import merge_events
from sitrep.events.coref_told_apart import told_apart_in_sentence
from sitrep.events.crowd_flags import flag_crowd_violence, flag_firebombed_people
from sitrep.events.detect import find_triggers
from sitrep.events.embedded import demote_embedded
from sitrep.events.event_dates import fill_dates
from sitrep.events.event_places import fill_places
from sitrep.events.lexicon import TriggerLexicon, load_triggers
from sitrep.events.modality import modality_of, speech_subject
from sitrep.events.protest_force import relate_protest_arrests, relate_protest_force
from sitrep.events.record import EventRecord
from sitrep.events.role_model import add_learned_arguments
from sitrep.events.story_parties import fill_counterparts, fill_repeated_sources
from sitrep.events.token_view import token_view
from sitrep.events.violent_protests import flag_violent_protests
from sitrep.knowledge.cues import Cues, load_cues

ARMED_KINDS = {"armed_group", "military", "police", "militia", "intelligence"}


class EventExtractor:
    def __init__(self) -> None:
        self._lexicon: TriggerLexicon | None = None
        self._cues: Cues | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self._lexicon is None:
            self._lexicon, self._cues = load_triggers(), load_cues()
        lexicon, cues = self._lexicon, self._cues
        assert cues is not None
        reader = ArgumentReader(doc, lexicon)
        quotes = doc._.quotes or []
        mentions: list[EventRecord] = []
        for sentence in doc.sents:
            armed = self._armed_actor_in(sentence, reader)
            hits = find_triggers(sentence, lexicon, armed)
            if hits and cues.generic.found_in(
                " " + token_view(doc).span_lower(sentence.start, sentence.end) + " ", set()
            ):
                # "has stepped up raids since last year": a trend, not an event
                hits = [h for h in hits if not h.plural]
            if not hits:
                continue
            sentence_events: list[EventRecord] = []
            for hit in hits:
                trigger = doc[hit.start : hit.end]
                record = EventRecord(
                    type=hit.trigger.type,
                    mode=hit.trigger.mode,
                    evidence=[_evidence(sentence)],
                    triggers=[trigger],
                    anaphoric=hit.trigger.anaphoric
                    or (
                        hit.definite
                        and hit.trigger.pos == "NOUN"
                        and not hit.plural
                        and _bare_reference(sentence, hit.start, hit.end)
                    ),
                    refers_back=hit.definite and hit.trigger.pos == "NOUN" and not hit.plural,
                    distinct=_distinct(sentence, hit.start, lexicon),
                )
                others = tuple(h.start for h in hits if h.trigger.type != hit.trigger.type)
                reader.read(sentence, hit, record, others)
                _place_unnamed_actors(record)
                if record.type == "CONSULT" and record.target is None:
                    record.target, record.target_span = _host_government(reader, record)
                record.modality = modality_of(sentence, trigger, cues)
                record.attribution, record.attribution_span = _attribution(
                    doc, sentence, trigger, quotes, cues, reader.owner
                )
                if (
                    record.attribution is not None
                    and record.modality == "asserted"
                    and not _in_quote(trigger, quotes)
                ):
                    record.modality = "reported"
                record.confidence = _confidence(record)
                same = next(
                    (
                        e
                        for e in reversed(sentence_events)
                        if e.type == record.type
                        and not told_apart_in_sentence(e, record, lexicon.distinct_cues)
                    ),
                    None,
                )
                if same is not None:
                    from sitrep.events.coref_absorb import absorb

                    absorb(same, record)
                    same.anaphoric = same.anaphoric and record.anaphoric
                else:
                    sentence_events.append(record)
            demote_embedded(sentence_events, sentence)
            for event in sentence_events:
                mentions.extend(_split_by_place(event, reader, sentence))
        events = merge_events(mentions)
        sentence_of = {s.start: n for n, s in enumerate(doc.sents)}
        relate_protest_arrests(events, sentence_of)
        relate_protest_force(events, sentence_of)
        fill_dates(events, doc)
        fill_places(events, doc)
        fill_repeated_sources(events)
        fill_counterparts(events, _types_with_counterpart())
        add_learned_arguments(events, doc)  # the attack roles the rules missed, where confident
        view = token_view(doc)
        evidence_text = {
            id(e): " ".join(view.span_text(s.start, s.end) for s in e.evidence).lower()
            for e in events
        }
        flag_armed_sides(events)  # first: the flags after it read who is an armed side
        flag_strategic_moves(events)  # ground taken, arms disrupted, bases set up
        flag_armed_story_clashes(events)  # before the crowd flags: such clashes are no crowd's
        flag_firebombed_people(events, evidence_text)  # before the crowd flags: no mob's arson
        flag_crowd_violence(events, evidence_text)
        flag_violent_protests(events, evidence_text)  # after the crowd flags: it reads them
        _set_person_status(events)
        for number, event in enumerate(events, start=1):
            event.id = f"v{number}"
        doc._.events = events
        return doc

    def _armed_actor_in(self, sentence: Span, reader: ArgumentReader) -> bool:
        from sitrep.knowledge.actors import load_actors

        kb = load_actors()
        for i in range(sentence.start, sentence.end):
            cluster = reader.owner.get(i)
            actor_id = getattr(cluster, "actor_id", None)
            if actor_id:
                actor = kb.get(actor_id)
                if getattr(actor, "kind", None) in ARMED_KINDS or getattr(
                    actor, "sector", None
                ) in {"MIL", "REB", "COP", "SPY", "IMG", "INS", "UAF"}:
                    return True
        return False


def _split_by_place(
    record: EventRecord, reader: ArgumentReader, sentence: Span
) -> list[EventRecord]:
    """ "the recent attacks in Peshawar Police Lines and the Karachi Police Office": one event
    per place when a plural trigger names several places joined by "and"."""
    import copy

    trigger = record.triggers[0]
    if not trigger.text.lower().endswith("s") or record.type != "ASSAULT":
        return [record]
    places = []
    for place in reader.places_in(sentence):
        mention = next(m for m in place.mentions if sentence.start <= m.start < sentence.end)  # type: ignore[attr-defined]
        if mention.start > trigger.start:
            places.append((mention.start, place))
    places.sort(key=lambda p: p[0])
    if len(places) < 2:
        return [record]
    between = sentence.doc[places[0][0] : places[-1][0]].text.lower()
    if " and " not in f" {between} ":
        return [record]
    split = []
    for _, place in places:
        clone = copy.copy(record)
        clone.place = place
        clone.arguments = list(record.arguments)
        clone.counts = dict(record.counts)
        clone.implicit_counts = dict(record.implicit_counts)
        split.append(clone)
    return split


STATUS_OF = {
    ("ASSAULT", "killed"): "killed",
    ("ASSAULT", "injured"): "injured",
    ("COERCE", "arrested"): "detained",
    ("COERCE", "kidnapped"): "detained",
}


def _set_person_status(events: list[EventRecord]) -> None:
    """A named victim of a killing (an arrest) is killed (detained) on the event's date."""
    from sitrep.resolve.entities import StatusRecord

    for event in events:
        if event.modality not in {"asserted", "reported", "claimed"}:
            continue
        counted = {**event.implicit_counts, **event.counts}
        status = next(
            (
                STATUS_OF[(event.type, kind)]
                for kind in ("killed", "arrested", "kidnapped", "injured")
                if counted.get(kind) and (event.type, kind) in STATUS_OF
            ),
            None,
        )
        if status is None:
            continue
        date = getattr(event.date, "first_day", None)
        for argument in event.arguments:
            person = argument.entity
            if argument.role != "victim" or getattr(person, "type", "") != "PERSON":
                continue
            if person.status is None or person.status.value != "killed":  # type: ignore[attr-defined]
                person.status = StatusRecord(  # type: ignore[attr-defined]
                    status,
                    date.isoformat() if date and event.date.precision == "day" else None,  # type: ignore[attr-defined]
                    argument.span,
                )


def _place_unnamed_actors(record: EventRecord) -> None:
    """ "police" in an attack in Peshawar are Pakistan's police, whatever the article's focus."""
    from sitrep.events.generic_actor import GenericActor

    point = getattr(record.place, "place", None) or getattr(record.place, "within", None)
    country = getattr(point, "country", None)
    if isinstance(record.source, GenericActor):
        record.source = record.source.in_country(country)
    if isinstance(record.target, GenericActor):
        record.target = record.target.in_country(country)


def _host_government(
    reader: ArgumentReader, record: EventRecord
) -> tuple[object | None, Span | None]:
    """Whom a visit to a place is with: that country's government, if the article names it."""
    from sitrep.knowledge.actors import load_actors

    point = getattr(record.place, "place", None) or getattr(record.place, "within", None)
    country = getattr(point, "country", None)
    if not country:
        return None, None
    government = load_actors().country_actor(country, "government")
    if government is None:
        return None, None
    for token_index, cluster in reader.owner.items():
        if getattr(cluster, "actor_id", None) == government.id and cluster is not record.source:
            return cluster, reader.mention_of[token_index]
    return None, None


@functools.cache
def _types_with_counterpart() -> frozenset[str]:
    """The PLOVER types that always have a target (COOPERATE, AID), as the ontology says."""
    from sitrep.knowledge.ontology import load_ontology

    types = load_ontology().plover.types
    return frozenset(name for name, definition in types.items() if definition.requires_target)


def _evidence(sentence: Span) -> Span:
    return sentence


def _bare_reference(sentence: Span, start: int, end: int) -> bool:
    """ "The visit was successful": a definite mention that adds nothing new refers back."""
    doc = sentence.doc
    nxt = doc[end].lower_ if end < len(doc) else ""
    return nxt in {"was", "had", "is", "has", "’s", "'s", "results", "took", "went", "ended"} or (
        doc[start - 1].lower_ in {"the"} and nxt in {".", ",", "’s"}
    )


def _distinct(sentence: Span, start: int, lexicon: TriggerLexicon) -> bool:
    words = set(token_view(sentence.doc).lower[sentence.start : start + 1])
    return bool(words & lexicon.distinct_cues)


def _in_quote(trigger: Span, quotes: list[object]) -> bool:
    return any(q.start <= trigger.start_char < q.end for q in quotes)  # type: ignore[attr-defined]


def _attribution(
    doc: Doc,
    sentence: Span,
    trigger: Span,
    quotes: list[object],
    cues: Cues,
    owner: dict[int, object],
) -> tuple[object | None, Span | None]:
    """Who says so: a quote's speaker, the subject of a reporting verb, "according to X"."""
    for quote in quotes:
        if quote.start <= trigger.start_char < quote.end:  # type: ignore[attr-defined]
            speaker = getattr(quote, "speaker", None)
            if speaker:
                span = doc[speaker[0] : speaker[1]]
                for token in span:
                    if token.i in owner:
                        return owner[token.i], span
                return None, span
    return speech_subject(sentence, trigger, cues, owner)


def _confidence(record: EventRecord) -> float:
    score = 0.4
    score += 0.15 if record.source is not None else 0.0
    score += 0.15 if record.target is not None or record.arguments else 0.0
    score += 0.1 if record.date is not None else 0.0
    score += 0.1 if record.place is not None else 0.0
    return round(min(score, 0.95), 2)


@Language.factory(
    "sitrep_events",
    requires=["doc._.entities", "doc._.places", "doc._.times", "doc._.numbers", "doc._.quotes"],
    assigns=["doc._.events"],
)
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    ensure_extensions()
    return EventExtractor()
