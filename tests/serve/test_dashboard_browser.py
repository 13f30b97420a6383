"""The dashboard in a real browser (Chromium via Playwright) over the demo database."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser


def _open_map(page: Any, url: str) -> int:
    page.goto(url)
    page.wait_for_selector("body[data-ready='true']", timeout=15_000)
    page.wait_for_selector("#timeline svg rect.bar")
    return int(page.get_attribute("#map", "data-points"))


def test_map_shows_markers_and_brushing_the_timeline_filters_them(
    page: Any, live_server: str, artifacts: Path
) -> None:
    total = _open_map(page, live_server + "/")
    assert total >= 5
    # single markers are drawn on a canvas; clusters are elements showing their count
    page.wait_for_selector("#map .marker-cluster")
    assert page.locator("#map .marker-cluster, #map canvas").count() >= 1
    page.screenshot(path=str(artifacts / "dashboard-map.png"))

    # brush the last fifth of the timeline: only the latest events stay on the map
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.80, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=8)
    page.mouse.up()
    page.wait_for_function("location.hash.includes('since=')")
    page.wait_for_function(f"Number(document.querySelector('#map').dataset.points) < {total}")
    page.wait_for_selector("body[data-ready='true']")
    brushed = int(page.get_attribute("#map", "data-points"))
    assert 0 < brushed < total
    assert "until=" in page.evaluate("location.hash")
    page.screenshot(path=str(artifacts / "dashboard-brushed.png"))


def test_filters_are_kept_in_the_url(page: Any, live_server: str) -> None:
    shown = _open_map(page, live_server + "/#/?country=IQ")
    assert shown >= 1
    assert page.input_value("#filters input[name=country]") == "IQ"
    assert page.locator("#status").inner_text().startswith(f"{shown} located events")


def test_event_page_highlights_its_evidence_in_the_article(
    page: Any, live_server: str, client: Any, artifacts: Path
) -> None:
    event = client.get("/api/search", params={"q": "bomb"}).json()[0]
    page.goto(f"{live_server}/#/event/{quote(event['id'], safe='')}")
    page.wait_for_selector(".article .evidence", timeout=15_000)
    evidence = " ".join(page.locator(".article .evidence").all_inner_texts())
    assert "bomb" in evidence.lower()
    assert page.locator(".article mark.ent").count() >= 2
    assert event["type"] in page.locator("h1").inner_text()
    page.screenshot(path=str(artifacts / "dashboard-event.png"), full_page=True)


def test_actor_page_lists_roles_and_network(
    page: Any, live_server: str, client: Any, artifacts: Path
) -> None:
    actors = client.get("/api/actors", params={"limit": 1000}).json()
    with_roles = next(
        a for a in actors if client.get(f"/api/actors/{quote(a['id'], safe='')}").json()["roles"]
    )
    page.goto(f"{live_server}/#/actor/{quote(with_roles['id'], safe='')}")
    page.wait_for_selector("table.roles", timeout=15_000)
    assert page.locator("table.roles tr").count() >= 2
    assert with_roles["name"] in page.locator("h1").inner_text()
    page.screenshot(path=str(artifacts / "dashboard-actor.png"), full_page=True)


def test_search_box_finds_events(page: Any, live_server: str) -> None:
    _open_map(page, live_server + "/")
    page.fill("#search input[name=q]", "protesters")
    page.press("#search input[name=q]", "Enter")
    page.wait_for_selector(".search-page ul.results li a", timeout=15_000)
    assert "#/search?q=protesters" in page.url
