"""The unit that enters the pipeline: one article's text and what its source says about it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(slots=True)
class SourceDocument:
    """An article as read from its source, before any annotation.

    ``published`` is an ISO date or datetime string (already validated), or
    None when the source gives none; the pipeline may then fall back to a
    dateline in the text.
    """

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    country: str | None = None  # ISO code of the outlet's country or region, a geocoding hint
    origin: str = "<text>"
    metadata: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)


def content_id(text: str) -> str:
    """A stable id from the text itself, so the same article gets the same id twice."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
