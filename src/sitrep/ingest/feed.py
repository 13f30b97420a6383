"""RSS and Atom feeds (feedparser): each item becomes a document with the feed's metadata.

An item's title, link, publication date and the feed's title (the outlet)
come from the feed. The article text is the item's own full content when the
feed carries it, else the linked page, fetched through the injected fetcher.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sitrep.errors import InputError, MalformedInput
from sitrep.ingest.dates import parse_published
from sitrep.ingest.document import SourceDocument
from sitrep.ingest.web import Fetcher, document_from_page, fetch_url

#: Feed content shorter than this is a teaser, not the article: the page is fetched instead.
MIN_CONTENT_CHARS = 400
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item as the feed describes it."""

    link: str | None
    title: str | None
    published: str | None
    outlet: str | None
    content_html: str | None


def looks_like_feed(data: bytes) -> bool:
    """True for RSS, Atom or RDF documents."""
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def parse_feed(data: bytes, *, origin: str) -> list[FeedItem]:
    """The items of a feed document, in feed order."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise MalformedInput(
            f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')}); check the "
            "address or file",
            source=origin,
        )
    outlet = parsed.feed.get("title")
    return [_item(entry, outlet, origin) for entry in parsed.entries]


def _item(entry: Any, outlet: str | None, origin: str) -> FeedItem:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = None
    if stamp is not None:
        published = time.strftime("%Y-%m-%d", stamp)
    elif entry.get("published"):
        try:
            published = parse_published(entry.get("published"), source=origin)
        except InputError:
            published = None
        except Exception:
            published = None
    content = entry.get("content") or []
    html = max((c.get("value", "") for c in content), key=len, default="") or None
    return FeedItem(
        link=entry.get("link"),
        title=entry.get("title"),
        published=published,
        outlet=outlet,
        content_html=html,
    )


def item_document(item: FeedItem, *, origin: str, fetch: Fetcher) -> SourceDocument:
    """The article of one item: the feed's full content, else the linked page."""
    from sitrep.ingest.html import document_from_html

    where = item.link or origin
    if item.content_html and len(item.content_html) >= MIN_CONTENT_CHARS:
        page_html = f"<html><body><article>{item.content_html}</article></body></html>"
        document = document_from_html(page_html, origin=where, url=item.link)
    elif item.link:
        document = document_from_page(fetch(item.link), origin=where)
    else:
        raise MalformedInput("feed item has neither a link nor its full text", source=origin)
    document.url = item.link or document.url
    document.title = item.title or document.title
    document.published = item.published or document.published
    document.source = item.outlet or document.source
    return document


def iter_feed(
    data: bytes,
    *,
    origin: str,
    fetch: Fetcher | None = None,
    skip: Callable[[str], bool] | None = None,
) -> Iterator[SourceDocument | InputError]:
    """Each item's document, or its error; items whose link ``skip`` accepts are not fetched."""
    try:
        items = parse_feed(data, origin=origin)
    except InputError as err:
        yield err
        return
    for item in items:
        if item.link and skip is not None and skip(item.link):
            continue
        try:
            yield item_document(item, origin=origin, fetch=fetch or fetch_url)
        except InputError as err:
            yield err
