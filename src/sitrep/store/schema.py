"""The database schema, as SQLAlchemy Core tables, with named migrations.

One schema for SQLite and PostgreSQL. Each migration has a name and is
recorded in ``_migrations`` when applied, so an existing database is
upgraded in place and never rebuilt (the sqlite-utils migrations pattern).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
)

metadata = MetaData()

migrations_table = Table(
    "_migrations", metadata,
    Column("name", String(200), primary_key=True),
)

documents = Table(
    "documents", metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published", String(40)),
    Column("text", Text, nullable=False),
    Column("report", Text, nullable=False),  # the full report as JSON
)

events = Table(
    "events", metadata,
    Column("id", String(240), primary_key=True),  # document id + event id
    Column("document_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(40), nullable=False),
    Column("mode", String(60)),
    Column("acled_event_type", String(80)),
    Column("acled_sub_event_type", String(80)),
    Column("date", String(40)),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(10)),
    Column("source_actor", Text),
    Column("target_actor", Text),
    Column("place", Text),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("kidnapped", Integer),
    Column("modality", String(20)),
    Column("attribution", Text),
    Column("evidence", Text),
    Column("confidence", Float),
    Index("ix_events_country_date", "country", "date_start"),
    Index("ix_events_type", "type"),
)

errors = Table(
    "errors", metadata,
    Column("origin", Text, primary_key=True),
    Column("code", String(10), nullable=False),
    Column("message", Text, nullable=False),
)


def _initial(connection: Connection) -> None:
    metadata.create_all(connection, tables=[documents, events, errors])


#: Applied in order; never edit or reorder a released migration, add a new one.
MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial", _initial),
]


def migrate(connection: Connection) -> list[str]:
    """Apply the migrations this database has not seen; return their names."""
    metadata.create_all(connection, tables=[migrations_table])
    done = set(connection.execute(select(migrations_table.c.name)).scalars())
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        step(connection)
        connection.execute(migrations_table.insert().values(name=name))
        applied.append(name)
    return applied
