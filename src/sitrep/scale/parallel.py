"""Batch extraction over all local cores, in input order.

Documents go to worker processes in chunks; the parent keeps at most a few
chunks in flight (so a large JSONL file is streamed, not loaded whole) and
yields the reports in input order. Unreadable inputs become error reports in
the parent, exactly as ``reports_for_inputs`` makes them. Small inputs stay in
this process: starting workers would only delay the first report.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING

from sitrep.errors import SitrepError
from sitrep.ingest.document import SourceDocument

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.model import Report

Item = SourceDocument | SitrepError

#: Documents per Dask task: large enough to amortise scheduling, small enough to balance.
DEFAULT_PARTITION_SIZE = 32

#: Below this many inputs the work stays in the calling process.
MIN_PARALLEL_ITEMS = 32

#: The pipeline a forked worker uses: set in the parent just before forking, so
#: the children share it copy-on-write instead of loading their own.
_FORKED_NLP: Language | None = None


def available_cores() -> int:
    """The CPU cores this process may run on (respects affinity and container limits)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parallel_reports(
    items: Iterable[Item],
    *,
    nlp: Language | None = None,
    workers: int | None = None,
    include_text: bool = False,
    chunk_size: int = 16,
    min_parallel_items: int = MIN_PARALLEL_ITEMS,
) -> Iterator[Report]:
    """One report per input, in input order, extracted by ``workers`` processes.

    ``workers`` defaults to every available core; ``1`` (or an input shorter
    than ``min_parallel_items``) runs in this process with ``nlp``.
    """
    from sitrep.pipeline import reports_for_inputs

    workers = workers or available_cores()
    iterator = iter(items)
    head = list(itertools.islice(iterator, min_parallel_items))
    if workers <= 1 or len(head) < min_parallel_items:
        yield from reports_for_inputs(
            itertools.chain(head, iterator), nlp=nlp, include_text=include_text
        )
        return
    chunks = chunked(itertools.chain(head, iterator), chunk_size)
    yield from _run_pool(chunks, nlp=nlp, workers=workers, include_text=include_text)


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """The items in lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _run_pool(
    chunks: Iterator[list[Item]], *, nlp: Language | None, workers: int, include_text: bool
) -> Iterator[Report]:
    global _FORKED_NLP
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    _FORKED_NLP = nlp if method == "fork" else None
    in_flight: deque[tuple[list[Item], AsyncResult[list[Report]]]] = deque()
    try:
        with multiprocessing.get_context(method).Pool(workers) as pool:
            for chunk in chunks:
                documents = [item for item in chunk if isinstance(item, SourceDocument)]
                in_flight.append(
                    (chunk, pool.apply_async(_extract_chunk, (documents, include_text)))
                )
                if len(in_flight) >= workers * 2:
                    oldest, result = in_flight.popleft()
                    yield from merge_in_order(oldest, result.get())
            while in_flight:
                oldest, result = in_flight.popleft()
                yield from merge_in_order(oldest, result.get())
    finally:
        _FORKED_NLP = None


def merge_in_order(chunk: list[Item], extracted_reports: list[Report]) -> Iterator[Report]:
    """The chunk's reports in input order: the extracted ones, and error reports made here."""
    from sitrep.pipeline import reports_for_inputs

    extracted = iter(extracted_reports)
    for item in chunk:
        if isinstance(item, SourceDocument):
            yield next(extracted)
        else:
            yield from reports_for_inputs([item])


def _extract_chunk(documents: list[SourceDocument], include_text: bool) -> list[Report]:
    """Worker side: the inherited pipeline, or the process's own, loaded once."""
    from sitrep.pipeline import extract_documents, get_pipeline

    nlp = _FORKED_NLP or get_pipeline()
    return list(extract_documents(documents, nlp=nlp, include_text=include_text))
