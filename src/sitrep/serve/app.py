"""The FastAPI application: the REST API under ``/api`` and the dashboard at ``/``."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sitrep.serve import routes_catalog, routes_events, routes_ingest
from sitrep.serve.frontend import DEFAULT_BUNDLE, mount_dashboard
from sitrep.store.database import Store


def create_app(
    store: Store,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    bundle: Path = DEFAULT_BUNDLE,
    nlp: object | None = None,
) -> FastAPI:
    """The web application over ``store``: read-only unless ``allow_ingest`` with a ``token``.

    ``bundle`` is the built dashboard folder; ``nlp`` a loaded pipeline for ingest
    (loaded on the first article when None).
    """
    if allow_ingest and not token:
        raise ValueError("allow_ingest needs a token, so that only its holders can write")
    app = FastAPI(
        title="sitrep",
        summary="Sourced event data extracted from news articles.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.token = token or ""
    app.state.nlp = nlp
    app.include_router(routes_events.router)
    app.include_router(routes_catalog.router)
    app.include_router(routes_ingest.router)

    @app.exception_handler(ValueError)
    def bad_value(_request: Request, error: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=422)

    mount_dashboard(app, bundle)
    return app
