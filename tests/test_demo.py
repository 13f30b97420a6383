"""The demo articles the project ships: each yields the events a coder would record."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def reports(packaged_nlp):  # type: ignore[no-untyped-def]
    from sitrep.demo import demo_documents
    from sitrep.pipeline import extract_documents

    documents = demo_documents()
    return {
        d.id: r
        for d, r in zip(documents, extract_documents(documents, nlp=packaged_nlp), strict=True)
    }


def _events(report, plover_type):  # type: ignore[no-untyped-def]
    return [e for e in report.events if e.type == plover_type and e.modality != "future"]


def test_at_least_five_demo_articles_of_each_kind(reports) -> None:  # type: ignore[no-untyped-def]
    assert len(reports) >= 5
    assert all(r.error is None for r in reports.values())


def test_ambush_killings(reports) -> None:  # type: ignore[no-untyped-def]
    report = reports["maiduguri-ambush"]
    [ambush] = [e for e in _events(report, "ASSAULT") if e.counts.killed]
    assert ambush.counts.killed == 12
    assert ambush.date.value == "2024-03-10"
    source = next(a for a in ambush.actors if a.role == "source")
    assert report.entity(source.entity).actor.id == "iswap"


def test_arrests(reports) -> None:  # type: ignore[no-untyped-def]
    report = reports["peshawar-arrests"]
    arrests = [e for e in _events(report, "COERCE") if e.mode == "arrest"]
    assert any(e.counts.arrested == 4 and e.date.value == "2024-05-16" for e in arrests)
    assert len(arrests) == 2  # Peshawar and, separately, Bannu


def test_bombing(reports) -> None:  # type: ignore[no-untyped-def]
    report = reports["mogadishu-bombing"]
    bombings = [e for e in _events(report, "ASSAULT") if e.counts.killed]
    assert len(bombings) == 1
    [bombing] = bombings
    assert bombing.counts.killed == 9
    assert bombing.counts.injured == 20
    assert report.place(bombing.place).country == "SO"


def test_diplomatic_visit(reports) -> None:  # type: ignore[no-untyped-def]
    report = reports["baghdad-visit"]
    visits = [e for e in _events(report, "CONSULT")]
    assert visits
    assert any(
        e.date.value == "2024-04-22" and report.place(e.place).country == "IQ" for e in visits
    )


def test_protest(reports) -> None:  # type: ignore[no-untyped-def]
    report = reports["nairobi-protest"]
    [protest] = _events(report, "PROTEST")
    assert protest.date.value == "2024-06-19"
    assert report.place(protest.place).country == "KE"
    arrests = _events(report, "COERCE")
    assert any(e.counts.arrested == 30 for e in arrests)


def test_demo_command_stores_events(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.store.database import Store

    db = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    store = Store(db)
    assert store.count_documents() >= 5
    assert any(row["type"] == "ASSAULT" and row["killed"] == 12 for row in store.events())
