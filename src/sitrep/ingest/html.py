"""HTML pages: main text without boilerplate, with the page's own metadata (trafilatura)."""

from __future__ import annotations

from typing import Any

from sitrep.errors import MalformedInput
from sitrep.ingest.dates import parse_published
from sitrep.ingest.document import SourceDocument


def looks_like_html(text: str) -> bool:
    """True for documents that start like an HTML page."""
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head


def document_from_html(html: str, *, origin: str, url: str | None = None) -> SourceDocument:
    """Extract the article from an HTML page; its title and date become the document's."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as err:  # trafilatura raises many kinds on broken markup
        raise MalformedInput(
            f"cannot parse the HTML ({type(err).__name__}); check the file is a complete web page",
            source=origin,
        ) from None
    data: dict[str, Any] = {}
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not text.strip():
        raise MalformedInput(
            "no article text found in this HTML page; give the article's own page "
            "(not an index or a page that needs JavaScript) or its plain text",
            source=origin,
        )
    published = None
    if data.get("date"):
        try:
            published = parse_published(data["date"], source=origin)
        except Exception:
            published = None
    return SourceDocument(
        text=text,
        title=data.get("title"),
        url=data.get("url") or url,
        source=data.get("sitename") or data.get("hostname"),
        published=published,
        origin=origin,
    )
