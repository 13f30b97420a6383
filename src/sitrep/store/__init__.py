"""Store: the event database (SQLite by default, PostgreSQL at scale) behind one interface.

The Python API, the same functions the CLI and the REST API call::

    from sitrep.store import Store, EventQuery, find_events, get_event
    store = Store("events.sqlite")            # or "postgresql://user@host/db"
    find_events(store, EventQuery(country="AF", since="2024-09-01", text="roadside bomb"))

Names load on first use, so importing ``sitrep.store`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Store": "sitrep.store.database",
    "SaveOutcome": "sitrep.store.database",
    "EventQuery": "sitrep.store.queries",
    "find_events": "sitrep.store.queries",
    "iter_events": "sitrep.store.queries",
    "get_event": "sitrep.store.queries",
    "find_actors": "sitrep.store.queries",
    "actor_page": "sitrep.store.queries",
    "list_errors": "sitrep.store.queries",
    "error_sources": "sitrep.store.queries",
    "summary_counts": "sitrep.store.queries",
    "export_events": "sitrep.store.export",
    "ExportFormat": "sitrep.store.export",
    "ingest": "sitrep.store.runner",
    "watch": "sitrep.store.runner",
    "IngestStats": "sitrep.store.runner",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'sitrep.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
