"""From an annotated spaCy ``Doc`` to the public ``Report``: the only place the two meet."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from spacy.tokens import Doc, Span

from sitrep import model
from sitrep.annotate.extensions import document_text
from sitrep.ingest.document import SourceDocument


def _span(span: Span) -> model.Span:
    """A span of text without the white space around it."""
    text = span.text
    start = span.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return model.Span(start=start, end=start + len(stripped), text=stripped)


MENTION_KINDS: dict[str, Literal["name", "pronoun", "description", "demonym"]] = {
    "PRON": "pronoun",
    "DESC": "description",
    "NORP": "demonym",
}


def _mention(span: Span) -> model.Mention:
    plain = _span(span)
    return model.Mention(
        start=plain.start,
        end=plain.end,
        text=plain.text,
        kind=MENTION_KINDS.get(span.label_, "name"),
        label=span.label_ if span.label_ not in {"PRON", "DESC"} else None,
    )


def build_report(doc: Doc, source: SourceDocument, *, include_text: bool = False) -> model.Report:
    """The report of one annotated document, every field pointing back to its text."""
    entities = [_entity(cluster) for cluster in doc._.entities or []]
    places = [_place(cluster) for cluster in doc._.places or []]
    times = [
        model.TimeExpr(text=t.text, start=t.start, end=t.end, type=t.type, value=t.value)
        for t in doc._.times or []
    ]
    events = [_event(event, doc) for event in doc._.events or []]
    text = document_text(doc)
    quotes = [_quote(q, doc, text) for q in doc._.quotes or []]
    published = source.published
    if not published and doc._.reference_date is not None:
        published = None
    return model.Report(
        document=model.Document(
            id=source.id,
            title=source.title,
            url=source.url,
            source=source.source,
            published=published,
            text=source.text if include_text else None,
        ),
        entities=entities,
        places=places,
        times=times,
        events=events,
        quotes=quotes,
    )


def _entity(cluster: object) -> model.Entity:
    actor = None
    found = getattr(cluster, "actor", None)
    if found is not None:
        actor = model.ActorLink(
            id=found.id, name=found.name, country=found.country, sector=found.sector
        )
    roles = [
        model.Role(
            title=r.title,
            organisation=r.organisation,
            current=r.current,
            evidence=_span(r.evidence) if len(r.evidence) else None,
        )
        for r in getattr(cluster, "roles", [])
    ]
    status = getattr(cluster, "status", None)
    return model.Entity(
        id=cluster.id,  # type: ignore[attr-defined]
        type=cluster.type,  # type: ignore[attr-defined]
        name=cluster.name,  # type: ignore[attr-defined]
        mentions=[_mention(m) for m in cluster.mentions],  # type: ignore[attr-defined]
        actor=actor,
        roles=roles,
        status=model.Status(
            value=status.value,
            date=status.date,
            evidence=_span(status.evidence) if status.evidence else None,
        )
        if status
        else None,
    )


def _place(cluster: object) -> model.Place:
    point = cluster.point()  # type: ignore[attr-defined]
    place = cluster.place  # type: ignore[attr-defined]
    return model.Place(
        id=cluster.id,  # type: ignore[attr-defined]
        name=cluster.name,  # type: ignore[attr-defined]
        geonameid=getattr(place, "geonameid", None)
        if place is not None and getattr(place, "geonameid", 0) > 0
        else None,
        lat=getattr(point, "lat", None),
        lon=getattr(point, "lon", None),
        country=getattr(point, "country", None),
        admin1=getattr(point, "admin1", None),
        admin2=getattr(point, "admin2", None),
        feature=cluster.feature or getattr(point, "feature", None),  # type: ignore[attr-defined]
        mentions=[_mention(m) for m in cluster.mentions],  # type: ignore[attr-defined]
    )


def _event_date(event: object, doc: Doc) -> model.EventDate:
    timex = getattr(event, "date", None)
    if timex is None:
        return model.EventDate(precision="unknown")
    first: dt.date | None = getattr(timex, "first_day", None)
    last: dt.date | None = getattr(timex, "last_day", None)
    precision = getattr(timex, "precision", "unknown")
    value = timex.value
    if precision == "day" and first is not None:
        value = (
            first.isoformat()
            if not _night(timex)
            else last.isoformat()
            if last
            else first.isoformat()
        )
        first = last = dt.date.fromisoformat(value)
    return model.EventDate(
        value=value,
        start=first.isoformat() if first else None,
        end=last.isoformat() if last else None,
        precision=precision if precision in {"day", "week", "month", "year"} else "unknown",  # type: ignore[arg-type]
        text=timex.text,
    )


def _night(timex: object) -> bool:
    return str(getattr(timex, "value", "")).endswith("TNI")


def _event(event: object, doc: Doc) -> model.Event:
    e = event
    actors: list[model.EventActor] = []
    if e.source is not None:  # type: ignore[attr-defined]
        actors.append(model.EventActor(role="source", entity=e.source.id, name=e.source.name))  # type: ignore[attr-defined]
    if e.target is not None:  # type: ignore[attr-defined]
        actors.append(model.EventActor(role="target", entity=e.target.id, name=e.target.name))  # type: ignore[attr-defined]
    arguments = [
        model.Argument(
            role=a.role,
            text=a.span.text,
            start=a.span.start_char,
            end=a.span.end_char,
            entity=getattr(a.entity, "id", None),
        )
        for a in e.arguments  # type: ignore[attr-defined]
    ]
    counts = dict(e.implicit_counts)  # type: ignore[attr-defined]
    counts.update(e.counts)  # type: ignore[attr-defined]
    attribution = None
    if e.attribution_span is not None:  # type: ignore[attr-defined]
        who = e.attribution  # type: ignore[attr-defined]
        text = who.name if who is not None else e.attribution_span.text  # type: ignore[attr-defined]
        attribution = model.Attribution(entity=getattr(who, "id", None), text=text)
    acled = _acled(e)
    return model.Event(
        id=e.id,  # type: ignore[attr-defined]
        type=e.type,  # type: ignore[attr-defined]
        mode=e.mode,  # type: ignore[attr-defined]
        acled=acled,
        actors=actors,
        arguments=arguments,
        date=_event_date(e, doc),
        place=getattr(e.place, "id", None),  # type: ignore[attr-defined]
        counts=model.Counts(**{k: v for k, v in counts.items() if k in model.Counts.model_fields}),
        modality=e.modality,  # type: ignore[attr-defined]
        attribution=attribution,
        evidence=[_span(s) for s in sorted(e.evidence, key=lambda s: s.start)],  # type: ignore[attr-defined]
        confidence=e.confidence,  # type: ignore[attr-defined]
    )


def _acled(event: object) -> model.AcledType | None:
    from sitrep.knowledge.actors import load_actors
    from sitrep.knowledge.ontology import EventContext, load_ontology

    kb = load_actors()

    def actor_of(cluster: object | None) -> object | None:
        actor_id = getattr(cluster, "actor_id", None)
        return kb.get(actor_id) if actor_id else None

    source, target = actor_of(event.source), actor_of(event.target)  # type: ignore[attr-defined]
    victims = [a for a in event.arguments if a.role == "victim"]  # type: ignore[attr-defined]
    ontology = load_ontology()
    evidence = " ".join(s.text for s in event.evidence).lower()  # type: ignore[attr-defined]
    context = EventContext(
        instrument=ontology.instrument_from_text(evidence),
        source_sector=getattr(source, "sector", None),
        target_sector=getattr(target, "sector", None),
        source_kind=getattr(source, "kind", None) or getattr(event.source, "kind", None),  # type: ignore[attr-defined]
        target_kind=getattr(target, "kind", None) or getattr(event.target, "kind", None),  # type: ignore[attr-defined]
        target_is_civilian=_civilian_target(event.target, target, victims),  # type: ignore[attr-defined]
        # the reported count, as the report gives it: "a man was killed" counts one
        fatalities=event.counts.get("killed") or event.implicit_counts.get("killed"),  # type: ignore[attr-defined]
        flags=frozenset(getattr(event, "flags", ())),
    )
    found = ontology.acled_type(event.type, event.mode, context)  # type: ignore[attr-defined]
    if found is None:
        return None
    return model.AcledType(event_type=found[0], sub_event_type=found[1])


def _civilian_target(
    target: object | None, actor: object | None, victims: list[object]
) -> bool | None:
    """Whether the event's target is civilians, as far as the text tells."""
    kind = str(getattr(actor, "kind", None) or getattr(target, "kind", None) or "")
    if kind == "civilians":
        return True
    if kind:
        return False
    return None


def _quote(quote: object, doc: Doc, text: str) -> model.Quote:
    speaker_id = None
    speaker_text = None
    if quote.speaker:  # type: ignore[attr-defined]
        span = doc[quote.speaker[0] : quote.speaker[1]]  # type: ignore[attr-defined]
        speaker_text = span.text
        for cluster in doc._.entities or []:
            if any(m.start <= t.i < m.end for m in cluster.mentions for t in span):
                speaker_id = cluster.id
                speaker_text = cluster.name
                break
    start, end = quote.start, quote.end  # type: ignore[attr-defined]
    return model.Quote(
        speaker=speaker_id,
        speaker_text=speaker_text,
        text=text[start:end],
        start=start,
        end=end,
    )
