"""Store speed: what storing adds to extraction, and queries over a million events.

1. Overhead: extract N articles, then store the reports; prints storing time
   as a share of extraction time. ``--corpus reuters`` (default) reads full
   newswire articles (Reuters-21578), ``--corpus acled`` the one- or
   two-sentence NOTES of ACLED South Asia 2015 (event-dense, the worst case);
   both read at run time from ``<repo>/../shared/data``, never copied.
2. Queries: a synthetic SQLite database of ``--events`` merged events (1
   million by default, built once and reused with ``--synthetic-db``); prints
   the median and worst time of ``find_events`` with a country and a one-month
   date filter, and with a type filter added.

    python benchmarks/store.py [--limit N] [--events N] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_DATA = {
    "acled": SHARED / "events" / "acled_asia_2015.csv",
    "reuters": SHARED / "throughput" / "reuters21578",
}
COUNTRIES = [
    "AF",
    "PK",
    "IN",
    "BD",
    "NP",
    "LK",
    "MM",
    "TH",
    "KH",
    "PH",
    "ID",
    "MY",
    "IQ",
    "SY",
    "YE",
    "SO",
    "NG",
    "ML",
    "SD",
    "CD",
    "KE",
    "ET",
    "LY",
    "EG",
    "UA",
]
TYPES = ["ASSAULT", "COERCE", "PROTEST", "CONSULT", "MOBILIZE", "ACCUSE"]


def overhead(documents: list[Any]) -> dict[str, Any]:
    """Extraction time and storing time of these documents."""
    from sitrep.pipeline import extract_documents, get_pipeline
    from sitrep.store.database import Store

    nlp = get_pipeline()
    list(extract_documents(documents[:4], nlp=nlp))  # warm up
    start = time.perf_counter()
    reports = list(extract_documents(documents, nlp=nlp))
    extraction = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "overhead.sqlite")
        start = time.perf_counter()
        for document, report in zip(documents, reports, strict=True):
            store.save(report, document.text, document=document)
        storing = time.perf_counter() - start
        store.close()
    events = sum(len(r.events) for r in reports)
    return {
        "documents": len(documents),
        "events": events,
        "extraction_s": round(extraction, 2),
        "storing_s": round(storing, 2),
        "storing_share": round(storing / extraction, 3) if extraction else None,
    }


def reuters_documents(folder: Path, limit: int) -> list[Any]:
    """Dated Reuters-21578 articles with a body, in file order."""
    import html
    import re

    from sitrep.ingest.document import SourceDocument

    documents: list[Any] = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for block in re.findall(r"<REUTERS.*?</REUTERS>", raw, flags=re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", block, flags=re.S)
            date = re.search(r"<DATE>\s*(\d+-[A-Z]+-\d{4})", block)
            if not body or not date or len(body.group(1)) < 300:
                continue
            newid = re.search(r'NEWID="(\d+)"', block)
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            published = dt.datetime.strptime(date.group(1).title(), "%d-%b-%Y").date()
            documents.append(
                SourceDocument(
                    text=text,
                    id=f"reuters-{newid.group(1) if newid else len(documents)}",
                    published=published.isoformat(),
                    source="Reuters",
                    origin=f"{path.name}:{len(documents)}",
                )
            )
            if len(documents) >= limit:
                return documents
    return documents


def acled_documents(data: Path, limit: int) -> list[Any]:
    """ACLED NOTES as one- or two-sentence articles dated by the event."""
    from sitrep.ingest.document import SourceDocument

    documents: list[Any] = []
    with data.open(encoding="utf-8", errors="replace") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            if len(documents) >= limit:
                break
            notes = (row.get("NOTES") or "").strip()
            if len(notes) < 40:
                continue
            published = _acled_date(row.get("EVENT_DATE", ""))
            documents.append(
                SourceDocument(
                    text=notes,
                    id=f"acled-{number}",
                    published=published,
                    source=row.get("SOURCE") or None,
                    origin=f"{data.name}:{number}",
                )
            )
    return documents


def _acled_date(text: str) -> str | None:
    for pattern in ("%d-%B-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date().isoformat()
        except ValueError:
            continue
    return None


def build_synthetic(path: Path, count: int, seed: int = 7) -> None:
    """A database with ``count`` merged events spread over 25 countries and ten years."""
    from sitrep.store import schema
    from sitrep.store.database import Store

    Store(path).close()  # the schema, by the migrations
    columns = [c.name for c in schema.events.columns]
    rng = random.Random(seed)
    first = dt.date(2015, 1, 1).toordinal()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")
    placeholders = ", ".join("?" for _ in columns)
    batch = []
    for number in range(count):
        day = dt.date.fromordinal(first + rng.randrange(3650)).isoformat()
        kind = rng.choice(TYPES)
        row = {c: None for c in columns}
        row.update(
            id=f"s{number:08d}#v1",
            family=kind.lower(),
            type=kind,
            date=day,
            date_start=day,
            date_end=day,
            date_precision="day",
            country=rng.choice(COUNTRIES),
            place=f"Town {rng.randrange(5000)}",
            lat=rng.uniform(-30, 50),
            lon=rng.uniform(-20, 130),
            killed=rng.choice([None, 0, 1, 2, 5]),
            modality="asserted",
            confidence=0.8,
            num_mentions=1,
            num_articles=1,
            num_sources=1,
            first_report=day,
            last_report=day,
        )
        batch.append(tuple(row[c] for c in columns))
        if len(batch) >= 50_000:
            connection.executemany(f"INSERT INTO events VALUES ({placeholders})", batch)
            batch = []
    if batch:
        connection.executemany(f"INSERT INTO events VALUES ({placeholders})", batch)
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


def query_times(path: Path, runs: int = 30) -> dict[str, Any]:
    """Milliseconds of country + month queries (and with a type) through the query layer."""
    from sitrep.store.database import Store
    from sitrep.store.queries import EventQuery, find_events

    store = Store(path)
    rng = random.Random(11)
    find_events(store, EventQuery(country="AF", since="2020-01-01", until="2020-01-31"))
    figures: dict[str, Any] = {}
    for label, with_type in (("country_month", False), ("country_month_type", True)):
        times, sizes = [], []
        for _ in range(runs):
            month = dt.date(2015 + rng.randrange(10), 1 + rng.randrange(12), 1)
            end = (month + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
            query = EventQuery(
                country=rng.choice(COUNTRIES),
                since=month.isoformat(),
                until=end.isoformat(),
                type="ASSAULT" if with_type else None,
                limit=100,
            )
            start = time.perf_counter()
            sizes.append(len(find_events(store, query)))
            times.append((time.perf_counter() - start) * 1000)
        figures[label] = {
            "median_ms": round(statistics.median(times), 2),
            "max_ms": round(max(times), 2),
            "rows_median": statistics.median(sizes),
        }
    store.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        choices=sorted(DEFAULT_DATA),
        default="reuters",
        help="articles for the overhead part",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="the corpus file or folder (default: under ../shared/data)",
    )
    parser.add_argument("--limit", type=int, default=200, help="articles for the overhead part")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events")
    parser.add_argument(
        "--synthetic-db",
        type=Path,
        default=None,
        help="reuse (or build) the synthetic database here",
    )
    parser.add_argument("--skip-overhead", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    figures: dict[str, Any] = {}
    if not args.skip_overhead:
        data = args.data or DEFAULT_DATA[args.corpus]
        if not data.exists():
            print(f"skipping the overhead part: needs {data}", file=sys.stderr)
        else:
            read = reuters_documents if args.corpus == "reuters" else acled_documents
            figures["overhead"] = overhead(read(data, args.limit))
            figures["overhead"]["corpus"] = args.corpus
            o = figures["overhead"]
            print(
                f"{args.corpus}: storing {o['documents']} documents ({o['events']} events): extraction "
                f"{o['extraction_s']} s, storing {o['storing_s']} s = "
                f"{100 * o['storing_share']:.1f}% of extraction"
            )
    with tempfile.TemporaryDirectory() as folder:
        path = args.synthetic_db or Path(folder) / "synthetic.sqlite"
        if not path.exists():
            start = time.perf_counter()
            build_synthetic(path, args.events)
            print(f"built {args.events:,} synthetic events in {time.perf_counter() - start:.0f} s")
        figures["queries"] = query_times(path)
        figures["queries"]["events"] = args.events
        for label, q in figures["queries"].items():
            if isinstance(q, dict):
                print(
                    f"query {label} over {args.events:,} events: median {q['median_ms']} ms, "
                    f"max {q['max_ms']} ms ({q['rows_median']} rows)"
                )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
