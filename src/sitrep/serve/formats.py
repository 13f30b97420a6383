"""JSON or CSV: how list routes answer, chosen by the ``format`` parameter."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from fastapi.responses import JSONResponse, Response

#: The OpenAPI description of a list route's answers: JSON, or CSV with ``format=csv``.
LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}},
}


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Rows as CSV with a header of every key seen; nested values are written as JSON."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: json.dumps(value, ensure_ascii=False)
                if isinstance(value, dict | list)
                else value
                for key, value in row.items()
            }
        )
    return buffer.getvalue()


def respond(rows: Sequence[dict[str, Any]], fmt: str, *, name: str) -> Response:
    """The rows as JSON, or as a CSV download named ``name.csv``."""
    if fmt == "csv":
        return Response(
            to_csv(rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    return JSONResponse(list(rows))
