"""The database schema, as SQLAlchemy Core tables, with named migrations.

One schema for SQLite and PostgreSQL. Each migration has a name and is
recorded in ``_migrations`` when applied, so an existing database is
upgraded in place and never rebuilt (the sqlite-utils migrations pattern).

The tables, in the order the data flows:

- ``documents``: one row per article (by URL, or by file/record origin), with
  its text and its report as JSON; ``revisions`` keeps earlier versions.
- ``mentions``: one row per event as one article tells it (GDELT's mentions).
- ``events``: the real-world events, each the merge of one or more mentions,
  with their summary (place, date, lowest counts, conflicting figures flagged,
  number of sources, first and last report).
- ``actors`` with ``actor_names`` (aliases), ``actor_roles``, ``actor_statuses``
  and ``mention_actors``: what the articles say of each actor, each row
  pointing to the document that says it.
- ``errors``: documents that failed, with the source to retry them from.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
    text,
)

metadata = MetaData()

migrations_table = Table(
    "_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published", String(40)),
    Column("text", Text, nullable=False),
    Column("report", Text, nullable=False),  # the full report as JSON
    # added by 0002_event_database
    Column("locator", Text),  # what identifies the article: its URL, else where it was read
    Column("name", Text),  # the document id the source gave (file stem, JSONL id)
    Column("origin", Text),
    Column("revision", Integer),
    Column("ingested_at", String(40)),
)

#: The flat per-document table of 0001, dropped by 0002 (its content is in ``documents.report``).
legacy_events = Table(
    "events",
    MetaData(),
    Column("id", String(240), primary_key=True),
)

revisions = Table(
    "revisions",
    metadata,
    Column("document_id", String(200), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("published", String(40)),
    Column("text", Text, nullable=False),
    Column("report", Text, nullable=False),
    Column("replaced_at", String(40)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(240), primary_key=True),  # the id of the mention that opened it
    Column("family", String(40), nullable=False),
    Column("type", String(40), nullable=False),
    Column("mode", String(60)),
    Column("acled_event_type", String(80)),
    Column("acled_sub_event_type", String(80)),
    Column("date", String(40)),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(10)),
    Column("actor1", Text),
    Column("actor1_id", Text),
    Column("actor2", Text),
    Column("actor2_id", Text),
    Column("place", Text),
    Column("geonameid", Integer),
    Column("feature", String(20)),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("kidnapped", Integer),
    Column("conflicts", Text),  # JSON {"killed": [2, 3]} where sources disagree, else null
    Column("modality", String(20)),
    Column("confidence", Float),
    Column("num_mentions", Integer, nullable=False),
    Column("num_articles", Integer, nullable=False),
    Column("num_sources", Integer, nullable=False),
    Column("first_report", String(40)),
    Column("last_report", String(40)),
    Index("ix_events_country_date", "country", "date_start"),
    Index("ix_events_date", "date_start"),
    Index("ix_events_type_date", "type", "date_start"),
    Index("ix_events_family_date", "family", "date_start"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(240), primary_key=True),  # document id + "#" + event id in the report
    Column("document_id", String(200), nullable=False, index=True),
    Column("event_id", String(240), nullable=False, index=True),
    Column("local_id", String(40), nullable=False),
    Column("family", String(40), nullable=False),
    Column("type", String(40), nullable=False),
    Column("mode", String(60)),
    Column("acled_event_type", String(80)),
    Column("acled_sub_event_type", String(80)),
    Column("date", String(40)),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(10)),
    Column("actor1", Text),
    Column("actor1_id", Text),
    Column("actor2", Text),
    Column("actor2_id", Text),
    Column("place", Text),
    Column("geonameid", Integer),
    Column("feature", String(20)),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("kidnapped", Integer),
    Column("modality", String(20)),
    Column("attribution", Text),
    Column("evidence", Text),  # the evidence sentences, joined: what text search reads
    Column("spans", Text),  # the evidence spans as JSON [[start, end], ...]
    Column("confidence", Float),
    Column("outlet", Text),
    Column("published", String(40)),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(200), primary_key=True),  # knowledge-base id, else kind:slug of the name
    Column("name", Text, nullable=False),
    Column("type", String(20)),
    Column("country", String(2)),
    Column("sector", String(20)),
    Column("linked", Integer, nullable=False),  # 1 when the id is a knowledge-base actor
)

actor_names = Table(
    "actor_names",
    metadata,
    Column("actor_id", String(200), primary_key=True),
    Column("document_id", String(200), primary_key=True, index=True),
    Column("name", Text, primary_key=True),
)

actor_roles = Table(
    "actor_roles",
    metadata,
    Column("actor_id", String(200), nullable=False, index=True),
    Column("document_id", String(200), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("organisation", Text),
    Column("current", Integer, nullable=False),
    Column("date", String(40)),
    Column("evidence", Text),
)

actor_statuses = Table(
    "actor_statuses",
    metadata,
    Column("actor_id", String(200), nullable=False, index=True),
    Column("document_id", String(200), nullable=False, index=True),
    Column("value", String(20), nullable=False),
    Column("date", String(40)),
    Column("evidence", Text),
)

mention_actors = Table(
    "mention_actors",
    metadata,
    Column("mention_id", String(240), primary_key=True),
    Column("actor_id", String(200), primary_key=True, index=True),
    Column("role", String(20), primary_key=True),
    Column("document_id", String(200), nullable=False, index=True),
)

errors = Table(
    "errors",
    metadata,
    Column("origin", Text, primary_key=True),
    Column("code", String(10), nullable=False),
    Column("message", Text, nullable=False),
    # added by 0002_event_database
    Column("source", Text),  # the SOURCE argument to read it again from (file, feed, URL)
    Column("attempts", Integer),
    Column("recorded_at", String(40)),
)

#: Tables created by 0002 (documents and errors exist since 0001 and gain columns).
_NEW_IN_0002 = [
    revisions,
    events,
    mentions,
    actors,
    actor_names,
    actor_roles,
    actor_statuses,
    mention_actors,
]
_COLUMNS_ADDED_IN_0002 = {
    "documents": [
        ("locator", "TEXT"),
        ("name", "TEXT"),
        ("origin", "TEXT"),
        ("revision", "INTEGER"),
        ("ingested_at", "VARCHAR(40)"),
    ],
    "errors": [("source", "TEXT"), ("attempts", "INTEGER"), ("recorded_at", "VARCHAR(40)")],
}


def _initial(connection: Connection) -> None:
    """0001: documents, a flat per-document events table and errors (the lead's first store)."""
    legacy = MetaData()
    Table(
        "documents",
        legacy,
        Column("id", String(200), primary_key=True),
        Column("content_hash", String(64), nullable=False, index=True),
        Column("title", Text),
        Column("url", Text),
        Column("source", Text),
        Column("published", String(40)),
        Column("text", Text, nullable=False),
        Column("report", Text, nullable=False),
    )
    Table(
        "errors",
        legacy,
        Column("origin", Text, primary_key=True),
        Column("code", String(10), nullable=False),
        Column("message", Text, nullable=False),
    )
    Table(
        "events",
        legacy,
        Column("id", String(240), primary_key=True),
        Column("document_id", String(200), nullable=False),
        Column("type", String(40), nullable=False),
        Column("date_start", String(10)),
        Column("country", String(2)),
        Column("evidence", Text),
    )
    legacy.create_all(connection)


def _event_database(connection: Connection) -> None:
    """0002: merged events, mentions, actors, revisions; documents keyed by their locator."""
    legacy_events.drop(connection, checkfirst=True)
    for table, columns in _COLUMNS_ADDED_IN_0002.items():
        for name, sql_type in columns:
            connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {sql_type}"))
    connection.execute(
        text("UPDATE documents SET locator = COALESCE(url, id), name = id, revision = 1")
    )
    connection.execute(text("CREATE UNIQUE INDEX ux_documents_locator ON documents (locator)"))
    metadata.create_all(connection, tables=_NEW_IN_0002)


def _full_text(connection: Connection) -> None:
    """0003: full-text search over the evidence (SQLite FTS5, PostgreSQL tsvector + GIN)."""
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                "CREATE VIRTUAL TABLE mention_fts USING fts5(evidence, mention_id UNINDEXED, "
                "tokenize = 'porter unicode61')"
            )
        )
    elif connection.dialect.name == "postgresql":
        connection.execute(
            text(
                "CREATE INDEX ix_mentions_fts ON mentions "
                "USING GIN (to_tsvector('english', coalesce(evidence, '')))"
            )
        )


#: Applied in order; never edit or reorder a released migration, add a new one.
MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial", _initial),
    ("0002_event_database", _event_database),
    ("0003_full_text", _full_text),
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
