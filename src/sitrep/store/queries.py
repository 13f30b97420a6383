"""The one query layer: the CLI, the Python API, the REST API and the exports call these.

Every function takes a ``Store`` and plain values and returns plain dicts
(JSON-ready), so each interface only formats what it gets.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    func,
    or_,
    select,
    text,
)

from sitrep.store import schema
from sitrep.store.database import Store
from sitrep.store.merge import distance_km

#: Characters of document text shown on each side of an evidence span.
CONTEXT_CHARS = 120


@dataclass(frozen=True)
class EventQuery:
    """Filters over merged events; every field is optional and they combine with AND."""

    actor: str | None = None  # actor id, name or alias
    type: str | None = None  # PLOVER type (ASSAULT), ACLED event type or sub-event type
    country: str | None = None  # ISO 3166 alpha-2
    place: str | None = None  # place, admin2 or admin1 name as stored
    near: tuple[float, float] | None = None  # (lat, lon)
    radius_km: float = 50.0
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    text: str | None = None  # words in the evidence (full-text search)
    limit: int | None = 100
    offset: int = 0
    order: str = "-date"  # one of EVENT_ORDERS; "-" sorts descending


#: The orders events can be listed in: name -> column of the events table.
EVENT_ORDERS = {"date": "date_start", "killed": "killed", "sources": "num_sources", "id": "id"}


def find_events(store: Store, query: EventQuery | None = None) -> list[dict[str, Any]]:
    """Merged events matching the query, latest first."""
    return list(iter_events(store, query or EventQuery()))


def iter_events(store: Store, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Like ``find_events``, streamed (exports of a whole database use it)."""
    statement = _event_statement(store, query)
    statement = statement.order_by(*_event_order(query.order))
    if query.near is None:
        if query.limit is not None:
            statement = statement.limit(query.limit)
        if query.offset:
            statement = statement.offset(query.offset)
    with store.engine.connect() as connection:
        rows = connection.execution_options(stream_results=True).execute(statement).mappings()
        skipped = returned = 0
        for row in rows:
            item = _event_dict(row)
            if query.near is not None:
                if row["lat"] is None or row["lon"] is None:
                    continue
                km = distance_km(query.near[0], query.near[1], row["lat"], row["lon"])
                if km > query.radius_km:
                    continue
                item["distance_km"] = round(km, 1)
                if skipped < query.offset:
                    skipped += 1
                    continue
                if query.limit is not None and returned >= query.limit:
                    break
            returned += 1
            yield item


def _event_order(order: str) -> list[Any]:
    """ORDER BY clauses for an order name such as ``-date``; NULLs sort last.

    The default (latest first) stays a plain descending sort so the date index serves it.
    """
    ev = schema.events
    name = order.removeprefix("-")
    if name not in EVENT_ORDERS:
        raise ValueError(f"cannot sort events by {order!r}; use one of {sorted(EVENT_ORDERS)}")
    if order == "-date":
        return [ev.c.date_start.desc(), ev.c.id]
    column = ev.c[EVENT_ORDERS[name]]
    ordered = column.desc() if order.startswith("-") else column.asc()
    return [ordered.nulls_last(), ev.c.id]


