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
