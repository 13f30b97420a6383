"""``sitrep ingest --dask``: extraction on a Dask cluster, storage through this one writer.

The loop is that of ``sitrep.store.runner.ingest`` with the extraction stream
taken from the cluster: documents already stored are skipped before they are
sent, reports come back in input order and are saved one transaction each, so
the database (SQLite or PostgreSQL) ends equal to that of a single-process run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sitrep.errors import SitrepError
from sitrep.ingest.document import SourceDocument
from sitrep.scale.parallel import DEFAULT_PARTITION_SIZE
from sitrep.store.database import SaveOutcome, Store
from sitrep.store.runner import IngestStats, ProgressCallback, Sourced

if TYPE_CHECKING:
    from distributed import Client


def ingest_on_dask(
    store: Store,
    items: Iterable[Sourced],
    *,
    client: Client,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_progress: ProgressCallback | None = None,
) -> IngestStats:
    """Extract every new document on the cluster and store it here; failures are recorded."""
    from sitrep.scale.dask_runner import dask_reports

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
            elif store.is_stored(item):
                stats.duplicates += 1
                store.clear_error(item.origin)
            else:
                pending.append((source, item))
                yield item
                continue
            report_progress()

    for report in dask_reports(to_extract(), client, partition_size=partition_size):
        source, document = pending.popleft()
        if report.error is not None:
            _record(store, stats, document.origin, report.error.code, report.error.message, source)
        else:
            try:
                outcome = store.save(report, document.text, document=document)
            except SitrepError as err:
                _record(store, stats, document.origin, err.code, err.message, source)
            else:
                stats.duplicates += outcome is SaveOutcome.duplicate
                stats.stored += outcome is SaveOutcome.stored
                stats.revised += outcome is SaveOutcome.revised
                if outcome is not SaveOutcome.duplicate:
                    stats.events += len(report.events)
        report_progress()
    return stats


def _record(
    store: Store, stats: IngestStats, origin: str, code: str, message: str, source: str
) -> None:
    stats.errors += 1
    stats.error_lines.append(f"error[{code}] {origin}: {message}")
    store.record_error(origin, code, message, source=source)


def ingest_with_dask(
    store: Store,
    items: Iterable[Sourced],
    *,
    address: str,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_progress: ProgressCallback | None = None,
) -> IngestStats:
    """``ingest_on_dask`` on the cluster at ``address`` (``"local"``: one started here, then
    stopped; ``workers`` processes, default one per core)."""
    try:
        from sitrep.scale.dask_runner import connect, disconnect
    except ImportError:
        raise SitrepError(
            "Dask is not installed; install it with pip install 'dask[distributed]', "
            "or run without --dask",
            source="--dask",
        ) from None
    client = connect(address, workers=workers)
    try:
        return ingest_on_dask(
            store, items, client=client, partition_size=partition_size, on_progress=on_progress
        )
    finally:
        disconnect(client)
