"""The database commands end to end: ingest, events, show, actors, errors, export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from tests.store.storehelpers import fixture_documents
from typer.testing import CliRunner

from sitrep.cli_store import register
from sitrep.store.export import ACLED_COLUMNS


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    application = typer.Typer()
    register(application)
    return application


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, app: typer.Typer) -> str:
    """The test articles ingested once through the command, as JSON Lines with metadata."""
    folder = tmp_path_factory.mktemp("cli")
    lines = [
        json.dumps(
            {
                "id": d.id,
                "text": d.text,
                "published": d.published,
                "title": d.title,
                "url": d.url,
                "source": d.source,
            }
        )
        for d in fixture_documents()
    ]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"text": "no closing brace"\n', encoding="utf-8")
    db = str(folder / "cli.sqlite")
    result = CliRunner().invoke(
        app, ["ingest", str(folder / "articles.jsonl"), str(folder / "broken.jsonl"), "--db", db]
    )
    assert result.exit_code == 1, result.output  # the broken line fails, the rest is stored
    assert "error[E105]" in result.stderr and "6 stored" in result.stderr
    return db


def _json(app: typer.Typer, *args: str) -> object:
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_events_and_show(app: typer.Typer, database: str) -> None:
    events = _json(
        app,
        "events",
        "--db",
        database,
        "--country",
        "AF",
        "--since",
        "2024-09-02",
        "--until",
        "2024-09-02",
    )
    assert isinstance(events, list)
    kandahar = next(e for e in events if e["place"] == "Kandahār")
    assert kandahar["conflicts"] == {"killed": [2, 3]}
    shown = CliRunner().invoke(app, ["show", kandahar["id"], "--db", database])
    assert shown.exit_code == 0
    assert "Kandahar Times" in shown.stdout and "Frontier Wire" in shown.stdout
    assert "sources disagree" in shown.stdout
    missing = CliRunner().invoke(app, ["show", "nope", "--db", database])
    assert missing.exit_code == 1 and "no such event" in missing.stderr


def test_text_search_and_near(app: typer.Typer, database: str) -> None:
    found = _json(app, "events", "--db", database, "--text", "suspected militants raid")
    assert [e["place"] for e in found] == ["Peshawar"]  # type: ignore[union-attr]
    near = _json(app, "events", "--db", database, "--near", "Herāt", "--radius", "10")
    assert {e["place"] for e in near} == {"Herāt"}  # type: ignore[union-attr]


def test_actors_list_and_page(app: typer.Typer, database: str) -> None:
    actors = _json(app, "actors", "list", "Khorasan", "--db", database)
    assert [a["id"] for a in actors] == ["iskp"]  # type: ignore[index]
    page = _json(app, "actors", "show", "iskp", "--db", database)
    assert len(page["events"]) >= 2  # type: ignore[index]


def test_errors_lists_the_broken_line(app: typer.Typer, database: str) -> None:
    errors = _json(app, "errors", "--db", database)
    assert [e["code"] for e in errors] == ["E105"]  # type: ignore[union-attr]
    assert errors[0]["origin"].endswith("broken.jsonl:1")  # type: ignore[index]


@pytest.mark.parametrize("kind", ["acled-csv", "plover-json", "geojson", "parquet"])
def test_export_formats(app: typer.Typer, database: str, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"events.{kind}"
    result = CliRunner().invoke(
        app, ["export", str(out), "--format", kind, "--db", database, "--country", "AF"]
    )
    assert result.exit_code == 0, result.output
    if kind == "acled-csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert tuple(rows[0]) == ACLED_COLUMNS
        kandahar = next(
            r for r in rows if r["location"] == "Kandahār" and r["event_date"] == "2024-09-02"
        )
        assert kandahar["event_id_cnty"].startswith("AFG")
        assert kandahar["fatalities"] == "2" and kandahar["geo_precision"] == "1"
        assert kandahar["source"] == "Kandahar Times; Frontier Wire"
        assert kandahar["country"] == "Afghanistan" and kandahar["time_precision"] == "1"
    elif kind == "plover-json":
        records = json.loads(out.read_text(encoding="utf-8"))
        # the Kandahar attack, and the resignation of the governor the appointment replaces
        assert {r["event_type"] for r in records} == {"ASSAULT", "RETREAT"}
        resigned = next(r for r in records if r["event_type"] == "RETREAT")
        assert resigned["mode"] == "resign" and resigned["promised_action"] is None
    elif kind == "geojson":
        collection = json.loads(out.read_text(encoding="utf-8"))
        point = next(f for f in collection["features"] if f["geometry"])
        assert point["geometry"]["type"] == "Point" and len(point["geometry"]["coordinates"]) == 2
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert {"id", "date_start", "country", "killed", "sources"} <= set(table.column_names)
        assert set(table.column("country").to_pylist()) == {"AF"}


def test_unknown_export_format_is_a_clear_error(app: typer.Typer, database: str) -> None:
    result = CliRunner().invoke(app, ["export", "x.out", "--format", "xlsx", "--db", database])
    assert result.exit_code == 2 and "choose one of" in result.stderr


def test_watch_polls_a_feed_file_and_takes_only_new_items(app: typer.Typer, tmp_path: Path) -> None:
    import html

    documents = [d for d in fixture_documents() if d.id in {"herat-checkpoint", "peshawar-raid"}]
    entries = "".join(
        f"<entry><title>{html.escape(d.title or '')}</title><link href='{d.url}'/>"
        f"<id>{d.url}</id><updated>{d.published}T08:00:00Z</updated>"
        f"<content type='html'>{html.escape(''.join(f'<p>{p}</p>' for p in d.text.split(chr(10) * 2)) * 2)}"
        f"</content></entry>"
        for d in documents
    )
    feed = tmp_path / "wire.atom"
    feed.write_text(
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Frontier Wire</title><id>urn:wire</id><updated>2024-09-06T08:00:00Z</updated>"
        f"{entries}</feed>",
        encoding="utf-8",
    )
    db = str(tmp_path / "watch.sqlite")
    result = CliRunner().invoke(
        app, ["watch", str(feed), "--db", db, "--every", "0s", "--max-polls", "2"]
    )
    assert result.exit_code == 0, result.output
    assert "poll 1: 2 new" in result.stderr and "poll 2: 0 new" in result.stderr
    events = _json(app, "events", "--db", db, "--country", "PK")
    assert events[0]["first_report"] == "2024-09-06"  # type: ignore[index]
