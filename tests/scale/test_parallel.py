"""Batch extraction over several processes gives what one process gives, in input order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.scale.corpus import invented_documents
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.errors import MalformedInput
from sitrep.pipeline import reports_for_inputs
from sitrep.scale.parallel import available_cores, parallel_reports


def test_two_processes_give_the_single_process_reports_in_order(packaged_nlp: Any) -> None:
    items: list[Any] = list(invented_documents(20))
    items.insert(7, MalformedInput("not valid JSON; fix line 8", source="feed.jsonl:8"))
    expected = [r.model_dump() for r in reports_for_inputs(items, nlp=packaged_nlp)]
    got = [
        r.model_dump()
        for r in parallel_reports(
            items, nlp=packaged_nlp, workers=2, chunk_size=3, min_parallel_items=4
        )
    ]
    assert got == expected
    assert got[7]["error"]["code"] == "E105"
    assert [r["document"]["id"] for r in got[:3]] == ["story-000", "story-001", "story-002"]
    assert any(r["events"] for r in got)


def test_a_short_input_stays_in_this_process(packaged_nlp: Any) -> None:
    documents = invented_documents(2)
    reports = list(parallel_reports(documents, nlp=packaged_nlp, workers=2))
    assert [r.document.id for r in reports] == ["story-000", "story-001"]


def test_the_default_is_every_available_core() -> None:
    assert available_cores() >= 1


def test_extract_command_runs_jsonl_in_parallel_keeping_order_and_errors(
    corpus_jsonl: Path, packaged_nlp: Any
) -> None:
    result = CliRunner().invoke(
        app, ["extract", str(corpus_jsonl), "--input-format", "jsonl", "--format", "jsonl"]
    )
    assert result.exit_code == 1  # one broken line
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 41
    ids = [line.split('"id":"', 1)[1].split('"', 1)[0] for line in lines]
    assert ids[:10] == [f"story-{n:03d}" for n in range(10)]
    assert ids[11:] == [f"story-{n:03d}" for n in range(10, 40)]
    assert '"code":"E105"' in lines[10]
    assert "error[E105]" in result.stderr
