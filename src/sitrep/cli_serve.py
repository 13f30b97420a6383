"""The ``serve`` command: the REST API and the dashboard over an event database."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from sitrep.errors import SitrepError


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the main app."""
    app.command()(serve)


def serve(
    db: Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL")] = (
        "sitrep.sqlite"
    ),
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on", min=1, max=65535)] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept POST /api/documents (needs --token)")
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(help="Bearer token for writes; or set SITREP_TOKEN", envvar="SITREP_TOKEN"),
    ] = None,
) -> None:
    """Serve the REST API at /api (OpenAPI at /api/docs) and the dashboard at /."""
    import uvicorn

    from sitrep.serve import create_app
    from sitrep.serve.frontend import DEFAULT_BUNDLE, bundle_ready
    from sitrep.store.database import Store

    if allow_ingest and not token:
        typer.echo(
            "error[E601] --allow-ingest: give --token (or SITREP_TOKEN) so only its holders "
            "can write",
            err=True,
        )
        raise typer.Exit(2)
    try:
        store = Store(db)
    except SitrepError as err:
        typer.echo(err.one_line(), err=True)
        raise typer.Exit(2) from None
    if not bundle_ready(DEFAULT_BUNDLE):
        typer.echo(
            "note: the dashboard is not built (cd web && npm ci && npm run build); the API works",
            err=True,
        )
    app = create_app(store, allow_ingest=allow_ingest, token=token)
    typer.echo(f"sitrep: dashboard http://{host}:{port}/  API http://{host}:{port}/api/docs")
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("SITREP_LOG", "warning"))
