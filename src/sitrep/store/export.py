"""Exports of merged events: ACLED CSV, PLOVER JSON, GeoJSON and Parquet.

Each format is a function from the events a query selects to a file, built
on ``queries.iter_events`` so that an export shows what ``sitrep events``
shows with the same filters.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from sitrep.knowledge.ontology import load_ontology
from sitrep.store import schema
from sitrep.store.database import Store
from sitrep.store.queries import EventQuery, iter_events

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
#: ACLED time precision: 1 the day is known, 2 the week, 3 only the month or less.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}
#: Events whose outlets and notes are fetched in one query.
CHUNK = 500


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    plover_json = "plover-json"
    geojson = "geojson"
    parquet = "parquet"


HAPPENED = frozenset({"asserted", "reported", "claimed"})


def export_events(
    store: Store, path: Path, export_format: ExportFormat | str, query: EventQuery | None = None
) -> int:
    """Write the events the query selects (default: all) to ``path``; return how many."""
    chosen = ExportFormat(export_format)
    events = enriched_events(store, query or EventQuery(limit=None))
    if chosen is ExportFormat.parquet:
        return write_parquet(events, path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if chosen is ExportFormat.acled_csv:
            # ACLED codes what happened: expectations, hypotheses and denials stay out
            happened = (e for e in events if e.get("modality") in HAPPENED)
            return write_acled_csv(happened, handle)
        if chosen is ExportFormat.plover_json:
            return write_plover_json(events, handle)
        return write_geojson(events, handle)


def enriched_events(store: Store, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Events with their outlets, first evidence and actors' sectors, fetched in chunks."""
    chunk: list[dict[str, Any]] = []
    for event in iter_events(store, query):
        chunk.append(event)
        if len(chunk) >= CHUNK:
            yield from _enrich(store, chunk)
            chunk = []
    if chunk:
        yield from _enrich(store, chunk)


