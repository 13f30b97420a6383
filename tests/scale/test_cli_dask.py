"""``sitrep ingest --dask local`` fills the same database as a plain ``sitrep ingest``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from tests.store.storehelpers import snapshot
from typer.testing import CliRunner

from sitrep.cli_store import register
from sitrep.errors import SitrepError
from sitrep.scale.dask_runner import connect
from sitrep.store.database import Store

pytest.importorskip("distributed")


def test_ingest_with_a_local_dask_cluster(
    corpus_jsonl: Path, tmp_path: Path, packaged_nlp: Any
) -> None:
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    plain = tmp_path / "plain.sqlite"
    on_dask = tmp_path / "dask.sqlite"
    first = runner.invoke(app, ["ingest", str(corpus_jsonl), "--db", str(plain)])
    second = runner.invoke(
        app, ["ingest", str(corpus_jsonl), "--db", str(on_dask), "--dask", "local"]
    )
    assert first.exit_code == second.exit_code == 1  # the broken line is recorded
    assert "40 stored" in second.stderr
    assert "error[E105]" in second.stderr
    assert snapshot(Store(on_dask)) == snapshot(Store(plain))


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(SitrepError, match="cannot reach the Dask scheduler"):
        connect("tcp://127.0.0.1:9", timeout="1s")