def _event_statement(store: Store, query: EventQuery) -> Select[Any]:
    ev, m, ma = schema.events, schema.mentions, schema.mention_actors
    conditions: list[ColumnElement[bool]] = []
    if query.country:
        conditions.append(ev.c.country == query.country.upper())
    if query.since:
        conditions.append(ev.c.date_start >= query.since)
    if query.until:
        conditions.append(ev.c.date_start <= query.until)
    if query.type:
        conditions.append(
            or_(
                ev.c.type == query.type.upper(),
                ev.c.acled_event_type == query.type,
                ev.c.acled_sub_event_type == query.type,
            )
        )
    if query.place:
        name = query.place.casefold()
        conditions.append(
            or_(
                func.lower(ev.c.place) == name,
                func.lower(ev.c.admin2) == name,
                func.lower(ev.c.admin1) == name,
            )
        )
    if query.near is not None:
        lat, lon = query.near
        dlat = query.radius_km / 111.0
        dlon = query.radius_km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        conditions.append(
            and_(ev.c.lat.between(lat - dlat, lat + dlat), ev.c.lon.between(lon - dlon, lon + dlon))
        )
    if query.actor:
        actor_ids = _actor_ids_matching(query.actor)
        conditions.append(
            ev.c.id.in_(
                select(m.c.event_id)
                .join(ma, ma.c.mention_id == m.c.id)
                .where(ma.c.actor_id.in_(actor_ids))
            )
        )
    if query.text:
        conditions.append(ev.c.id.in_(_text_search(store, query.text)))
    return select(ev).where(*conditions)


def _actor_ids_matching(name: str) -> Select[Any]:
    """Actor ids whose id, name or any alias is ``name`` (case-insensitive)."""
    a, an = schema.actors, schema.actor_names
    folded = name.casefold()
    return select(a.c.id).where(
        or_(
            a.c.id == name,
            func.lower(a.c.name) == folded,
            a.c.id.in_(select(an.c.actor_id).where(func.lower(an.c.name) == folded)),
        )
    )


def _text_search(store: Store, words: str) -> Select[Any]:
    """Event ids whose evidence contains the words (FTS5 on SQLite, tsvector on PostgreSQL)."""
    m = schema.mentions
    if store.dialect == "sqlite":
        terms = re.findall(r"\w+", words)
        match = " ".join('"' + term + '"' for term in terms) or '""'
        fts = (
            text("SELECT mention_id FROM mention_fts WHERE mention_fts MATCH :q")
            .bindparams(q=match)
            .columns(mention_id=String)
        )
        return select(m.c.event_id).where(m.c.id.in_(fts.subquery().select()))
    # written as the GIN index of migration 0003 is, so that PostgreSQL uses it
    return select(m.c.event_id).where(
        text(
            "to_tsvector('english', coalesce(mentions.evidence, '')) "
            "@@ plainto_tsquery('english', :words)"
        ).bindparams(words=words)
    )


