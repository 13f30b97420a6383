"""Throughput benchmark: end-to-end extraction speed, latency, memory and cold start.

Runs ``sitrep``'s extraction (no storage) over Reuters-21578 articles (SGML,
bodies in ``<BODY>``, dates in ``<DATE>``), in one process and in several, and
prints articles/s, tokens/s, per-article p50/p95 latency and peak memory. In the
same run it times spaCy's bare tokenizer on the same text, and prints the ratio
of the two, so that figures compare across machines of different speed.

Usage:
    python benchmarks/throughput.py [--data DIR] [--limit N] [--processes 1,2]
        [--latency-sample N] [--json PATH]
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sitrep.ingest.document import SourceDocument

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO / ".." / "shared" / "data" / "throughput" / "reuters21578"

ARTICLE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'NEWID="(\d+)"')
DATE = re.compile(r"<DATE>\s*(\d{1,2}-[A-Z]{3}-\d{4})", re.S)
BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SIGN_OFF = re.compile(r"\s*Reuter\s*$")

COLD_START_TEXT = (
    "Rebels attacked an army post near Goma on Monday, killing four soldiers, "
    "a military spokesman said on Tuesday.\n"
)


def read_reuters(folder: Path, limit: int | None = None) -> list[SourceDocument]:
    """The articles with a body in every ``*.sgm`` file under ``folder``, in file order."""
    documents: list[SourceDocument] = []
    for path in sorted(folder.rglob("*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for match in ARTICLE.finditer(raw):
            body = BODY.search(match.group(2))
            if body is None:
                continue
            text = SIGN_OFF.sub("", CONTROL.sub("", html.unescape(body.group(1)))).strip()
            if not text:
                continue
            newid = NEWID.search(match.group(1))
            date = DATE.search(match.group(2))
            documents.append(
                SourceDocument(
                    text=text,
                    id=f"reuters-{newid.group(1) if newid else len(documents)}",
                    published=_iso_date(date.group(1)) if date else None,
                    origin=str(path),
                )
            )
            if limit is not None and len(documents) >= limit:
                return documents
    return documents


def _iso_date(text: str) -> str | None:
    try:
        return datetime.datetime.strptime(text.title(), "%d-%b-%Y").date().isoformat()
    except ValueError:
        return None


def time_tokenizer(texts: list[str]) -> tuple[float, int]:
    """Seconds and tokens of spaCy's bare English tokenizer over the texts (best of 3)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    tokens = sum(len(tokenizer(text)) for text in texts)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            tokenizer(text)
        best = min(best, time.perf_counter() - started)
    return best, tokens


def run_one_process(documents: list[SourceDocument], nlp: Any) -> float:
    """Seconds to extract every document in this process, batched as the library does."""
    from sitrep.pipeline import extract_documents

    started = time.perf_counter()
    for _ in extract_documents(documents, nlp=nlp):
        pass
    return time.perf_counter() - started


def latencies(documents: list[SourceDocument], nlp: Any) -> list[float]:
    """Seconds per article when each is extracted alone (what a single request waits)."""
    from sitrep.pipeline import extract_documents

    seconds = []
    for document in documents:
        started = time.perf_counter()
        next(extract_documents([document], nlp=nlp))
        seconds.append(time.perf_counter() - started)
    return seconds


def run_processes(documents: list[SourceDocument], nlp: Any, workers: int) -> float:
    """Seconds to extract every document with ``workers`` processes (sitrep's default runner)."""
    from sitrep.scale.parallel import parallel_reports

    started = time.perf_counter()
    for _ in parallel_reports(documents, nlp=nlp, workers=workers):
        pass
    return time.perf_counter() - started


