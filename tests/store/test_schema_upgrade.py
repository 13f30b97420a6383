"""A database written by the first store (migration 0001) is upgraded in place, not rebuilt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from sitrep.store import schema
from sitrep.store.database import Store, content_hash
from sitrep.store.queries import find_events


def test_0001_database_is_migrated_and_reindexed(tmp_path: Path, fixture_reports: Any) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    doc, report = fixture_reports[0]
    with engine.begin() as connection:
        schema.metadata.create_all(connection, tables=[schema.migrations_table])
        schema._initial(connection)
        connection.execute(schema.migrations_table.insert().values(name="0001_initial"))
        connection.execute(
            text(
                "INSERT INTO documents (id, content_hash, title, url, source, published, text, report)"
                " VALUES ('old-1', :hash, :title, :url, :source, :published, :text, :report)"
            ),
            {
                "hash": content_hash(doc.text),
                "title": doc.title,
                "url": doc.url,
                "source": doc.source,
                "published": doc.published,
                "text": doc.text,
                "report": report.model_dump_json(),
            },
        )
    engine.dispose()
    store = Store(path)
    events = find_events(store)
    assert events and events[0]["place"] == "Kandahār"
    assert store.is_stored(doc)  # found by its URL, the locator the upgrade filled in
