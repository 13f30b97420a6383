"""The custom attributes sitrep's components write on a spaCy ``Doc``.

Registered when a pipeline is built (never at import time). Each component
declares the attributes it reads and writes in its factory's ``requires`` and
``assigns``, so ``nlp.analyze_pipes()`` shows the flow of annotations.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES: dict[str, object] = {
    "published": None,  # ISO date string the document's relative dates are resolved against
    "source_country": None,  # ISO code of the outlet's country, when the caller knows it
    "reference_date": None,  # datetime.date used as reference (published or dateline)
    "times": None,  # list[Timex]
    "numbers": None,  # list[NumberMention]
    "quotes": None,  # list[QuoteSpan]
    "entities": None,  # list[EntityCluster]
    "places": None,  # list[PlaceCluster]
    "events": None,  # list[EventRecord]
    "country_focus": None,  # list of ISO country codes the article is about, most likely first
}


def ensure_extensions() -> None:
    """Register sitrep's ``Doc._`` attributes once per process (idempotent)."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def document_text(doc: Doc) -> str:
    """The document's text, joined once per document and then read from a cache.

    ``Doc.text`` joins every token's text on each call, which costs as much as
    several pipeline stages together on a long article. The text is fixed once
    the document is tokenised (merging tokens does not change it), so every
    stage reads this instead.
    """
    cached = doc.user_data.get("sitrep_text")
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data["sitrep_text"] = text
    return text
