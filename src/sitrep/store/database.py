"""The event store: one interface over SQLite (a file, WAL, one writer) and PostgreSQL.

Each document is written in one transaction with its report, its mentions,
what it says of actors and the merged events it touches, so a crash (even
``kill -9``) leaves either the whole document or nothing. Writing the same
article again (same URL or origin and same text, or the same text anywhere)
changes nothing; a changed text at the same URL or origin becomes a new
revision, and the earlier one is kept in ``revisions``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.ingest.document import SourceDocument
from sitrep.model import Report
from sitrep.store import schema
from sitrep.store.merge import (
    EventFacts,
    MergeRules,
    could_match,
    load_merge_rules,
    match_score,
)
from sitrep.store.records import actor_facts, facts_of, mention_rows, now_iso
from sitrep.store.summary import summarise


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a plain file path (``postgresql://`` uses psycopg 3)."""
    text_ = str(target)
    if text_.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text_.split("://", 1)[1]
    return text_ if "://" in text_ else f"sqlite:///{Path(text_).expanduser()}"


class SaveOutcome(StrEnum):
    """What saving a document did."""

    stored = "stored"
    duplicate = "duplicate"
    revised = "revised"


def content_hash(text_: str) -> str:
    """The SHA-256 of the text: the same article read twice has the same hash."""
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def document_locator(report: Report, document: SourceDocument | None = None) -> str:
    """What identifies an article across runs: its URL, else where it was read, else its id."""
    if document is not None:
        return document.url or document.origin or document.id
    return report.document.url or report.document.id


def document_key(locator: str) -> str:
    """The stored document id: short and stable for one locator."""
    return "d" + hashlib.sha1(locator.encode("utf-8")).hexdigest()[:15]


