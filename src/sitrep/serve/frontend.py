"""The dashboard's files: the built bundle if there is one, else a page saying how to build it."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

#: Where ``npm run build`` in ``web/`` writes the bundle (inside the package, so it ships).
DEFAULT_BUNDLE = Path(__file__).resolve().parent / "static"
#: The front end's sources (present in a checkout, not in an installed wheel).
WEB_SOURCES = Path(__file__).resolve().parents[3] / "web"

NOT_BUILT = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>sitrep: dashboard not built</title></head><body>
<h1>The sitrep dashboard is not built</h1>
<p>The REST API works: see <a href="/api/docs">/api/docs</a>.</p>
<p>To build the dashboard, run in the repository: <code>cd web &amp;&amp; npm ci &amp;&amp;
npm run build</code> (or <code>make web</code>), then restart <code>sitrep serve</code>.
It was looked for in <code>{bundle}</code>.</p></body></html>"""


def bundle_ready(bundle: Path) -> bool:
    """True when the built dashboard is there."""
    return (bundle / "index.html").is_file()


def mount_dashboard(app: FastAPI, bundle: Path) -> None:
    """Serve the dashboard at ``/`` (after the API routes), or the build instructions."""
    if bundle_ready(bundle):
        app.mount("/", StaticFiles(directory=bundle, html=True), name="dashboard")
        return

    @app.get("/", include_in_schema=False)
    def not_built() -> HTMLResponse:
        return HTMLResponse(NOT_BUILT.format(bundle=bundle), status_code=503)
