"""From one report to the rows the store keeps: mentions and what it says of actors.

Pure functions of the report (no database), so what is stored is easy to test
and the same for SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sitrep.model import Entity, Event, Report
from sitrep.store.merge import COUNT_FIELDS, EventFacts, MergeRules

#: Entity types whose names are actors across articles.
ACTOR_ENTITY_TYPES = {"PERSON", "ORG", "NORP"}


def slug(name: str) -> str:
    """A name as an id part: ascii, lower case, words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or "unnamed"


def is_name(text: str) -> bool:
    """True for a mention that names (ISWAP, Mujahid), not one that refers ("the group")."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and words[0].casefold() not in _DETERMINERS


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"}


def entity_actor_id(entity: Entity) -> str:
    """The actor an entity is: its knowledge-base actor, else its type and name."""
    if entity.actor is not None:
        return entity.actor.id
    return f"{entity.type.lower()}:{slug(entity.name)}"


def outlet_of(report: Report) -> str | None:
    """Who published the article: the source's name, else the host of its URL."""
    doc = report.document
    if doc.source:
        return doc.source
    if doc.url:
        return urlsplit(doc.url).hostname
    return None


@dataclass
class ActorFacts:
    """Rows about actors one document gives."""

    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    names: set[tuple[str, str]] = field(default_factory=set)
    roles: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[dict[str, Any]] = field(default_factory=list)


def actor_facts(report: Report, document_id: str) -> ActorFacts:
    """Actors, their names, roles and status changes as this document tells them."""
    facts = ActorFacts()
    published = report.document.published
    for entity in report.entities:
        if entity.type not in ACTOR_ENTITY_TYPES and entity.actor is None:
            continue
        actor_id = entity_actor_id(entity)
        facts.actors.setdefault(actor_id, _actor_row(actor_id, entity))
        facts.names.add((actor_id, entity.name))
        for mention in entity.mentions:
            if is_name(mention.text):
                facts.names.add((actor_id, mention.text))
        for role in entity.roles:
            organisation = report.entity(role.organisation)
            facts.roles.append(
                {
                    "actor_id": actor_id,
                    "document_id": document_id,
                    "title": role.title,
                    "organisation": organisation.name if organisation else role.organisation,
                    "current": int(role.current),
                    "date": published,
                    "evidence": role.evidence.text if role.evidence else None,
                }
            )
        if entity.status is not None:
            facts.statuses.append(
                {
                    "actor_id": actor_id,
                    "document_id": document_id,
                    "value": entity.status.value,
                    "date": entity.status.date or published,
                    "evidence": entity.status.evidence.text if entity.status.evidence else None,
                }
            )
    for event in report.events:
        for actor in event.actors:
            if actor.entity is None:
                actor_id = f"actor:{slug(actor.name)}"
                facts.actors.setdefault(
                    actor_id,
                    {
                        "id": actor_id,
                        "name": actor.name,
                        "type": None,
                        "country": None,
                        "sector": None,
                        "linked": 0,
                    },
                )
                facts.names.add((actor_id, actor.name))
    return facts


def _actor_row(actor_id: str, entity: Entity) -> dict[str, Any]:
    link = entity.actor
    return {
        "id": actor_id,
        "name": link.name if link else entity.name,
        "type": entity.type,
        "country": link.country if link else None,
        "sector": link.sector if link else None,
        "linked": int(link is not None),
    }


def event_actor_ids(report: Report, event: Event) -> Iterator[tuple[str, str, str]]:
    """(actor id, role, name) of each actor of an event, arguments included."""
    for actor in event.actors:
        entity = report.entity(actor.entity)
        actor_id = (
            entity_actor_id(entity)
            if entity and _is_the_entity(actor.name, entity)
            else f"actor:{slug(actor.name)}"
        )
        yield actor_id, actor.role, actor.name
    for argument in event.arguments:
        entity = report.entity(argument.entity)
        if entity is not None and (entity.type in ACTOR_ENTITY_TYPES or entity.actor):
            yield entity_actor_id(entity), argument.role, entity.name