def cold_start_seconds() -> float:
    """Wall time of ``sitrep extract`` on one short article, from a fresh interpreter."""
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(COLD_START_TEXT, encoding="utf-8")
        command = [sys.executable, "-c", "from sitrep.cli import main; main()"]
        started = time.perf_counter()
        subprocess.run(
            [*command, "extract", str(article), "--published", "2024-05-06"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return time.perf_counter() - started


def cli_jsonl_seconds(documents: list[SourceDocument]) -> float:
    """Wall time of ``sitrep extract --input-format jsonl`` over the documents, all cores.

    This is the batch path users run; it includes the interpreter's start, the model's
    load and writing every report as JSON Lines (to /dev/null), so it is a little slower
    than the in-process figures above.
    """
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "articles.jsonl"
        with batch.open("w", encoding="utf-8") as out:
            for document in documents:
                record = {"id": document.id, "text": document.text, "published": document.published}
                out.write(json.dumps(record) + "\n")
        command = [sys.executable, "-c", "from sitrep.cli import main; main()", "extract"]
        started = time.perf_counter()
        subprocess.run(
            [*command, str(batch), "--input-format", "jsonl", "--format", "jsonl"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return time.perf_counter() - started


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (user + system)."""
    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb(who: int) -> float:
    """Peak resident memory in MB of this process or of its largest finished child."""
    return resource.getrusage(who).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .sgm files")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument(
        "--processes", default="1,2", help="process counts to run, comma-separated (default 1,2)"
    )
    parser.add_argument(
        "--latency-sample", type=int, default=100, help="articles timed one by one for latency"
    )
    parser.add_argument("--skip-cold-start", action="store_true", help="do not time a cold start")
    parser.add_argument(
        "--skip-cli", action="store_true", help="do not time `sitrep extract` on a JSONL batch"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder; pass --data with the Reuters-21578 .sgm files")
    documents = read_reuters(args.data, args.limit)
    if not documents:
        parser.error(f"no article with a <BODY> in {args.data}")
    texts = [d.text for d in documents]
    tokenizer_seconds, tokens = time_tokenizer(texts)
    tokenizer_rate = tokens / tokenizer_seconds
    figures: dict[str, Any] = {
        "articles": len(documents),
        "tokens": tokens,
        "tokenizer_tokens_per_s": round(tokenizer_rate),
    }
    print(f"{len(documents)} articles, {tokens:,} tokens from {args.data}")
    print(f"spaCy bare tokenizer: {tokenizer_rate:,.0f} tokens/s")

    from sitrep.pipeline import get_pipeline

    started = time.perf_counter()
    nlp = get_pipeline()
    figures["pipeline_load_s"] = round(time.perf_counter() - started, 3)
    latencies(documents[:1], nlp)  # warm up lazy caches before timing
    for count in (int(n) for n in args.processes.split(",")):
        cpu_before = cpu_seconds()
        if count == 1:
            seconds = run_one_process(documents, nlp)
            memory = peak_mb(resource.RUSAGE_SELF)
        else:
            seconds = run_processes(documents, nlp, count)
            memory = max(peak_mb(resource.RUSAGE_CHILDREN), 0.0)
        cpu = cpu_seconds() - cpu_before
        rate = tokens / seconds
        figures[f"processes_{count}"] = {
            "seconds": round(seconds, 3),
            "articles_per_s": round(len(documents) / seconds, 2),
            "tokens_per_s": round(rate),
            "tokens_per_s_per_process": round(rate / count),
            "cpu_seconds": round(cpu, 3),
            "tokens_per_cpu_s": round(tokens / cpu),
            "ratio_to_tokenizer": round(rate / tokenizer_rate, 5),
            "peak_memory_mb_per_process": round(memory, 1),
        }
        print(
            f"{count} process(es): {len(documents) / seconds:,.1f} articles/s, {rate:,.0f} tokens/s "
            f"({rate / count:,.0f} per process), {rate / tokenizer_rate:.4f} of the tokenizer's "
            f"speed (1/{tokenizer_rate / rate:,.0f}), peak memory {memory:,.0f} MB per process"
        )
        print(
            f"    {cpu:,.1f} CPU-s used over {seconds:,.1f} s: {tokens / cpu:,.0f} tokens per "
            f"CPU-second (cores actually available: {cpu / seconds:.2f})"
        )
        if cpu / seconds < count - 0.5:
            print(
                f"    note: other load left only {cpu / seconds:.1f} core(s) free, so the figure "
                f"for {count} processes is limited by the machine, not by sitrep"
            )
    sample = latencies(documents[: args.latency_sample], nlp)
    figures["latency_ms"] = {
        "articles": len(sample),
        "p50": round(statistics.median(sample) * 1000, 1),
        "p95": round(percentile(sample, 0.95) * 1000, 1),
    }
    print(
        f"latency per article (alone, {len(sample)} articles): p50 "
        f"{figures['latency_ms']['p50']:.1f} ms, p95 {figures['latency_ms']['p95']:.1f} ms"
    )
    if not args.skip_cli:
        seconds = cli_jsonl_seconds(documents)
        figures["cli_jsonl"] = {
            "seconds": round(seconds, 2),
            "tokens_per_s": round(tokens / seconds),
        }
        print(
            f"`sitrep extract --input-format jsonl` (all cores, start to finish): "
            f"{tokens / seconds:,.0f} tokens/s, {len(documents) / seconds:,.1f} articles/s"
        )
    if not args.skip_cold_start:
        figures["cold_start_s"] = round(cold_start_seconds(), 2)
        print(
            f"cold start (`sitrep extract` on one article, fresh process): {figures['cold_start_s']} s"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()
