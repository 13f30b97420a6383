"""Nothing lost, nothing twice: kill -9 mid-ingest and rerun equals an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import typer
from tests.store.storehelpers import fixture_documents, snapshot
from typer.testing import CliRunner

from sitrep.cli_store import register
from sitrep.ingest.files import iter_sources
from sitrep.store.database import Store
from sitrep.store.runner import ingest

CLI = (
    "import typer; from sitrep.cli_store import register; app = typer.Typer(); register(app); app()"
)
OUTLETS = ["Kandahar Times", "Frontier Wire", "Kabul Daily", "Gulf Observer"]


def write_corpus(path: Path) -> int:
    """Each test article as four outlets ran it (slightly different texts): 24 documents."""
    lines = []
    for number, outlet in enumerate(OUTLETS):
        for document in fixture_documents():
            text = document.text + f"\n\nReporting by the {outlet} desk, edition {number + 1}.\n"
            lines.append(
                json.dumps(
                    {
                        "id": f"{document.id}-{number}",
                        "text": text,
                        "published": document.published,
                        "title": document.title,
                        "source": outlet,
                        "url": f"https://outlet{number}.example/{document.id}",
                    }
                )
            )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_kill_9_then_rerun_equals_an_uninterrupted_run(tmp_path: Path, packaged_nlp: Any) -> None:
    corpus = tmp_path / "corpus.jsonl"
    total = write_corpus(corpus)
    killed_db = tmp_path / "killed.sqlite"
    process = subprocess.Popen(
        [sys.executable, "-c", CLI, "ingest", str(corpus), "--db", str(killed_db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while _stored(killed_db) < 4 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    at_kill = _stored(killed_db)
    assert 0 < at_kill < total, "the run was not interrupted partway"

    app = typer.Typer()
    register(app)
    rerun = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(killed_db)])
    assert rerun.exit_code == 0, rerun.output

    reference_db = tmp_path / "reference.sqlite"
    reference = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(reference_db)])
    assert reference.exit_code == 0, reference.output
    killed_then_rerun, uninterrupted = Store(killed_db), Store(reference_db)
    assert snapshot(killed_then_rerun) == snapshot(uninterrupted)
    assert killed_then_rerun.count_documents() == total


def test_worker_processes_give_the_same_database(tmp_path: Path, packaged_nlp: Any) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    lines = corpus.read_text(encoding="utf-8").splitlines()[:8]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    serial, parallel = Store(tmp_path / "serial.sqlite"), Store(tmp_path / "parallel.sqlite")
    ingest(serial, iter_sources([str(corpus)]), nlp=packaged_nlp)
    stats = ingest(parallel, iter_sources([str(corpus)]), workers=2)
    assert (stats.stored, stats.errors) == (8, 0)
    assert snapshot(serial) == snapshot(parallel)
