"""Sources given on the command line (files, folders, feeds, URLs), read as documents."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal

from sitrep.errors import InputError
from sitrep.ingest.dates import parse_published
from sitrep.ingest.document import SourceDocument
from sitrep.ingest.feed import FEED_SUFFIXES, iter_feed, looks_like_feed
from sitrep.ingest.html import document_from_html, looks_like_html
from sitrep.ingest.jsonl import iter_jsonl
from sitrep.ingest.text import DEFAULT_MAX_BYTES, decode_text, read_bytes
from sitrep.ingest.warc import is_warc, iter_warc
from sitrep.ingest.web import Fetcher, document_from_page, fetch_url, is_url

InputFormat = Literal["auto", "text", "html", "jsonl"]
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the article files inside folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield child
        else:
            yield path


def iter_documents(
    paths: Iterable[Path],
    *,
    input_format: InputFormat = "auto",
    published: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch: Fetcher | None = None,
    skip_url: Callable[[str], bool] | None = None,
) -> Iterator[SourceDocument | InputError]:
    """Every document in the inputs, or the error of each one that cannot be read.

    WARC archives and RSS/Atom feed files are read item by item; a feed's
    items are fetched with ``fetch`` unless ``skip_url`` says they are known.
    """
    for path in expand_paths(paths):
        if input_format == "auto" and is_warc(path):
            yield from iter_warc(path)
            continue
        if input_format == "auto" and _is_feed_file(path, max_bytes):
            yield from iter_feed(path.read_bytes(), origin=str(path), fetch=fetch, skip=skip_url)
            continue
        kind = _kind_of(path, input_format)
        if kind == "jsonl":
            if not path.exists():
                yield InputError("no such file; check the path", source=str(path))
                continue
            for item in iter_jsonl(path, encoding=encoding):
                if isinstance(item, SourceDocument) and published and not item.published:
                    item.published = published
                yield item
            continue
        try:
            yield read_document(
                path, kind=kind, published=published, encoding=encoding, max_bytes=max_bytes
            )
        except InputError as err:
            yield err


def iter_sources(
    sources: Iterable[str],
    *,
    fetch: Fetcher | None = None,
    skip_url: Callable[[str], bool] | None = None,
    input_format: InputFormat = "auto",
    published: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[str, SourceDocument | InputError]]:
    """(source, document or error) for every source: files, folders, feed and page URLs.

    The source is returned with each document so that a failure can be
    retried from where it came.
    """
    fetch = fetch or fetch_url
    for source in sources:
        if is_url(source):
            for item in iter_url(source, fetch=fetch, skip_url=skip_url):
                yield source, item
            continue
        for item in iter_documents(
            [Path(source)],
            input_format=input_format,
            published=published,
            encoding=encoding,
            max_bytes=max_bytes,
            fetch=fetch,
            skip_url=skip_url,
        ):
            yield source, item


def iter_url(
    url: str, *, fetch: Fetcher, skip_url: Callable[[str], bool] | None = None
) -> Iterator[SourceDocument | InputError]:
    """A feed's items or a page's article, whichever the URL serves.

    ``skip_url`` applies to a feed's items only: a page asked for by its URL is
    fetched again so that a changed version is seen.
    """
    try:
        page = fetch(url)
    except InputError as err:
        yield err
        return
    if "rss" in page.content_type or "atom" in page.content_type or looks_like_feed(page.body):
        yield from iter_feed(page.body, origin=url, fetch=fetch, skip=skip_url)
        return
    try:
        yield document_from_page(page, origin=url)
    except InputError as err:
        yield err


def _is_feed_file(path: Path, max_bytes: int) -> bool:
    if path.suffix.lower() not in FEED_SUFFIXES or not path.is_file():
        return False
    if path.suffix.lower() in {".rss", ".atom"}:
        return True
    with path.open("rb") as handle:
        return looks_like_feed(handle.read(2048))


def read_document(
    path: Path,
    *,
    kind: str = "auto",
    published: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceDocument:
    """One text or HTML file as a document; ``published`` overrides the page's own date."""
    origin = str(path)
    text = decode_text(read_bytes(path, max_bytes=max_bytes), source=origin, encoding=encoding)
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        document = document_from_html(text, origin=origin)
    else:
        document = SourceDocument(text=text, origin=origin)
    document.id = path.stem
    if published:
        document.published = parse_published(published, source=origin)
    return document


def _kind_of(path: Path, input_format: InputFormat) -> str:
    if input_format != "auto":
        return input_format
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "auto"
