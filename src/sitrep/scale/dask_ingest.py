"""``sitrep ingest --dask``: extraction on a Dask cluster, storage through this one writer.

It is ``sitrep.store.runner.ingest`` with the extraction stream taken from the
cluster: documents already stored are skipped before they are
sent, reports come back in input order and are saved one transaction each, so
the database (SQLite or PostgreSQL) ends equal to that of a single-process run.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.errors import SitrepError
from sitrep.ingest.document import SourceDocument
from sitrep.model import Report
from sitrep.scale.parallel import DEFAULT_PARTITION_SIZE
from sitrep.store.database import Store
from sitrep.store.runner import IngestStats, ProgressCallback, Sourced, ingest

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

    def on_cluster(documents: Iterable[SourceDocument]) -> Iterable[Report]:
        return dask_reports(documents, client, partition_size=partition_size)

    return ingest(store, items, on_progress=on_progress, extract=on_cluster)


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
