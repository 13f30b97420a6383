"""Ingest from feeds, web pages and WARC archives, served from 127.0.0.1 only."""

from __future__ import annotations

import functools
import html
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.store.storehelpers import fixture_documents

from sitrep.ingest.files import iter_sources
from sitrep.ingest.web import FetchedPage, fetch_url
from sitrep.store.queries import find_events, list_errors
from sitrep.store.runner import ingest, watch

RSS_ITEM = """<item><title>{title}</title><link>{link}</link>
<pubDate>{date}</pubDate><guid>{link}</guid></item>"""


def article_page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        f"<footer>Copyright the outlet</footer></body></html>"
    )


def write_feed(folder: Path, base: str, names: list[str]) -> None:
    dates = {
        "kandahar-bomb-times": "Tue, 03 Sep 2024 07:10:00 GMT",
        "herat-checkpoint": "Tue, 03 Sep 2024 09:30:00 GMT",
        "peshawar-raid": "Fri, 06 Sep 2024 11:00:00 GMT",
    }
    documents = {d.id: d for d in fixture_documents()}
    items = "".join(
        RSS_ITEM.format(
            title=html.escape(documents[n].title or ""), link=f"{base}/{n}.html", date=dates[n]
        )
        for n in names
    )
    (folder / "feed.xml").write_text(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Frontier Wire</title>"
        f"<link>{base}</link><description>News</description>{items}</channel></rss>",
        encoding="utf-8",
    )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on 127.0.0.1, with the test articles as pages."""
    for document in fixture_documents():
        (tmp_path / f"{document.id}.html").write_text(
            article_page(document.title or "", document.text), encoding="utf-8"
        )
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class CountingFetcher:
    """The real fetcher, counting which URLs were asked for."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> FetchedPage:
        assert url.startswith("http://127.0.0.1:"), url  # no other network, ever
        self.urls.append(url)
        return fetch_url(url, timeout=5)


def test_feed_items_carry_the_feed_metadata(
    site: tuple[Path, str], store: Any, packaged_nlp: Any
) -> None:
    folder, base = site
    write_feed(folder, base, ["kandahar-bomb-times", "herat-checkpoint"])
    fetch = CountingFetcher()
    stats = ingest(store, iter_sources([f"{base}/feed.xml"], fetch=fetch), nlp=packaged_nlp)
    assert (stats.stored, stats.errors) == (2, 0)
    events = find_events(store)
    mentions = {m["url"]: m for e in events for m in _mentions(store, e["id"])}
    herat = mentions[f"{base}/herat-checkpoint.html"]
    assert herat["outlet"] == "Frontier Wire"
    assert herat["published"] == "2024-09-03"
    assert herat["title"] == "Gunmen kill two soldiers in Herat"
    assert any(e["place"] == "Herāt" and e["date_start"] == "2024-09-02" for e in events)


def _mentions(store: Any, event_id: str) -> list[dict[str, Any]]:
    from sitrep.store.queries import get_event

    event = get_event(store, event_id)
    assert event is not None
    return list(event["mentions"])


def test_watch_ingests_only_new_items(
    site: tuple[Path, str], tmp_path: Path, packaged_nlp: Any
) -> None:
    from sitrep.store.database import Store

    folder, base = site
    store = Store(tmp_path / "watch.sqlite")
    write_feed(folder, base, ["kandahar-bomb-times"])
    fetch = CountingFetcher()

    def poll() -> Iterator[Any]:
        return iter_sources([f"{base}/feed.xml"], fetch=fetch, skip_url=store.has_url)

    def between_polls(_seconds: float) -> None:  # a new item appears while we wait
        write_feed(folder, base, ["kandahar-bomb-times", "peshawar-raid"])

    results = watch(store, poll, every=900, max_polls=2, sleep=between_polls)
    assert [r.stored for r in results] == [1, 1]
    pages = [u for u in fetch.urls if u.endswith(".html")]
    assert pages == [f"{base}/kandahar-bomb-times.html", f"{base}/peshawar-raid.html"]


def test_page_by_url_and_failed_fetch_is_recorded_then_retried(
    site: tuple[Path, str], store: Any, packaged_nlp: Any
) -> None:
    folder, base = site
    missing = f"{base}/governor-killed-later.html"
    stats = ingest(
        store,
        iter_sources([f"{base}/peshawar-raid.html", missing], fetch=CountingFetcher()),
        nlp=packaged_nlp,
    )
    assert (stats.stored, stats.errors) == (1, 1)
    [error] = list_errors(store)
    assert error["origin"] == missing and "404" in error["message"]
    (folder / "governor-killed-later.html").write_text(
        (folder / "governor-killed.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    from sitrep.store.queries import error_sources

    retried = ingest(
        store, iter_sources(error_sources(store), fetch=CountingFetcher()), nlp=packaged_nlp
    )
    assert (retried.stored, retried.errors) == (1, 0)
    assert list_errors(store) == []


def test_warc_responses_are_articles(tmp_path: Path, store: Any, packaged_nlp: Any) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    document = next(d for d in fixture_documents() if d.id == "peshawar-raid")
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        body = article_page(document.title or "", document.text).encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://kandahar-times.example/2024/09/06/peshawar",
            "response",
            payload=BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-09-06T10:00:00Z"},
        )
        writer.write_record(record)
    stats = ingest(store, iter_sources([str(path)]), nlp=packaged_nlp)
    assert (stats.stored, stats.errors) == (1, 0)
    [event] = find_events(store)
    assert event["type"] == "COERCE" and event["first_report"] == "2024-09-06"
    assert store.has_url("https://kandahar-times.example/2024/09/06/peshawar")
