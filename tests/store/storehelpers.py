"""Helpers for the store tests: the project's own articles, database snapshots, a PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from sitrep.ingest.document import SourceDocument

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
PG_BIN = Path(os.environ.get("SITREP_PG_BIN", "/usr/lib/postgresql/15/bin"))
#: Columns that say when something happened on this machine, not what the data is.
VOLATILE = {"ingested_at", "recorded_at", "replaced_at"}


def fixture_documents(directory: Path = FIXTURES) -> list[SourceDocument]:
    """The test articles with the metadata their (invented) outlets give."""
    manifest = yaml.safe_load((directory / "articles.yaml").read_text(encoding="utf-8"))
    documents = []
    for entry in manifest:
        path = directory / "articles" / entry["file"]
        documents.append(
            SourceDocument(
                text=path.read_text(encoding="utf-8"),
                id=path.stem,
                title=entry["title"],
                url=entry["url"],
                source=entry["source"],
                published=entry["published"],
                origin=str(path),
            )
        )
    return documents


def snapshot(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without the machine-time columns: what a run produced."""
    from sitrep.store import schema

    tables = [t for t in schema.metadata.sorted_tables if t.name != "_migrations"]
    result = {}
    with store.engine.connect() as connection:
        for table in tables:
            columns = [c for c in table.columns if c.name not in VOLATILE]
            rows = connection.execute(select(*columns)).all()
            result[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """A throwaway PostgreSQL server in a temporary folder, on a free localhost port."""

    root: Path
    port: int
    as_user: str | None

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_user:
            command = [
                "su",
                self.as_user,
                "-s",
                "/bin/sh",
                "-c",
                " ".join(f"'{part}'" for part in command),
            ]
        return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)

    @classmethod
    def start(cls) -> PostgresServer:
        root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
        as_user = "postgres" if os.geteuid() == 0 else None
        if as_user:
            shutil.chown(root, user=as_user)
        server = cls(root=root, port=free_port(), as_user=as_user)
        server.run(
            "initdb",
            "-D",
            str(root / "data"),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
        )
        server.run(
            "pg_ctl",
            "-D",
            str(root / "data"),
            "-l",
            str(root / "log"),
            "-w",
            "-o",
            f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )
        return server

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def new_database(self, name: str) -> str:
        """A fresh empty database; its URL."""
        import psycopg

        admin = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        for _ in range(20):
            try:
                with psycopg.connect(admin, autocommit=True) as connection:
                    connection.execute(f'CREATE DATABASE "{name}"')
                break
            except psycopg.OperationalError:
                time.sleep(0.2)
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"