def _enrich(store: Store, events: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    m, a = schema.mentions, schema.actors
    ids = [e["id"] for e in events]
    actor_ids = {e[k] for e in events for k in ("actor1_id", "actor2_id") if e[k]}
    outlets: dict[str, list[str]] = {}
    notes: dict[str, str] = {}
    with store.engine.connect() as connection:
        for row in connection.execute(
            select(m.c.event_id, m.c.outlet, m.c.evidence)
            .where(m.c.event_id.in_(ids))
            .order_by(m.c.published, m.c.id)
        ):
            if row.outlet and row.outlet not in outlets.setdefault(row.event_id, []):
                outlets[row.event_id].append(row.outlet)
            notes.setdefault(row.event_id, row.evidence or "")
        sectors: dict[str, str | None] = dict(
            connection.execute(
                select(a.c.id, a.c.sector).where(a.c.id.in_(sorted(actor_ids)))
            ).all()
        )
    for event in events:
        event["sources"] = outlets.get(event["id"], [])
        event["notes"] = notes.get(event["id"], "")
        event["actor1_sector"] = sectors.get(event["actor1_id"])
        event["actor2_sector"] = sectors.get(event["actor2_id"])
        yield event


def acled_row(event: dict[str, Any], number: int) -> dict[str, Any]:
    """One event in ACLED's columns."""
    from sitrep.resolve.gazetteer.features import acled_geo_precision

    iso3 = _iso3(event["country"]) or "XXX"
    return {
        "event_id_cnty": f"{iso3}{number}",
        "event_date": event["date_start"],
        "time_precision": TIME_PRECISION.get(event["date_precision"] or "unknown", 3),
        "event_type": event["acled_event_type"],
        "sub_event_type": event["acled_sub_event_type"],
        "actor1": event["actor1"],
        "inter1": _inter(event, "actor1", "source"),
        "actor2": event["actor2"],
        "inter2": _inter(event, "actor2", "target"),
        "country": _country_name(event["country"]),
        "admin1": event["admin1"],
        "admin2": event["admin2"],
        "location": event["place"],
        "latitude": event["lat"],
        "longitude": event["lon"],
        "geo_precision": acled_geo_precision(event["feature"]) if event["place"] else None,
        "source": "; ".join(event.get("sources", [])),
        "notes": event.get("notes", ""),
        "fatalities": event["killed"] or 0,
    }


def _inter(event: dict[str, Any], actor: str, role: str) -> int | None:
    """ACLED's inter code from what the actor did (event and sub-event type), its sector, else
    a phrase of its name."""
    from sitrep.knowledge.ontology import load_ontology

    if not event[actor]:
        return None
    return load_ontology().actor_inter(
        event[f"{actor}_sector"],
        event[actor],
        acled_event_type=event["acled_event_type"],
        role=role,
        event_country=event.get("country"),
        sub_event_type=event["acled_sub_event_type"],
    )


@lru_cache(maxsize=256)
def _iso3(alpha2: str | None) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return country.alpha_3 if country else None


@lru_cache(maxsize=256)
def _country_name(alpha2: str | None) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return country.name if country else alpha2


def write_acled_csv(events: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    """ACLED's CSV, one row per merged event."""
    writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    count = 0
    for count, event in enumerate(events, start=1):
        writer.writerow(acled_row(event, count))
    return count


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER record (event type, mode, source and target actors, place).

    PLOVER has no modality: it codes cooperation told in the future tense ("will visit")
    as a promise, AGREE, and conflict told so ("will impose a curfew") as a threat,
    THREATEN. The record does the same, as the ontology's ``promised_as`` and
    ``threatened_as`` rules say, and keeps the promised or threatened action in
    ``promised_action``.

    With no target actor, PLOVER codes the place acted on as the target ("shelled Juba",
    "imposed a curfew in Cizre"); the record does too (the ontology's ``place_as_target``),
    with ``target_kind`` "place" and no ``target_id``.
    """
    ontology = load_ontology()
    plover_type = ontology.promised_type(event["type"], event["modality"])
    promised = plover_type != event["type"]
    target, target_kind = ontology.plover_target(event["actor2"], event["place"])
    return {
        "id": event["id"],
        "date": event["date_start"],
        "date_precision": event["date_precision"],
        "event_type": plover_type,
        "mode": None if promised else event["mode"],
        "promised_action": event["type"] if promised else None,
        "source": event["actor1"],
        "source_id": event["actor1_id"],
        "target": target,
        "target_id": event["actor2_id"] if target_kind == "actor" else None,
        "target_kind": target_kind,
        "country": event["country"],
        "location": {
            "name": event["place"],
            "admin1": event["admin1"],
            "admin2": event["admin2"],
            "geonameid": event["geonameid"],
            "lat": event["lat"],
            "lon": event["lon"],
            "feature": event["feature"],
        },
        "fatalities": event["killed"],
        "injured": event["injured"],
        "arrested": event["arrested"],
        "kidnapped": event["kidnapped"],
        "conflicts": event["conflicts"],
        "modality": event["modality"],
        "num_sources": event["num_sources"],
        "num_articles": event["num_articles"],
        "first_report": event["first_report"],
        "last_report": event["last_report"],
        "sources": event.get("sources", []),
        "text": event.get("notes", ""),
    }


def write_plover_json(events: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    """A JSON array of PLOVER records, written one record at a time."""
    count = 0
    handle.write("[")
    for count, event in enumerate(events, start=1):
        handle.write(
            ("\n" if count == 1 else ",\n") + json.dumps(plover_record(event), ensure_ascii=False)
        )
    handle.write("\n]\n")
    return count


def write_geojson(events: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    """A GeoJSON FeatureCollection of points; events without coordinates have no geometry."""
    count = 0
    handle.write('{"type": "FeatureCollection", "features": [')
    for count, event in enumerate(events, start=1):
        geometry = (
            {"type": "Point", "coordinates": [event["lon"], event["lat"]]}
            if event["lat"] is not None and event["lon"] is not None
            else None
        )
        feature = {
            "type": "Feature",
            "id": event["id"],
            "geometry": geometry,
            "properties": plover_record(event),
        }
        handle.write(("\n" if count == 1 else ",\n") + json.dumps(feature, ensure_ascii=False))
    handle.write("\n]}\n")
    return count


def write_parquet(events: Iterable[dict[str, Any]], path: Path) -> int:
    """A Parquet file (pyarrow) with the event columns, the sources as a list."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = [c.name for c in schema.events.columns]
    fields = [pa.field(c.name, _arrow_type(pa, c)) for c in schema.events.columns]
    fields.append(pa.field("sources", pa.list_(pa.string())))
    arrow_schema = pa.schema(fields)
    count = 0
    with pq.ParquetWriter(str(path), arrow_schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            row = {c: event[c] for c in columns}
            row["conflicts"] = json.dumps(event["conflicts"]) if event["conflicts"] else None
            row["sources"] = event.get("sources", [])
            batch.append(row)
            count += 1
            if len(batch) >= 10_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=arrow_schema))
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=arrow_schema))
    return count


def _arrow_type(pa: Any, column: Any) -> Any:
    python_type = column.type.python_type
    if python_type is int:
        return pa.int64()
    if python_type is float:
        return pa.float64()
    return pa.string()
