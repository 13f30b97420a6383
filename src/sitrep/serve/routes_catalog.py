"""Actor, place and document routes, and the database summary."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from sitrep.serve.deps import StoreDep
from sitrep.serve.formats import LIST_RESPONSES, respond
from sitrep.serve.params import Format, FormatParam, LimitParam, OffsetParam
from sitrep.serve.schemas import ActorRow, DocumentRow, PlaceRow, Summary
from sitrep.store import queries

router = APIRouter(prefix="/api")
NameParam = Annotated[str | None, Query(max_length=200, description="Name or part of it")]


@router.get("/summary", response_model=Summary, tags=["meta"])
def summary(store: StoreDep, request: Request) -> JSONResponse:
    """How many documents, mentions, events, actors and errors; whether ingest is open."""
    counts = queries.summary_counts(store)
    return JSONResponse({**counts, "ingest": bool(request.app.state.allow_ingest)})


@router.get("/actors", response_model=list[ActorRow], responses=LIST_RESPONSES, tags=["actors"])
def list_actors(
    store: StoreDep,
    name: NameParam = None,
    limit: LimitParam = 100,
    format: FormatParam = Format.json,
) -> Response:
    """Actors by name or alias, with how many events and articles name them."""
    return respond(queries.find_actors(store, name or None, limit=limit), format, name="actors")


@router.get(
    "/actors/{actor_id}", responses={404: {"description": "No such actor"}}, tags=["actors"]
)
def actor_profile(store: StoreDep, actor_id: str) -> JSONResponse:
    """One actor: aliases, events, roles over time, statuses, and the actors it met in events."""
    page = queries.actor_page(store, actor_id)
    if page is None:
        raise HTTPException(404, f"no actor {actor_id!r}; list them with /api/actors")
    page["network"] = queries.actor_network(store, actor_id)
    return JSONResponse(page)


@router.get("/places", response_model=list[PlaceRow], responses=LIST_RESPONSES, tags=["places"])
def list_places(
    store: StoreDep,
    name: NameParam = None,
    limit: LimitParam = 100,
    format: FormatParam = Format.json,
) -> Response:
    """Places where events happened, most events first."""
    return respond(queries.find_places(store, name or None, limit=limit), format, name="places")


@router.get(
    "/documents", response_model=list[DocumentRow], responses=LIST_RESPONSES, tags=["documents"]
)
def list_documents(
    store: StoreDep,
    title: NameParam = None,
    limit: LimitParam = 100,
    offset: OffsetParam = 0,
    format: FormatParam = Format.json,
) -> Response:
    """Stored articles, latest first, with how many events each reports."""
    rows = queries.find_documents(store, title=title or None, limit=limit, offset=offset)
    return respond(rows, format, name="documents")


@router.get(
    "/documents/{document_id}",
    responses={404: {"description": "No such document"}},
    tags=["documents"],
)
def get_document(store: StoreDep, document_id: str) -> JSONResponse:
    """One article's text with its entities, places and each event's evidence as offsets."""
    document = queries.get_document(store, document_id)
    if document is None:
        raise HTTPException(404, f"no document {document_id!r}; list them with /api/documents")
    return JSONResponse(document)
