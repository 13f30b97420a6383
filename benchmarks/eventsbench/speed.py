"""What each pipeline stage costs on the benchmark's own texts, and the event stage's share.

The issue's speed rule: event extraction may add at most half again to the time
of the stages before it. The stages are timed one after another over the whole
batch, each through its ``pipe`` as ``nlp.pipe`` runs them (so the statistical
components see batches), from the tokenizer to the last component.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

EVENT_STAGE = "sitrep_events"
LIMIT_RATIO = 0.5


def stage_seconds(
    texts: Sequence[tuple[str, str | None]], batch_size: int = 16
) -> dict[str, float]:
    """Seconds spent in the tokenizer and in each component on ``texts`` (text, published)."""
    from sitrep.ingest.dates import parse_published
    from sitrep.ingest.document import SourceDocument
    from sitrep.pipeline import get_pipeline, make_doc

    nlp = get_pipeline()
    documents = [
        SourceDocument(
            text=text, id=str(i), published=parse_published(published, source="published")
        )
        for i, (text, published) in enumerate(texts)
    ]
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    docs: list[Any] = [make_doc(nlp, document) for document in documents]
    seconds["tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - started
    return seconds


def event_share(seconds: dict[str, float]) -> dict[str, float]:
    """The event stage's time over the time of every stage before it (the rule: ≤ 0.5)."""
    names = list(seconds)
    if EVENT_STAGE not in names:
        return {}
    before = sum(seconds[name] for name in names[: names.index(EVENT_STAGE)])
    events = seconds[EVENT_STAGE]
    return {
        "events_seconds": round(events, 3),
        "before_seconds": round(before, 3),
        "events_ratio": round(events / before, 4) if before else 0.0,
        "limit_ratio": LIMIT_RATIO,
    }
