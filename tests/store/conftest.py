"""Store fixtures: one pipeline and one set of reports per session, a store per backend."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.store.storehelpers import PG_BIN, PostgresServer, fixture_documents

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def fixture_reports(packaged_nlp: Any) -> list[tuple[Any, Any]]:
    """(document, report) of each test article, extracted once with the shipped model."""
    from sitrep.pipeline import extract_documents

    documents = fixture_documents()
    return list(zip(documents, extract_documents(documents, nlp=packaged_nlp), strict=True))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL 15 server started for this session, or a skip saying why not."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"needs PostgreSQL server binaries in {PG_BIN} (set SITREP_PG_BIN)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("needs the psycopg driver: pip install 'psycopg[binary]'")
    server = PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database URL on each backend: the same tests run on SQLite and PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "events.sqlite")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database(f"sitrep_test_{next(_database_numbers)}")


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    from sitrep.store.database import Store

    opened = Store(store_url)
    yield opened
    opened.close()
