"""The one write route: extract and store an article, only when the server allows it.

Closed (403) unless the app was created with ``allow_ingest=True``; then a request
must carry ``Authorization: Bearer <token>`` (401 otherwise), compared in constant time.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request
from fastapi.responses import JSONResponse

from sitrep.serve.deps import StoreDep
from sitrep.serve.schemas import IngestResult, NewArticle

router = APIRouter(prefix="/api", tags=["ingest"])
GUARDED: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing or wrong bearer token"},
    403: {"description": "This server is read-only (started without --allow-ingest)"},
}


def check_write_access(request: Request, authorization: str | None) -> None:
    """Raise 403 when writes are off, 401 when the bearer token is missing or wrong."""
    if not request.app.state.allow_ingest:
        raise HTTPException(403, "this server is read-only; start it with --allow-ingest --token")
    expected: str = request.app.state.token
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401,
            "missing or wrong token; send the header 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


@router.post("/documents", response_model=IngestResult, responses=GUARDED, status_code=201)
def ingest_document(
    store: StoreDep,
    request: Request,
    article: NewArticle,
    authorization: Annotated[str | None, Header(max_length=500)] = None,
) -> JSONResponse:
    """Extract events from one article and store them (merged with what is there)."""
    check_write_access(request, authorization)
    from sitrep.ingest.document import SourceDocument
    from sitrep.store.runner import ingest

    document = SourceDocument(
        text=article.text,
        title=article.title,
        url=article.url,
        source=article.source,
        published=article.published,
        origin="api",
    )
    stats = ingest(store, [("api", document)], nlp=request.app.state.nlp)
    return JSONResponse(
        {
            "documents": stats.documents,
            "stored": stats.stored,
            "duplicates": stats.duplicates,
            "events": stats.events,
            "errors": stats.error_lines,
        },
        status_code=201,
    )
