"""Web pages by URL: fetching is a boundary the caller injects (tests serve local files).

The default fetcher uses the standard library with a timeout and a size
limit; anything else (a cache, a crawler, a browser) is a callable with the
same signature.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from sitrep.errors import InputError, InputTooLarge, MissingInput
from sitrep.ingest.document import SourceDocument
from sitrep.ingest.html import document_from_html, looks_like_html
from sitrep.ingest.text import DEFAULT_MAX_BYTES, decode_text

USER_AGENT = "sitrep/0.1 (+news event extraction)"


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """What a fetch returns: the final URL, the body and its declared content type."""

    url: str
    body: bytes
    content_type: str = ""


Fetcher = Callable[[str], FetchedPage]


def is_url(source: str) -> bool:
    """True for http(s) addresses."""
    return source.startswith(("http://", "https://"))


def fetch_url(
    url: str, *, timeout: float = 20.0, max_bytes: int = DEFAULT_MAX_BYTES
) -> FetchedPage:
    """GET a URL; errors name the URL and what to check."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputTooLarge(
                    f"the page is larger than {max_bytes / 1e6:.0f} MB; give an article page",
                    source=url,
                )
            return FetchedPage(
                url=response.geturl(),
                body=body,
                content_type=response.headers.get("Content-Type", ""),
            )
    except urllib.error.HTTPError as err:
        raise MissingInput(
            f"the server answered {err.code} {err.reason}; check the address", source=url
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise InputError(
            f"cannot fetch the page ({reason}); check the address and the "
            "network, then retry with --retry-errors",
            source=url,
        ) from None


def document_from_page(page: FetchedPage, *, origin: str | None = None) -> SourceDocument:
    """The article of a fetched page: HTML through boilerplate removal, text as it is."""
    where = origin or page.url
    text = decode_text(page.body, source=where)
    if "html" in page.content_type.lower() or looks_like_html(text):
        document = document_from_html(text, origin=where, url=page.url)
    else:
        document = SourceDocument(text=text, origin=where)
    document.url = document.url or page.url
    return document


def read_url(url: str, fetch: Fetcher | None = None) -> SourceDocument:
    """Fetch one article page and read it as a document."""
    return document_from_page((fetch or fetch_url)(url), origin=url)
