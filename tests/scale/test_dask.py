"""On a local Dask cluster of two worker processes, results equal a single-process run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from tests.scale.corpus import invented_documents
from tests.store.storehelpers import snapshot

from sitrep.errors import MalformedInput
from sitrep.pipeline import reports_for_inputs
from sitrep.scale.dask_ingest import ingest_on_dask
from sitrep.scale.dask_runner import PipelinePreloader, dask_reports, write_parquet_partitions
from sitrep.store.database import Store
from sitrep.store.runner import ingest

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    with distributed.Client(cluster) as dask_client:
        dask_client.register_plugin(PipelinePreloader())
        yield dask_client
    cluster.close()


def test_reports_from_the_cluster_equal_a_single_process_run(
    client: Any, packaged_nlp: Any
) -> None:
    items: list[Any] = list(invented_documents(15))
    items.insert(4, MalformedInput("not valid JSON; fix line 5", source="wire.jsonl:5"))
    expected = [r.model_dump() for r in reports_for_inputs(items, nlp=packaged_nlp)]
    got = [r.model_dump() for r in dask_reports(items, client, partition_size=4)]
    assert got == expected
    assert got[4]["error"]["code"] == "E105"


def test_each_worker_loads_the_pipeline_once(client: Any) -> None:
    def pipeline_identity() -> int:
        from sitrep.pipeline import get_pipeline

        return id(get_pipeline())

    first = client.run(pipeline_identity)
    second = client.run(pipeline_identity)
    assert len(first) == 2
    assert first == second


def test_ingest_on_the_cluster_stores_what_a_single_process_stores(
    client: Any, packaged_nlp: Any, tmp_path: Path
) -> None:
    def sourced() -> Iterator[tuple[str, Any]]:
        for document in invented_documents(18):
            yield "wire.jsonl", document
        yield "wire.jsonl", MalformedInput("not valid JSON; fix line 19", source="wire.jsonl:19")

    single = Store(tmp_path / "single.sqlite")
    ingest(single, sourced(), nlp=packaged_nlp)
    on_dask = Store(tmp_path / "dask.sqlite")
    stats = ingest_on_dask(on_dask, sourced(), client=client, partition_size=5)
    assert stats.stored == 18
    assert stats.errors == 1
    assert snapshot(on_dask) == snapshot(single)
    again = ingest_on_dask(on_dask, sourced(), client=client, partition_size=5)
    assert again.duplicates == 18 and again.stored == 0


def test_workers_write_partitioned_parquet(client: Any, packaged_nlp: Any, tmp_path: Path) -> None:
    documents = invented_documents(10)
    paths = write_parquet_partitions(documents, client, tmp_path / "out", partition_size=4)
    assert [p.name for p in paths] == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    rows = [row for path in paths for row in pq.read_table(path).to_pylist()]
    assert [row["id"] for row in rows] == [d.id for d in documents]
    expected = list(reports_for_inputs(documents, nlp=packaged_nlp))
    assert [row["events"] for row in rows] == [len(r.events) for r in expected]