class Store:
    """An event database at a path or URL, migrated to the current schema on opening."""

    def __init__(self, target: str | Path, *, rules: MergeRules | None = None) -> None:
        self.url = database_url(target)
        self.rules = rules or load_merge_rules()
        try:
            self.engine: Engine = create_engine(self.url)
        except (SQLAlchemyError, ImportError) as err:
            raise StoreError(f"cannot open the database: {err}", source=self.url) from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            with self.engine.begin() as connection:
                applied = schema.migrate(connection)
        except SQLAlchemyError as err:
            raise StoreError(
                f"cannot prepare the database ({err.__class__.__name__}: {err.args[0][:200]}); "
                "check the path is writable, the server is running and this is a sitrep database",
                source=self.url,
            ) from None
        if "0002_event_database" in applied and self.count_documents():
            self.reindex()

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # ------------------------------------------------------------------ writing

    def is_stored(self, document: SourceDocument) -> bool:
        """True when this exact article is already stored (so extraction can be skipped)."""
        locator = document.url or document.origin or document.id
        digest = content_hash(document.text)
        docs = schema.documents
        with self.engine.connect() as connection:
            row = connection.execute(
                select(docs.c.content_hash).where(docs.c.locator == locator)
            ).first()
            if row is not None:
                return bool(row.content_hash == digest)
            return (
                connection.execute(
                    select(docs.c.id).where(docs.c.content_hash == digest).limit(1)
                ).first()
                is not None
            )

    def has_url(self, url: str) -> bool:
        """True when an article from this URL is stored (feeds skip fetching it again)."""
        with self.engine.connect() as connection:
            return (
                connection.execute(
                    select(schema.documents.c.id).where(schema.documents.c.locator == url)
                ).first()
                is not None
            )

    def save(
        self, report: Report, text_: str, *, document: SourceDocument | None = None
    ) -> SaveOutcome:
        """Store one document with its report, mentions, actors and merged events, atomically."""
        locator = document_locator(report, document)
        digest = content_hash(text_)
        docs = schema.documents
        try:
            with self.engine.begin() as connection:
                existing = connection.execute(select(docs).where(docs.c.locator == locator)).first()
                if (existing is not None and existing.content_hash == digest) or (
                    existing is None
                    and connection.execute(
                        select(docs.c.id).where(docs.c.content_hash == digest).limit(1)
                    ).first()
                    is not None
                ):
                    outcome = SaveOutcome.duplicate
                else:
                    outcome = self._write(
                        connection,
                        report,
                        text_,
                        document,
                        locator,
                        digest,
                        existing._mapping if existing is not None else None,
                    )
                if document is not None:
                    connection.execute(
                        delete(schema.errors).where(schema.errors.c.origin == document.origin)
                    )
                return outcome
        except SQLAlchemyError as err:
            raise StoreError(
                f"cannot store the document ({err.__class__.__name__}); nothing of it was "
                "written, run the same command again",
                source=locator,
            ) from None

    def _write(
        self,
        connection: Connection,
        report: Report,
        text_: str,
        document: SourceDocument | None,
        locator: str,
        digest: str,
        existing: Any,
    ) -> SaveOutcome:
        doc = report.document
        row = {
            "content_hash": digest,
            "title": doc.title,
            "url": doc.url,
            "source": doc.source,
            "published": doc.published,
            "text": text_,
            "report": report.model_dump_json(exclude_none=False),
            "locator": locator,
            "name": doc.id,
            "origin": document.origin if document else None,
            "ingested_at": now_iso(),
        }
        if existing is None:
            doc_id = document_key(locator)
            connection.execute(schema.documents.insert().values(id=doc_id, revision=1, **row))
            outcome = SaveOutcome.stored
        else:
            doc_id = existing["id"]
            revision = existing["revision"] or 1
            connection.execute(
                schema.revisions.insert().values(
                    document_id=doc_id,
                    revision=revision,
                    content_hash=existing["content_hash"],
                    title=existing["title"],
                    published=existing["published"],
                    text=existing["text"],
                    report=existing["report"],
                    replaced_at=row["ingested_at"],
                )
            )
            self._unindex(connection, doc_id)
            connection.execute(
                schema.documents.update()
                .where(schema.documents.c.id == doc_id)
                .values(revision=revision + 1, **row)
            )
            outcome = SaveOutcome.revised
        self._index(connection, doc_id, report)
        return outcome

    def _index(self, connection: Connection, doc_id: str, report: Report) -> None:
        """Write what a document says: actors, mentions, and the events they merge into."""
        facts = actor_facts(report, doc_id)
        if facts.actors:
            known = set(
                connection.execute(
                    select(schema.actors.c.id).where(schema.actors.c.id.in_(list(facts.actors)))
                ).scalars()
            )
            new = [row for key, row in facts.actors.items() if key not in known]
            if new:
                connection.execute(schema.actors.insert(), new)
        if facts.names:
            connection.execute(
                schema.actor_names.insert(),
                [{"actor_id": a, "document_id": doc_id, "name": n} for a, n in sorted(facts.names)],
            )
        if facts.roles:
            connection.execute(schema.actor_roles.insert(), facts.roles)
        if facts.statuses:
            connection.execute(schema.actor_statuses.insert(), facts.statuses)
        for row, actor_rows, mention_facts in mention_rows(report, doc_id, self.rules):
            target = self._find_event(connection, mention_facts)
            opens_event = target is None
            if target is None:
                target = self._new_event_id(connection, row["id"])
            row["event_id"] = target
            connection.execute(schema.mentions.insert().values(**row))
            if actor_rows:
                connection.execute(schema.mention_actors.insert(), actor_rows)
            if self.dialect == "sqlite":
                connection.execute(
                    text("INSERT INTO mention_fts (evidence, mention_id) VALUES (:e, :m)"),
                    {"e": row["evidence"], "m": row["id"]},
                )
            if opens_event:
                connection.execute(schema.events.insert().values(**summarise(target, [row])))
            else:
                self._refresh_event(connection, target)

    def _new_event_id(self, connection: Connection, mention_id: str) -> str:
        """The mention's own id, unless an event still holds it (after a revision)."""
        candidate, n = mention_id, 1
        while (
            connection.execute(
                select(schema.events.c.id).where(schema.events.c.id == candidate)
            ).first()
            is not None
        ):
            n += 1
            candidate = f"{mention_id}~{n}"
        return candidate

    def _find_event(self, connection: Connection, mention: EventFacts) -> str | None:
        """The stored event this mention tells, if any: the best-scoring compatible one."""
        if not mention.date_start:
            return None
        ev = schema.events
        slack = dt.timedelta(
            days=2 * self.rules.date_tolerance_days + self.rules.undated_lookback_days
        )
        low = (dt.date.fromisoformat(mention.date_start) - slack).isoformat()
        high = (dt.date.fromisoformat(mention.date_end or mention.date_start) + slack).isoformat()
        query = select(ev).where(
            ev.c.family == mention.family, ev.c.date_start <= high, ev.c.date_end >= low
        )
        if mention.country:
            query = query.where((ev.c.country == mention.country) | ev.c.country.is_(None))
        rows = [dict(r) for r in connection.execute(query.order_by(ev.c.id)).mappings()]
        rows = [r for r in rows if could_match(mention, facts_of(r, documents=set()), self.rules)]
        if not rows:
            return None
        documents, linked = self._event_context(connection, [r["id"] for r in rows])
        best: tuple[float, str] | None = None
        for row in rows:
            facts = facts_of(
                row, linked=linked.get(row["id"], set()), documents=documents.get(row["id"], set())
            )
            score = match_score(mention, facts, self.rules)
            if score is not None and (best is None or score > best[0]):
                best = (score, row["id"])
        return best[1] if best else None

    def _event_context(
        self, connection: Connection, event_ids: list[str]
    ) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """For each event: the documents that tell it, its knowledge-base actors by role."""
        m, ma, actors = schema.mentions, schema.mention_actors, schema.actors
        documents: dict[str, set[str]] = {}
        for event_id, document_id in connection.execute(
            select(m.c.event_id, m.c.document_id).where(m.c.event_id.in_(event_ids))
        ):
            documents.setdefault(event_id, set()).add(document_id)
        linked: dict[str, set[str]] = {}
        for event_id, role, actor_id in connection.execute(
            select(m.c.event_id, ma.c.role, ma.c.actor_id)
            .join(m, m.c.id == ma.c.mention_id)
            .join(actors, actors.c.id == ma.c.actor_id)
            .where(
                m.c.event_id.in_(event_ids),
                actors.c.linked == 1,
                ma.c.role.in_(["source", "target"]),
            )
        ):
            linked.setdefault(event_id, set()).add(f"{role}:{actor_id}")
        return documents, linked

    def _refresh_event(self, connection: Connection, event_id: str) -> None:
        """Recompute an event's summary from its mentions; drop it when none is left."""
        rows = [
            dict(r)
            for r in connection.execute(
                select(schema.mentions).where(schema.mentions.c.event_id == event_id)
            ).mappings()
        ]
        connection.execute(delete(schema.events).where(schema.events.c.id == event_id))
        if rows:
            connection.execute(schema.events.insert().values(**summarise(event_id, rows)))

    def _unindex(self, connection: Connection, doc_id: str) -> None:
        """Remove what a document said, and recompute the events it touched."""
        m = schema.mentions
        touched = sorted(
            set(connection.execute(select(m.c.event_id).where(m.c.document_id == doc_id)).scalars())
        )
        if self.dialect == "sqlite":
            connection.execute(
                text(
                    "DELETE FROM mention_fts WHERE mention_id IN "
                    "(SELECT id FROM mentions WHERE document_id = :d)"
                ),
                {"d": doc_id},
            )
        for table in (
            schema.mention_actors,
            schema.mentions,
            schema.actor_names,
            schema.actor_roles,
            schema.actor_statuses,
        ):
            connection.execute(delete(table).where(table.c.document_id == doc_id))
        for event_id in touched:
            self._refresh_event(connection, event_id)

    def reindex(self) -> int:
        """Rebuild mentions, actors and merged events from the stored reports; return documents.

        For a database written before the event tables existed, or after the
        merge rules changed.
        """
        docs = schema.documents
        with self.engine.begin() as connection:
            if self.dialect == "sqlite":
                connection.execute(text("DELETE FROM mention_fts"))
            for table in (
                schema.events,
                schema.mentions,
                schema.mention_actors,
                schema.actor_names,
                schema.actor_roles,
                schema.actor_statuses,
            ):
                connection.execute(delete(table))
            rows = connection.execute(
                select(docs.c.id, docs.c.report).order_by(docs.c.ingested_at, docs.c.id)
            ).all()
            for row in rows:
                self._index(connection, row.id, Report.model_validate_json(row.report))
        return len(rows)

    def record_error(
        self, origin: str, code: str, message: str, *, source: str | None = None
    ) -> None:
        """Remember a document that failed, and where to read it again from."""
        errors = schema.errors
        with self.engine.begin() as connection:
            attempts = connection.execute(
                select(errors.c.attempts).where(errors.c.origin == origin)
            ).scalar()
            connection.execute(delete(errors).where(errors.c.origin == origin))
            connection.execute(
                errors.insert().values(
                    origin=origin,
                    code=code,
                    message=message,
                    source=source or origin,
                    attempts=(attempts or 0) + 1,
                    recorded_at=now_iso(),
                )
            )

    def clear_error(self, origin: str) -> None:
        """Forget the error of a document that is now stored."""
        with self.engine.begin() as connection:
            connection.execute(delete(schema.errors).where(schema.errors.c.origin == origin))

    # ------------------------------------------------------------------ reading

    def events(self, *, limit: int = 1000) -> list[dict[str, Any]]:
        """Merged events, latest first (``sitrep.store.queries.find_events`` has the filters)."""
        from sitrep.store.queries import EventQuery, find_events

        return find_events(self, EventQuery(limit=limit))

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self.engine.connect() as connection:
            return int(
                connection.execute(select(func.count()).select_from(schema.documents)).scalar_one()
            )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
