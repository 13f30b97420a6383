"""JSON Lines: one article per line, ``{"id","text","published","title","url","source"}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import InputError, MalformedInput
from sitrep.ingest.dates import parse_published
from sitrep.ingest.document import SourceDocument

FIELDS = ("id", "text", "published", "title", "url", "source", "country")


def iter_jsonl(path: Path, *, encoding: str | None = None) -> Iterator[SourceDocument | InputError]:
    """Each line's document, or the error that line has; a bad line never stops the rest."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                yield document_from_record(raw, origin=origin, encoding=encoding)
            except InputError as err:
                yield err


def document_from_record(
    raw: bytes | str, *, origin: str, encoding: str | None = None
) -> SourceDocument:
    """One JSON record as a document, with errors that name the line and the fix."""
    try:
        line = raw.decode(encoding or "utf-8") if isinstance(raw, bytes) else raw
        record = json.loads(line)
    except UnicodeDecodeError:
        raise MalformedInput(
            "line is not valid UTF-8; re-save the file as UTF-8", source=origin
        ) from None
    except json.JSONDecodeError as err:
        raise MalformedInput(
            f"not valid JSON ({err.msg} at column {err.colno}); each line must be one JSON object",
            source=origin,
        ) from None
    if not isinstance(record, dict):
        raise MalformedInput("line is not a JSON object with a 'text' field", source=origin)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedInput("record has no 'text' (a non-empty string)", source=origin)
    unknown_types = [k for k in FIELDS if k in record and not isinstance(record[k], str | None)]
    if unknown_types:
        raise MalformedInput(f"fields {unknown_types} must be strings", source=origin)
    return SourceDocument(
        text=text,
        id=str(record.get("id") or ""),
        title=record.get("title"),
        url=record.get("url"),
        source=record.get("source"),
        published=parse_published(record.get("published"), source=origin),
        country=(record.get("country") or None),
        origin=origin,
    )
