"""`sitrep extract` and `sitrep schema` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app

ARTICLE = (
    "QUETTA, Pakistan: Gunmen killed three policemen at a checkpoint on the outskirts of "
    "Quetta on Sunday, police said.\n"
)


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


def test_json_report_of_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "quetta.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = _run("extract", str(path), "--published", "2024-03-12")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["document"]["published"] == "2024-03-12"
    [event] = [e for e in report["events"] if e["type"] == "ASSAULT"]
    assert event["counts"]["killed"] == 3
    assert event["date"]["value"] == "2024-03-10"
    start, end = event["evidence"][0]["start"], event["evidence"][0]["end"]
    assert ARTICLE[start:end] == event["evidence"][0]["text"]


def test_html_page_keeps_title_and_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Three police killed in Quetta</title>"
        '<meta property="article:published_time" content="2024-03-12T08:00:00Z"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Three police killed in Quetta</h1>"
        f"<p>{ARTICLE.strip()}</p><p>The attackers fled on motorcycles, a police officer "
        "said, and a search of the area was under way on Monday.</p></article>"
        "<footer>Copyright 2024</footer></body></html>",
        encoding="utf-8",
    )
    result = _run("extract", str(page))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["document"]["title"] == "Three police killed in Quetta"
    assert report["document"]["published"].startswith("2024-03-12")
    assert any(e["type"] == "ASSAULT" for e in report["events"])


def test_jsonl_in_and_out_keeps_order(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "a", "text": ARTICLE, "published": "2024-03-12"},
        {"id": "b", "text": "The weather in Quetta was mild on Sunday.", "published": "2024-03-12"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = _run("extract", "--input-format", "jsonl", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["id"] for r in lines] == ["a", "b"]
    assert lines[1]["events"] == []


def test_table_format(tmp_path: Path) -> None:
    path = tmp_path / "quetta.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = _run("extract", str(path), "--published", "2024-03-12", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "ASSAULT" in result.stdout


def test_schema_is_the_reports_json_schema() -> None:
    result = _run("schema")
    schema = json.loads(result.stdout)
    assert {"document", "entities", "places", "times", "events", "quotes"} <= set(
        schema["properties"]
    )


def test_python_api_extract_after_the_pipeline_is_loaded() -> None:
    """``sitrep.extract`` stays the function even once every stage has been imported."""
    import sitrep
    import sitrep.pipeline  # imports every stage package

    report = sitrep.extract(ARTICLE, published="2024-03-12")
    assert isinstance(report, sitrep.Report)
    assert any(e.type == "ASSAULT" for e in report.events)
