"""The REST API over the demo database: filters, paging, sorting, CSV, pages, errors, writes."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from sitrep.serve import create_app
from sitrep.store.database import Store
from sitrep.store.queries import EventQuery, find_events


def test_events_list_is_the_query_layer_with_total_and_pages(
    client: TestClient, demo_store: Store
) -> None:
    answer = client.get("/api/events", params={"limit": 3}).json()
    expected = find_events(demo_store, EventQuery(limit=3))
    assert [e["id"] for e in answer["events"]] == [e["id"] for e in expected]
    assert answer["total"] == len(find_events(demo_store, EventQuery(limit=None)))
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()["events"]
    assert not {e["id"] for e in second} & {e["id"] for e in answer["events"]}


def test_events_filter_by_country_type_and_dates(client: TestClient) -> None:
    iraq = client.get("/api/events", params={"country": "iq"}).json()["events"]
    assert iraq and {e["country"] for e in iraq} == {"IQ"}
    assaults = client.get("/api/events", params={"type": "ASSAULT"}).json()["events"]
    assert assaults and {e["type"] for e in assaults} == {"ASSAULT"}
    window = client.get("/api/events", params={"since": "2024-04-01", "until": "2024-04-30"})
    assert all("2024-04-01" <= e["date_start"] <= "2024-04-30" for e in window.json()["events"])


def test_events_sorted_by_killed(client: TestClient) -> None:
    events = client.get("/api/events", params={"sort": "-killed"}).json()["events"]
    killed = [e["killed"] for e in events if e["killed"] is not None]
    assert killed == sorted(killed, reverse=True) and events[0]["killed"] == max(killed)


def test_events_as_csv(client: TestClient) -> None:
    answer = client.get("/api/events", params={"format": "csv", "country": "SO"})
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert rows and rows[0]["country"] == "SO" and "killed" in rows[0]


def test_one_event_has_sources_and_evidence_in_context(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "car bomb"}).json()[0]
    event = client.get(f"/api/events/{quote(hit['id'], safe='')}").json()
    mention = event["mentions"][0]
    assert mention["evidence_spans"] and mention["document_url"].startswith("/api/documents/")
    document = client.get(mention["document_url"]).json()
    span = mention["evidence_spans"][0]
    assert document["text"][span["start"] : span["end"]] == span["text"]
    assert any(e["type"] == "PLACE" for e in document["entities"])


def test_actor_profile_with_aliases_roles_and_network(client: TestClient) -> None:
    actors = client.get("/api/actors", params={"name": "nigeria"}).json()
    assert actors
    page = client.get(f"/api/actors/{quote(actors[0]['id'], safe='')}").json()
    assert page["aliases"] and "roles" in page
    assert page["network"] and all(n["id"] != page["id"] for n in page["network"])


def test_places_documents_and_statistics(client: TestClient) -> None:
    places = client.get("/api/places").json()
    assert any(p["place"] == "Baghdad" and p["country"] == "IQ" for p in places)
    assert len(client.get("/api/documents").json()) == 6
    per_day = client.get("/api/stats/events-per-day").json()
    assert per_day == sorted(per_day, key=lambda r: (r["date"], r["type"]))
    fatalities = client.get("/api/stats/fatalities-by-country").json()
    assert fatalities[0]["killed"] == max(r["killed"] for r in fatalities)
    points = client.get("/api/events/points", params={"country": "IQ"}).json()
    assert points and all(p["lat"] is not None for p in points)


def test_unknown_ids_are_404_and_bad_parameters_422(client: TestClient) -> None:
    assert client.get("/api/events/no-such-event").status_code == 404
    assert client.get("/api/actors/no-such-actor").status_code == 404
    assert client.get("/api/documents/nothing").status_code == 404
    for params in (
        {"since": "2024-02-30"},
        {"since": "last week"},
        {"country": "Iraq"},
        {"near": "95,10"},
        {"limit": 0},
        {"sort": "random()"},
        {"type": "x" * 500},
    ):
        assert client.get("/api/events", params=params).status_code == 422, params


def test_sql_in_parameters_is_only_data(client: TestClient) -> None:
    answer = client.get("/api/events", params={"actor": "x' OR '1'='1", "text": "') OR 1=1 --"})
    assert answer.status_code == 200 and answer.json()["events"] == []


def test_writes_are_refused_unless_allowed_with_the_token(demo_db: Path) -> None:
    article = {"text": "Police in Quetta arrested three men on Monday, officials said."}
    read_only = TestClient(create_app(Store(demo_db)))
    assert read_only.post("/api/documents", json=article).status_code == 403
    writable = TestClient(create_app(Store(demo_db), allow_ingest=True, token="s3cret"))
    assert writable.post("/api/documents", json=article).status_code == 401
    wrong = {"Authorization": "Bearer guess"}
    assert writable.post("/api/documents", json=article, headers=wrong).status_code == 401


def test_an_allowed_write_stores_the_article(tmp_path: Path) -> None:
    store = Store(tmp_path / "new.sqlite")
    app = TestClient(create_app(store, allow_ingest=True, token="s3cret"))
    article = {
        "text": "Gunmen killed four police officers at a checkpoint in Quetta on Monday, "
        "provincial officials said.",
        "title": "Four police officers killed in Quetta",
        "published": "2024-09-02",
    }
    answer = app.post("/api/documents", json=article, headers={"Authorization": "Bearer s3cret"})
    assert answer.status_code == 201 and answer.json()["stored"] == 1
    assert app.get("/api/summary").json()["documents"] == 1


def test_dashboard_missing_bundle_says_how_to_build_it(demo_store: Store, tmp_path: Path) -> None:
    answer = TestClient(create_app(demo_store, bundle=tmp_path)).get("/")
    assert answer.status_code == 503
    assert "npm run build" in answer.text and "/api/docs" in answer.text


def test_openapi_description_lists_the_routes(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors/{actor_id}", "/api/search"):
        assert path in paths
