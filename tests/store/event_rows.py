"""An event row as the query layer returns it, for export tests: every column of the
``events`` table, empty unless given, and asserted unless a modality is given."""

from __future__ import annotations

from typing import Any

from sitrep.store.schema import events


def event_row(**values: Any) -> dict[str, Any]:
    return {**dict.fromkeys(column.name for column in events.c), "modality": "asserted", **values}
