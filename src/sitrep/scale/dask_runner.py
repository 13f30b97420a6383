"""Extraction on a Dask cluster: partitions of the input out, reports back in input order.

Each worker process loads the pipeline once (``PipelinePreloader`` does it when
the worker starts; ``get_pipeline`` caches it per process), and extracts whole
partitions. The results come back to the caller, which stores them through one
writer in input order, so the database equals that of a single-process run;
or each worker writes its partition as one Parquet file, with no store at all.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed.diagnostics.plugin import WorkerPlugin

from sitrep.errors import SitrepError
from sitrep.ingest.document import SourceDocument
from sitrep.scale.parallel import DEFAULT_PARTITION_SIZE, chunked, merge_in_order

if TYPE_CHECKING:
    from distributed import Client

    from sitrep.model import Report

Item = SourceDocument | SitrepError


class PipelinePreloader(WorkerPlugin):
    """Loads the pipeline when a worker starts, so the first partition does not wait for it."""

    name = "sitrep-pipeline"

    def setup(self, worker: Any) -> None:
        from sitrep.pipeline import get_pipeline

        get_pipeline()


def connect(address: str, *, workers: int | None = None, timeout: str = "15s") -> Client:
    """A client of the cluster at ``address``, or of a new local cluster for ``"local"``.

    The local cluster listens on 127.0.0.1 only, one single-threaded worker
    process per core (the pipeline is CPU-bound and not thread-parallel).
    """
    from distributed import Client, LocalCluster

    from sitrep.scale.parallel import available_cores

    if address == "local":
        cluster = LocalCluster(
            n_workers=workers or available_cores(),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout=timeout)
        except OSError as err:
            raise SitrepError(
                f"cannot reach the Dask scheduler ({err}); give its address as "
                "tcp://HOST:8786, or 'local' for a cluster on this machine",
                source=address,
            ) from None
    client.register_plugin(PipelinePreloader())
    return client


def disconnect(client: Client) -> None:
    """Close the client, and the local cluster if ``connect`` started one."""
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


def dask_reports(
    items: Iterable[Item],
    client: Client,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    include_text: bool = False,
    max_in_flight: int | None = None,
) -> Iterator[Report]:
    """One report per input, in input order, extracted on the cluster.

    At most ``max_in_flight`` partitions (default: two per worker thread) are
    submitted at once, so a large input streams instead of filling memory.
    """
    limit = max_in_flight or 2 * max(1, sum(client.nthreads().values()))
    in_flight: deque[tuple[list[Item], Any]] = deque()
    for chunk in chunked(items, partition_size):
        documents = [item for item in chunk if isinstance(item, SourceDocument)]
        future = client.submit(extract_partition, documents, include_text, pure=False)
        in_flight.append((chunk, future))
        if len(in_flight) >= limit:
            oldest, future = in_flight.popleft()
            yield from merge_in_order(oldest, future.result())
    while in_flight:
        oldest, future = in_flight.popleft()
        yield from merge_in_order(oldest, future.result())


def write_parquet_partitions(
    items: Iterable[Item],
    client: Client,
    folder: Path,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
) -> list[Path]:
    """Extract on the cluster; each worker writes its partition as ``part-NNNNN.parquet``.

    One row per input document (unreadable inputs are left to the caller to
    report); the full report is the ``report`` column, as JSON.
    """
    folder.mkdir(parents=True, exist_ok=True)
    futures = [
        client.submit(
            write_partition,
            [item for item in chunk if isinstance(item, SourceDocument)],
            folder / f"part-{number:05d}.parquet",
            pure=False,
        )
        for number, chunk in enumerate(chunked(items, partition_size))
    ]
    return [Path(path) for path in client.gather(futures)]


def extract_partition(documents: list[SourceDocument], include_text: bool) -> list[Report]:
    """Worker side: the reports of one partition with the process's own pipeline."""
    from sitrep.pipeline import extract_documents, get_pipeline

    return list(extract_documents(documents, nlp=get_pipeline(), include_text=include_text))


def write_partition(documents: list[SourceDocument], path: Path) -> str:
    """Worker side: extract one partition and write it as a Parquet file; its path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    reports = extract_partition(documents, include_text=False)
    rows = [
        {
            "id": report.document.id,
            "origin": document.origin,
            "published": report.document.published,
            "events": len(report.events),
            "error_code": report.error.code if report.error else None,
            "report": json.dumps(report.model_dump(mode="json"), ensure_ascii=False),
        }
        for document, report in zip(documents, reports, strict=True)
    ]
    pq.write_table(pa.Table.from_pylist(rows, schema=_parquet_schema()), path)
    return str(path)


def _parquet_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("origin", pa.string()),
            ("published", pa.string()),
            ("events", pa.int32()),
            ("error_code", pa.string()),
            ("report", pa.string()),
        ]
    )
