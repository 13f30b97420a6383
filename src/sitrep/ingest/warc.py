"""WARC web archives (warcio): every archived HTML response is an article page.

The target URI becomes the document's URL; the page's own metadata gives its
title and date, else the capture date stands in for the publication date.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import InputError, MalformedInput, MissingInput
from sitrep.ingest.dates import parse_published
from sitrep.ingest.document import SourceDocument
from sitrep.ingest.web import FetchedPage, document_from_page

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc(path: Path) -> bool:
    """True for WARC and ARC files by their name."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: Path) -> Iterator[SourceDocument | InputError]:
    """The documents of the HTML responses in a WARC file, each or its error."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not path.exists():
        yield MissingInput("no such file; check the path", source=str(path))
        return
    with path.open("rb") as handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower() and "text/plain" not in content_type:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                origin = f"{path}#{number}"
                try:
                    page = FetchedPage(
                        url=url, body=record.content_stream().read(), content_type=content_type
                    )
                    document = document_from_page(page, origin=origin)
                    captured = record.rec_headers.get_header("WARC-Date")
                    if not document.published and captured:
                        document.published = parse_published(captured[:10], source=origin)
                    yield document
                except InputError as err:
                    yield err
        except ArchiveLoadFailed as err:
            yield MalformedInput(
                f"not a readable WARC archive ({err}); check the file", source=str(path)
            )