def _event_dict(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["conflicts"] = json.loads(item["conflicts"]) if item.get("conflicts") else {}
    return item


def get_event(
    store: Store, event_id: str, *, highlight: str | None = None
) -> dict[str, Any] | None:
    """One event with its mentions: each article, its outlet and the evidence in context."""
    ev, m, d = schema.events, schema.mentions, schema.documents
    with store.engine.connect() as connection:
        row = connection.execute(select(ev).where(ev.c.id == event_id)).mappings().first()
        if row is None:
            return None
        event = _event_dict(row)
        mentions = (
            connection.execute(
                select(m, d.c.title, d.c.url, d.c.text.label("document_text"), d.c.name)
                .join(d, d.c.id == m.c.document_id)
                .where(m.c.event_id == event_id)
                .order_by(m.c.published, m.c.id)
            )
            .mappings()
            .all()
        )
        event["mentions"] = [_mention_dict(dict(r)) for r in mentions]
        event["actors"] = _event_actors(connection, event_id)
    return event


def _mention_dict(row: dict[str, Any]) -> dict[str, Any]:
    document_text = row.pop("document_text") or ""
    spans = json.loads(row.pop("spans") or "[]")
    row["evidence_spans"] = [
        {
            "start": start,
            "end": end,
            "text": document_text[start:end],
            "before": document_text[max(0, start - CONTEXT_CHARS) : start],
            "after": document_text[end : end + CONTEXT_CHARS],
        }
        for start, end in spans
    ]
    return row


def _event_actors(connection: Connection, event_id: str) -> list[dict[str, Any]]:
    m, ma, a = schema.mentions, schema.mention_actors, schema.actors
    rows = (
        connection.execute(
            select(
                a.c.id, a.c.name, ma.c.role, func.count(func.distinct(m.c.document_id)).label("n")
            )
            .join(ma, ma.c.actor_id == a.c.id)
            .join(m, m.c.id == ma.c.mention_id)
            .where(m.c.event_id == event_id)
            .group_by(a.c.id, a.c.name, ma.c.role)
            .order_by(ma.c.role, a.c.id)
        )
        .mappings()
        .all()
    )
    return [{"id": r["id"], "name": r["name"], "role": r["role"], "articles": r["n"]} for r in rows]


def find_actors(store: Store, name: str | None = None, *, limit: int = 100) -> list[dict[str, Any]]:
    """Actors (by name or alias, substring), with how many events and articles name them."""
    a, an, ma, m = schema.actors, schema.actor_names, schema.mention_actors, schema.mentions
    events = (
        select(func.count(func.distinct(m.c.event_id)))
        .select_from(ma.join(m, m.c.id == ma.c.mention_id))
        .where(ma.c.actor_id == a.c.id)
        .scalar_subquery()
    )
    documents = (
        select(func.count(func.distinct(an.c.document_id)))
        .where(an.c.actor_id == a.c.id)
        .scalar_subquery()
    )
    statement = select(a, events.label("events"), documents.label("articles"))
    if name:
        pattern = f"%{name.casefold()}%"
        statement = statement.where(
            or_(
                func.lower(a.c.name).like(pattern),
                func.lower(a.c.id).like(pattern),
                a.c.id.in_(select(an.c.actor_id).where(func.lower(an.c.name).like(pattern))),
            )
        )
    statement = statement.order_by(documents.desc(), a.c.id).limit(limit)
    with store.engine.connect() as connection:
        return [
            dict(r)
            for r in connection.execute(statement).mappings()
            if r["articles"] or r["events"]
        ]


def actor_page(store: Store, actor_id: str) -> dict[str, Any] | None:
    """Everything the database knows of one actor, each fact with the article that says it."""
    a, an, d = schema.actors, schema.actor_names, schema.documents
    ma, m, ev = schema.mention_actors, schema.mentions, schema.events
    with store.engine.connect() as connection:
        row = connection.execute(select(a).where(a.c.id == actor_id)).mappings().first()
        if row is None:
            return None
        page: dict[str, Any] = dict(row)
        page["aliases"] = [
            {"name": r["name"], "articles": r["n"]}
            for r in connection.execute(
                select(an.c.name, func.count().label("n"))
                .where(an.c.actor_id == actor_id)
                .group_by(an.c.name)
                .order_by(func.count().desc(), an.c.name)
            ).mappings()
        ]
        page["events"] = [
            dict(r)
            for r in connection.execute(
                select(
                    ev.c.id,
                    ev.c.type,
                    ev.c.date_start,
                    ev.c.place,
                    ev.c.country,
                    ev.c.killed,
                    ev.c.num_sources,
                    func.min(ma.c.role).label("role"),
                )
                .join(m, m.c.event_id == ev.c.id)
                .join(ma, ma.c.mention_id == m.c.id)
                .where(ma.c.actor_id == actor_id)
                .group_by(
                    ev.c.id,
                    ev.c.type,
                    ev.c.date_start,
                    ev.c.place,
                    ev.c.country,
                    ev.c.killed,
                    ev.c.num_sources,
                )
                .order_by(ev.c.date_start, ev.c.id)
            ).mappings()
        ]
        sourced = [d.c.title, d.c.url, d.c.source.label("outlet"), d.c.published.label("reported")]
        for key, table in (("roles", schema.actor_roles), ("statuses", schema.actor_statuses)):
            page[key] = [  # each with the article that says so
                dict(r)
                for r in connection.execute(
                    select(table, *sourced)
                    .join(d, d.c.id == table.c.document_id)
                    .where(table.c.actor_id == actor_id)
                    .order_by(table.c.date, d.c.id)
                ).mappings()
            ]
    return page


def list_errors(store: Store) -> list[dict[str, Any]]:
    """Documents that failed, with their error and the source to retry from."""
    errors = schema.errors
    with store.engine.connect() as connection:
        return [
            dict(r)
            for r in connection.execute(
                select(errors).order_by(errors.c.recorded_at, errors.c.origin)
            ).mappings()
        ]


def error_sources(store: Store) -> list[str]:
    """The sources to read again for ``--retry-errors``, in the order they failed."""
    seen: dict[str, None] = {}
    for row in list_errors(store):
        seen.setdefault(row["source"] or row["origin"], None)
    return list(seen)


def place_coordinates(store: Store, name: str) -> tuple[float, float] | None:
    """The coordinates of a place the database knows by name, for ``--near PLACE``."""
    ev = schema.events
    with store.engine.connect() as connection:
        row = connection.execute(
            select(ev.c.lat, ev.c.lon)
            .where(func.lower(ev.c.place) == name.casefold(), ev.c.lat.is_not(None))
            .limit(1)
        ).first()
    return (row.lat, row.lon) if row is not None else None


def summary_counts(store: Store) -> dict[str, int]:
    """How many documents, mentions, events, actors and errors the database holds."""
    tables = {
        "documents": schema.documents,
        "mentions": schema.mentions,
        "events": schema.events,
        "actors": schema.actors,
        "errors": schema.errors,
    }
    with store.engine.connect() as connection:
        return {
            name: int(connection.execute(select(func.count()).select_from(t)).scalar_one())
            for name, t in tables.items()
        }


# --- Reads for the dashboard and the REST API (charts, map, places, documents) ---


def count_events(store: Store, query: EventQuery) -> int:
    """How many events match the filters (ignoring limit and offset; ``near`` by its box)."""
    statement = select(func.count()).select_from(_event_statement(store, query).subquery())
    with store.engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def event_points(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """The located events matching the filters, with only what a map marker needs."""
    ev = schema.events
    located = _event_statement(store, query).where(ev.c.lat.is_not(None), ev.c.lon.is_not(None))
    inner = located.subquery()
    statement = select(
        inner.c.id,
        inner.c.lat,
        inner.c.lon,
        inner.c.type,
        inner.c.killed,
        inner.c.date_start,
        inner.c.place,
        inner.c.country,
    ).order_by(inner.c.date_start.desc(), inner.c.id)
    if query.limit is not None:
        statement = statement.limit(query.limit)
    with store.engine.connect() as connection:
        return [dict(r) for r in connection.execute(statement).mappings()]


def events_per_day(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """Events per day and type (dated events only), oldest day first: the timeline's bars."""
    inner = _event_statement(store, query).subquery()
    statement = (
        select(inner.c.date_start.label("date"), inner.c.type, func.count().label("events"))
        .where(inner.c.date_start.is_not(None))
        .group_by(inner.c.date_start, inner.c.type)
        .order_by(inner.c.date_start, inner.c.type)
    )
    with store.engine.connect() as connection:
        return [dict(r) for r in connection.execute(statement).mappings()]


def fatalities_by_country(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """Killed (summed over events) and events per country, most killed first."""
    inner = _event_statement(store, query).subquery()
    killed = func.coalesce(func.sum(inner.c.killed), 0)
    statement = (
        select(inner.c.country, killed.label("killed"), func.count().label("events"))
        .group_by(inner.c.country)
        .order_by(killed.desc(), inner.c.country)
    )
    with store.engine.connect() as connection:
        return [dict(r) for r in connection.execute(statement).mappings()]


def find_places(store: Store, name: str | None = None, *, limit: int = 100) -> list[dict[str, Any]]:
    """Places events happened in (by name, substring), with their event and fatality counts."""
    ev = schema.events
    statement = (
        select(
            ev.c.place,
            ev.c.country,
            ev.c.admin1,
            func.min(ev.c.geonameid).label("geonameid"),
            func.avg(ev.c.lat).label("lat"),
            func.avg(ev.c.lon).label("lon"),
            func.count().label("events"),
            func.coalesce(func.sum(ev.c.killed), 0).label("killed"),
        )
        .where(ev.c.place.is_not(None))
        .group_by(ev.c.place, ev.c.country, ev.c.admin1)
        .order_by(func.count().desc(), ev.c.place)
        .limit(limit)
    )
    if name:
        statement = statement.where(func.lower(ev.c.place).like(f"%{name.casefold()}%"))
    with store.engine.connect() as connection:
        return [dict(r) for r in connection.execute(statement).mappings()]


def find_documents(
    store: Store, *, title: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Stored articles (by title, substring), latest published first, with their event counts."""
    d, m = schema.documents, schema.mentions
    events = (
        select(func.count(func.distinct(m.c.event_id)))
        .where(m.c.document_id == d.c.id)
        .scalar_subquery()
    )
    statement = (
        select(d.c.id, d.c.title, d.c.url, d.c.source, d.c.published, events.label("events"))
        .order_by(d.c.published.desc(), d.c.id)
        .limit(limit)
        .offset(offset)
    )
    if title:
        statement = statement.where(func.lower(d.c.title).like(f"%{title.casefold()}%"))
    with store.engine.connect() as connection:
        return [dict(r) for r in connection.execute(statement).mappings()]


def get_document(store: Store, document_id: str) -> dict[str, Any] | None:
    """One article: its text, entities and places with their spans, and its events' evidence.

    Offsets index ``text``, so a viewer can mark entities and evidence in the article
    (in the manner of displaCy) without running the pipeline again.
    """
    d, m = schema.documents, schema.mentions
    with store.engine.connect() as connection:
        row = connection.execute(select(d).where(d.c.id == document_id)).mappings().first()
        if row is None:
            return None
        event_ids = {
            r.local_id: r.event_id
            for r in connection.execute(
                select(m.c.local_id, m.c.event_id).where(m.c.document_id == document_id)
            )
        }
    report = json.loads(row["report"] or "{}")
    entities = [
        {
            "type": entity.get("type"),
            "name": entity.get("name"),
            "actor_id": (entity.get("actor") or {}).get("id"),
            "spans": [[s["start"], s["end"]] for s in entity.get("mentions", [])],
        }
        for entity in report.get("entities") or []
    ]
    entities += [
        {
            "type": "PLACE",
            "name": place.get("name"),
            "actor_id": None,
            "spans": [[s["start"], s["end"]] for s in place.get("mentions", [])],
        }
        for place in report.get("places") or []
    ]
    events = [
        {
            "id": event_ids.get(event.get("id")),
            "type": event.get("type"),
            "spans": [[s["start"], s["end"]] for s in event.get("evidence", [])],
        }
        for event in report.get("events") or []
    ]
    return {
        "id": row["id"],
        "title": row["title"],
        "url": row["url"],
        "source": row["source"],
        "published": row["published"],
        "text": row["text"],
        "entities": entities,
        "events": events,
    }


def actor_network(store: Store, actor_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """The actors named in the same events as this one, with how many events they share."""
    ma, m, a = schema.mention_actors, schema.mentions, schema.actors
    own_events = (
        select(m.c.event_id)
        .join(ma, ma.c.mention_id == m.c.id)
        .where(ma.c.actor_id == actor_id)
        .scalar_subquery()
    )
    shared = func.count(func.distinct(m.c.event_id))
    statement = (
        select(a.c.id, a.c.name, a.c.type, shared.label("events"))
        .select_from(ma.join(m, m.c.id == ma.c.mention_id).join(a, a.c.id == ma.c.actor_id))
        .where(m.c.event_id.in_(own_events), ma.c.actor_id != actor_id)
        .group_by(a.c.id, a.c.name, a.c.type)
        .order_by(shared.desc(), a.c.id)
        .limit(limit)
    )
    with store.engine.connect() as connection:
        return [dict(r) for r in connection.execute(statement).mappings()]