def _is_the_entity(name: str, entity: Entity) -> bool:
    """Whether an event's actor is the entity it points at, not an organ the entity only
    names: "Military Forces of Russia" points at the mention "Russian" so the report keeps
    the words, but it is the Russian military, one actor across articles, not Russia."""
    names = {entity.name, entity.actor.name if entity.actor else None}
    return name in names


def _event_dates(event: Event, published: str | None) -> tuple[str | None, str | None, str]:
    """The event's first and last possible day; an undated event falls back to its report."""
    date = event.date
    start = date.start or (date.value[:10] if date.value and date.value[:4].isdigit() else None)
    end = date.end or start
    if start and len(start) >= 10 and end and len(end) >= 10:
        return start[:10], end[:10], date.precision
    if published:
        return published[:10], published[:10], "unknown"
    return None, None, "unknown"


def mention_rows(
    report: Report, document_id: str, rules: MergeRules
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], EventFacts]]:
    """Each event of the report as a mention row, its actor rows, and its facts for merging."""
    published = report.document.published
    outlet = outlet_of(report)
    for event in report.events:
        place = report.place(event.place)
        start, end, precision = _event_dates(event, published)
        actors = list(event_actor_ids(report, event))
        source = next(((i, n) for i, r, n in actors if r == "source"), (None, None))
        target = next(((i, n) for i, r, n in actors if r == "target"), (None, None))
        mention_id = f"{document_id}#{event.id}"
        row = {
            "id": mention_id,
            "document_id": document_id,
            "event_id": mention_id,
            "local_id": event.id,
            "family": rules.family(event.type),
            "type": event.type,
            "mode": event.mode,
            "acled_event_type": event.acled.event_type if event.acled else None,
            "acled_sub_event_type": event.acled.sub_event_type if event.acled else None,
            "date": event.date.value,
            "date_start": start,
            "date_end": end,
            "date_precision": precision,
            "actor1": source[1],
            "actor1_id": source[0],
            "actor2": target[1],
            "actor2_id": target[0],
            "place": place.name if place else None,
            "geonameid": place.geonameid if place else None,
            "feature": place.feature if place else None,
            "country": place.country if place else None,
            "admin1": place.admin1 if place else None,
            "admin2": place.admin2 if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            **{name: getattr(event.counts, name) for name in COUNT_FIELDS},
            "modality": event.modality,
            "attribution": event.attribution.text if event.attribution else None,
            "evidence": " … ".join(span.text for span in event.evidence),
            "spans": json.dumps([[span.start, span.end] for span in event.evidence]),
            "confidence": event.confidence,
            "outlet": outlet,
            "published": published,
        }
        actor_rows = [
            {
                "mention_id": mention_id,
                "actor_id": actor_id,
                "role": role,
                "document_id": document_id,
            }
            for actor_id, role in dict.fromkeys((i, r) for i, r, _ in actors)
        ]
        yield row, actor_rows, facts_of(row, linked=_linked_ids(report, event))


def _linked_ids(report: Report, event: Event) -> set[str]:
    """``role:id`` of the event's knowledge-base actors (merging compares them by role)."""
    ids = set()
    for actor in event.actors:
        entity = report.entity(actor.entity)
        if entity is not None and entity.actor is not None:
            ids.add(f"{actor.role}:{entity.actor.id}")
    return ids


def facts_of(
    row: dict[str, Any], *, linked: set[str] | None = None, documents: set[str] | None = None
) -> EventFacts:
    """The facts merging compares, from a mention or event row."""
    return EventFacts(
        family=row["family"],
        type=row["type"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        precision=row["date_precision"],
        modality=row["modality"],
        country=row["country"],
        admin1=row["admin1"],
        place=row["place"],
        feature=row["feature"],
        lat=row["lat"],
        lon=row["lon"],
        counts={name: row[name] for name in COUNT_FIELDS},
        linked_actors=frozenset(linked or ()),
        documents=frozenset(documents if documents is not None else {row["document_id"]}),
    )


def now_iso() -> str:
    """The current time, for ``ingested_at`` and ``recorded_at`` (seconds, UTC)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
