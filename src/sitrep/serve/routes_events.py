"""Event routes: lists with filters and paging, map points, one event, search, statistics."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse, Response

from sitrep.serve.deps import StoreDep
from sitrep.serve.formats import LIST_RESPONSES, respond
from sitrep.serve.params import (
    MAX_POINTS,
    EventOrder,
    Format,
    FormatParam,
    LimitParam,
    OffsetParam,
    event_query,
)
from sitrep.serve.schemas import CountryFatalities, DayCount, EventPage, EventPoint, EventRow
from sitrep.store import queries
from sitrep.store.queries import EventQuery

router = APIRouter(prefix="/api", tags=["events"])
Filters = Annotated[EventQuery, Depends(event_query)]
SortParam = Annotated[EventOrder, Query(description="Order; a leading '-' sorts descending")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such event"}}


@router.get("/events", response_model=EventPage, responses=LIST_RESPONSES)
def list_events(
    store: StoreDep,
    filters: Filters,
    limit: LimitParam = 100,
    offset: OffsetParam = 0,
    sort: SortParam = EventOrder.date_desc,
    format: FormatParam = Format.json,
) -> Response:
    """Merged events matching the filters (as `sitrep events`), one page at a time.

    JSON answers carry the total that match, for paging; CSV answers are the page's rows.
    """
    query = replace(filters, limit=limit, offset=offset, order=sort.value)
    rows = queries.find_events(store, query)
    if format is Format.csv:
        return respond(rows, "csv", name="events")
    total = queries.count_events(store, filters)
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "events": rows})


@router.get("/events/points", response_model=list[EventPoint], responses=LIST_RESPONSES)
def event_points(
    store: StoreDep,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_POINTS, description="Most points")] = 20_000,
    format: FormatParam = Format.json,
) -> Response:
    """The located events matching the filters, latest first, with what a map marker needs."""
    rows = queries.event_points(store, replace(filters, limit=limit))
    return respond(rows, format, name="points")


@router.get("/events/{event_id}", responses=NOT_FOUND)
def get_event(store: StoreDep, event_id: str) -> JSONResponse:
    """One event with its sources: each article, its outlet, and the evidence in context."""
    event = queries.get_event(store, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}; list ids with /api/events")
    for mention in event["mentions"]:
        mention["document_url"] = f"/api/documents/{quote(mention['document_id'], safe='')}"
    return JSONResponse(event)


@router.get("/search", response_model=list[EventRow], responses=LIST_RESPONSES)
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words in the evidence")],
    limit: LimitParam = 50,
    offset: OffsetParam = 0,
    format: FormatParam = Format.json,
) -> Response:
    """Full-text search over the evidence sentences of every event, latest first."""
    rows = queries.find_events(store, EventQuery(text=q, limit=limit, offset=offset))
    return respond(rows, format, name="search")


@router.get("/stats/events-per-day", response_model=list[DayCount], responses=LIST_RESPONSES)
def events_per_day(
    store: StoreDep, filters: Filters, format: FormatParam = Format.json
) -> Response:
    """Events per day and type, oldest first (the dashboard's timeline)."""
    return respond(queries.events_per_day(store, filters), format, name="events-per-day")


@router.get(
    "/stats/fatalities-by-country", response_model=list[CountryFatalities], responses=LIST_RESPONSES
)
def fatalities_by_country(
    store: StoreDep, filters: Filters, format: FormatParam = Format.json
) -> Response:
    """People killed and events per country, most killed first."""
    rows = queries.fatalities_by_country(store, filters)
    return respond(rows, format, name="fatalities-by-country")
