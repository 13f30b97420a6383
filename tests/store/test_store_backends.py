"""The store on SQLite and on PostgreSQL: the same behaviour, asserted on real reports."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sitrep.store import schema
from sitrep.store.database import SaveOutcome
from sitrep.store.queries import (
    EventQuery,
    actor_page,
    find_actors,
    find_events,
    get_event,
    list_errors,
    summary_counts,
)


def _save_all(store: Any, reports: list[tuple[Any, Any]]) -> list[SaveOutcome]:
    return [store.save(report, doc.text, document=doc) for doc, report in reports]


def _by_name(reports: list[tuple[Any, Any]], name: str) -> tuple[Any, Any]:
    return next(pair for pair in reports if pair[0].id == name)


def test_migrations_are_named_and_recorded(store: Any) -> None:
    with store.engine.connect() as connection:
        names = list(connection.execute(select(schema.migrations_table.c.name)).scalars())
    assert sorted(names) == ["0001_initial", "0002_event_database", "0003_full_text"]


def test_same_article_is_stored_once(store: Any, fixture_reports: list[Any]) -> None:
    first = _save_all(store, fixture_reports)
    again = _save_all(store, fixture_reports)
    assert set(first) == {SaveOutcome.stored}
    assert set(again) == {SaveOutcome.duplicate}
    doc, report = fixture_reports[0]
    copy = type(doc)(text=doc.text, id="copy", url="https://mirror.example/copy", origin="mirror")
    assert store.save(report, doc.text, document=copy) is SaveOutcome.duplicate
    assert summary_counts(store)["documents"] == len(fixture_reports)


def test_changed_article_becomes_a_revision(store: Any, fixture_reports: list[Any]) -> None:
    doc, report = _by_name(fixture_reports, "kandahar-bomb-wire")
    store.save(report, doc.text, document=doc)
    corrected = report.model_copy(deep=True)
    corrected.events[0].counts.killed = 4
    text = doc.text.replace("Three policemen", "Four policemen")
    assert store.save(corrected, text, document=doc) is SaveOutcome.revised
    with store.engine.connect() as connection:
        revisions = connection.execute(select(schema.revisions)).mappings().all()
        stored = connection.execute(select(schema.documents)).mappings().all()
    assert [r["revision"] for r in revisions] == [1]
    assert "Three policemen" in revisions[0]["text"]
    assert len(stored) == 1 and stored[0]["revision"] == 2
    killed = {e["killed"] for e in find_events(store) if e["type"] == "ASSAULT"}
    assert 4 in killed and 3 not in killed


def test_two_outlets_one_bombing_with_conflicting_tolls(
    store: Any, fixture_reports: list[Any]
) -> None:
    _save_all(store, fixture_reports)
    kandahar = find_events(
        store, EventQuery(place="Kandahār", since="2024-09-01", until="2024-09-05")
    )
    assert len(kandahar) == 1
    event = kandahar[0]
    assert event["num_sources"] == 2 and event["num_articles"] == 2
    assert event["killed"] == 2  # the lowest figure, as ACLED codes it
    assert event["conflicts"] == {"killed": [2, 3]}
    assert event["first_report"] == event["last_report"] == "2024-09-03"
    detail = get_event(store, event["id"])
    assert detail is not None
    assert {m["outlet"] for m in detail["mentions"]} == {"Kandahar Times", "Frontier Wire"}
    spans = [s for m in detail["mentions"] for s in m["evidence_spans"]]
    assert any("roadside bomb" in s["text"] for s in spans)


def test_same_day_attack_in_another_town_stays_apart(
    store: Any, fixture_reports: list[Any]
) -> None:
    _save_all(store, fixture_reports)
    same_day = find_events(
        store, EventQuery(type="ASSAULT", since="2024-09-02", until="2024-09-02", country="AF")
    )
    places = sorted(e["place"] for e in same_day)
    assert "Kandahār" in places and "Herāt" in places
    assert places.count("Kandahār") == 1


def test_filters(store: Any, fixture_reports: list[Any]) -> None:
    _save_all(store, fixture_reports)
    pakistan = find_events(store, EventQuery(country="PK"))
    assert [e["type"] for e in pakistan] == ["COERCE"]
    assert find_events(store, EventQuery(actor="ttp"))[0]["id"] == pakistan[0]["id"]
    by_name = find_events(store, EventQuery(actor="tehreek-e-taliban pakistan"))
    assert [e["id"] for e in by_name] == [pakistan[0]["id"]]
    assert find_events(store, EventQuery(type="Arrests"))[0]["id"] == pakistan[0]["id"]
    near_herat = find_events(store, EventQuery(near=(34.35, 62.2), radius_km=25))
    assert near_herat and {e["place"] for e in near_herat} == {"Herāt"}
    found = find_events(store, EventQuery(text="roadside bombs"))
    assert [e["place"] for e in found] == ["Kandahār"]
    assert find_events(store, EventQuery(country="PK", since="2025-01-01")) == []


def test_actor_page_gathers_aliases_roles_status_and_events(
    store: Any, fixture_reports: list[Any]
) -> None:
    _save_all(store, fixture_reports)
    iskp = actor_page(store, "iskp")
    assert iskp is not None and iskp["events"]
    assert any(row["id"] == "ttp" for row in find_actors(store, "Tehreek"))
    person = next(a for a in find_actors(store, "Farid Ahmadi") if a["type"] == "PERSON")
    page = actor_page(store, person["id"])
    assert page is not None
    assert {"Farid Ahmadi"} <= {a["name"] for a in page["aliases"]}
    assert [s["value"] for s in page["statuses"]] == ["killed"]
    assert page["statuses"][0]["outlet"] == "Frontier Wire"
    assert any("governor" in r["title"] for r in page["roles"])


def test_errors_are_recorded_and_listed(store: Any) -> None:
    store.record_error("feeds/broken.xml", "E105", "not a readable feed", source="feeds")
    store.record_error("feeds/broken.xml", "E105", "not a readable feed", source="feeds")
    rows = list_errors(store)
    assert [(r["origin"], r["attempts"], r["source"]) for r in rows] == [
        ("feeds/broken.xml", 2, "feeds")
    ]
    store.clear_error("feeds/broken.xml")
    assert list_errors(store) == []
