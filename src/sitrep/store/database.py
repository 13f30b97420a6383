"""The event store: one interface, SQLite (a file, WAL) by default, any SQLAlchemy URL beside it.

Each document is written in one transaction with its report and events, so
a crash leaves either the whole document or nothing. Writing the same
document again replaces its rows (idempotent).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, select
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.model import Report
from sitrep.store import schema


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a plain file path."""
    text = str(target)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


class Store:
    def __init__(self, target: str | Path) -> None:
        self.url = database_url(target)
        try:
            self.engine: Engine = create_engine(self.url)
        except (SQLAlchemyError, ImportError) as err:
            raise StoreError(f"cannot open the database: {err}", source=self.url) from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            with self.engine.begin() as connection:
                schema.migrate(connection)
        except SQLAlchemyError as err:
            raise StoreError(
                f"cannot prepare the database ({err.__class__.__name__}); check the path is "
                "writable and is a sitrep database", source=self.url,
            ) from None

    def save(self, report: Report, text: str) -> None:
        """Store one document with its report and events, in one transaction."""
        doc = report.document
        row = {
            "id": doc.id, "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "title": doc.title, "url": doc.url, "source": doc.source, "published": doc.published,
            "text": text, "report": report.model_dump_json(exclude_none=False),
        }
        with self.engine.begin() as connection:
            connection.execute(delete(schema.events).where(schema.events.c.document_id == doc.id))
            connection.execute(delete(schema.documents).where(schema.documents.c.id == doc.id))
            connection.execute(schema.documents.insert().values(**row))
            rows = list(event_rows(report))
            if rows:
                connection.execute(schema.events.insert(), rows)

    def record_error(self, origin: str, code: str, message: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(schema.errors).where(schema.errors.c.origin == origin))
            connection.execute(schema.errors.insert().values(origin=origin, code=code, message=message))

    def events(self, *, limit: int = 1000) -> list[dict[str, Any]]:
        """Stored events, newest first."""
        query = select(schema.events).order_by(schema.events.c.date_start.desc()).limit(limit)
        with self.engine.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(query)]

    def count_documents(self) -> int:
        with self.engine.connect() as connection:
            return len(connection.execute(select(schema.documents.c.id)).all())


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def event_rows(report: Report) -> Iterator[dict[str, Any]]:
    """The flat event rows a report gives, one per event."""
    for ev in report.events:
        place = report.place(ev.place)
        source = next((a.name for a in ev.actors if a.role == "source"), None)
        target = next((a.name for a in ev.actors if a.role == "target"), None)
        yield {
            "id": f"{report.document.id}#{ev.id}", "document_id": report.document.id,
            "type": ev.type, "mode": ev.mode,
            "acled_event_type": ev.acled.event_type if ev.acled else None,
            "acled_sub_event_type": ev.acled.sub_event_type if ev.acled else None,
            "date": ev.date.value, "date_start": ev.date.start, "date_end": ev.date.end,
            "date_precision": ev.date.precision, "source_actor": source, "target_actor": target,
            "place": place.name if place else None, "country": place.country if place else None,
            "admin1": place.admin1 if place else None,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
            "killed": ev.counts.killed, "injured": ev.counts.injured,
            "arrested": ev.counts.arrested, "kidnapped": ev.counts.kidnapped,
            "modality": ev.modality,
            "attribution": ev.attribution.text if ev.attribution else None,
            "evidence": " … ".join(s.text for s in ev.evidence),
            "confidence": ev.confidence,
        }
