"""The ingest run: documents in, reports out of the pipeline, each stored as it comes.

Order is kept end to end (also with worker processes), each document is one
transaction, and documents already stored are skipped before extraction, so
running the same command after a crash finishes the work and ends with the
same database as an uninterrupted run.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sitrep.errors import SitrepError
from sitrep.ingest.document import SourceDocument
from sitrep.model import Report
from sitrep.store.database import SaveOutcome, Store

Sourced = tuple[str, SourceDocument | SitrepError]


@dataclass
class IngestStats:
    """What a run did, updated as it goes (the progress bar shows it)."""

    documents: int = 0
    stored: int = 0
    revised: int = 0
    duplicates: int = 0
    events: int = 0
    errors: int = 0
    error_lines: list[str] = field(default_factory=list)


ProgressCallback = Callable[[IngestStats], None]
Extractor = Callable[[Iterable[SourceDocument]], Iterable[Report]]


def ingest(
    store: Store,
    items: Iterable[Sourced],
    *,
    workers: int = 1,
    nlp: object | None = None,
    on_progress: ProgressCallback | None = None,
    extract: Extractor | None = None,
) -> IngestStats:
    """Extract and store every document; failures are recorded and the batch goes on.

    ``extract`` turns the documents to process into their reports, in input order
    (default: this process or ``workers`` processes; ``--dask`` passes a cluster's).
    """
    stats = IngestStats()
    pending: deque[tuple[str, SourceDocument]] = deque()

    def report_progress() -> None:
        if on_progress is not None:
            on_progress(stats)

    def to_extract() -> Iterator[SourceDocument]:
        for source, item in items:
            stats.documents += 1
            if isinstance(item, SitrepError):
                _record(store, stats, item.source or source, item.code, item.message, source)
                report_progress()
                continue
            if store.is_stored(item):
                stats.duplicates += 1
                store.clear_error(item.origin)
                report_progress()
                continue
            pending.append((source, item))
            yield item

    if extract is None:

        def extract(documents: Iterable[SourceDocument]) -> Iterable[Report]:
            return extract_stream(documents, workers=workers, nlp=nlp)

    for report in extract(to_extract()):
        source, document = pending.popleft()
        if report.error is not None:
            _record(store, stats, document.origin, report.error.code, report.error.message, source)
        else:
            try:
                outcome = store.save(report, document.text, document=document)
            except SitrepError as err:
                _record(store, stats, document.origin, err.code, err.message, source)
            else:
                if outcome is SaveOutcome.duplicate:
                    stats.duplicates += 1
                else:
                    stats.stored += outcome is SaveOutcome.stored
                    stats.revised += outcome is SaveOutcome.revised
                    stats.events += len(report.events)
        report_progress()
    return stats


def _record(
    store: Store, stats: IngestStats, origin: str, code: str, message: str, source: str
) -> None:
    stats.errors += 1
    stats.error_lines.append(f"error[{code}] {origin}: {message}")
    store.record_error(origin, code, message, source=source)


def extract_stream(
    documents: Iterable[SourceDocument], *, workers: int = 1, nlp: object | None = None
) -> Iterator[Report]:
    """Reports in input order, from this process or from ``workers`` processes."""
    from sitrep.pipeline import extract_documents

    if workers <= 1:
        yield from extract_documents(documents, nlp=nlp, batch_size=4)  # type: ignore[arg-type]
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        yield from pool.imap(_extract_one, documents, chunksize=2)


def _extract_one(document: SourceDocument) -> Report:
    """Worker side: the process's own pipeline, loaded on its first document."""
    from sitrep.pipeline import extract_documents, get_pipeline

    return next(extract_documents([document], nlp=get_pipeline()))


def watch(
    store: Store,
    poll: Callable[[], Iterable[Sourced]],
    *,
    every: float,
    max_polls: int | None = None,
    workers: int = 1,
    sleep: Callable[[float], None] = time.sleep,
    on_poll: Callable[[int, IngestStats], None] | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[IngestStats]:
    """Ingest what ``poll`` gives every ``every`` seconds; stop after ``max_polls`` if given."""
    results: list[IngestStats] = []
    number = 0
    while max_polls is None or number < max_polls:
        number += 1
        stats = ingest(store, poll(), workers=workers, on_progress=on_progress)
        results.append(stats)
        if on_poll is not None:
            on_poll(number, stats)
        if max_polls is None or number < max_polls:
            sleep(every)
    return results
