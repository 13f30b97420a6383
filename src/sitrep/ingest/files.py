"""Files and folders given on the command line, read as documents of the right kind."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from sitrep.errors import InputError
from sitrep.ingest.dates import parse_published
from sitrep.ingest.document import SourceDocument
from sitrep.ingest.html import document_from_html, looks_like_html
from sitrep.ingest.jsonl import iter_jsonl
from sitrep.ingest.text import DEFAULT_MAX_BYTES, decode_text, read_bytes

InputFormat = Literal["auto", "text", "html", "jsonl"]
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
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
) -> Iterator[SourceDocument | InputError]:
    """Every document in the inputs, or the error of each one that cannot be read."""
    for path in expand_paths(paths):
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
