"""Web service speed: API list queries and the dashboard's first view over many events.

Builds (or reuses, ``--synthetic-db``) a synthetic SQLite database of ``--events``
merged events as ``benchmarks/store.py`` does, serves it with uvicorn on 127.0.0.1,
and prints:

1. API list queries over HTTP (``/api/events`` first page, by country, country and
   month, type; ``/api/search``): median and worst milliseconds;
2. the dashboard's first view: the HTTP time of everything it fetches (page, bundle,
   timeline counts, map points), and, when Chromium and Playwright are there, the time
   from navigation until the map and timeline are drawn in a headless browser.

    python benchmarks/serve.py [--events 100000] [--limit RUNS] [--json out.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]


def build_synthetic(path: Path, count: int) -> None:
    """The synthetic database of benchmarks/store.py (one builder for both benchmarks)."""
    spec = importlib.util.spec_from_file_location("store_benchmark", REPO / "benchmarks/store.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_synthetic(path, count)


def start_server(db: Path) -> tuple[Any, str]:
    """uvicorn serving the whole application in a thread; returns it and its base URL."""
    import socket

    import uvicorn

    from sitrep.serve import create_app
    from sitrep.store.database import Store

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(Store(db))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def timed(client: Any, url: str, runs: int) -> dict[str, Any]:
    """Median and worst milliseconds of GET url (after one warm-up)."""
    client.get(url).raise_for_status()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def api_figures(client: Any, base: str, runs: int) -> dict[str, Any]:
    queries = {
        "events_first_page": "/api/events?limit=100",
        "events_country": "/api/events?country=AF&limit=100",
        "events_country_month": "/api/events?country=AF&since=2020-03-01&until=2020-03-31",
        "events_type_sorted_killed": "/api/events?type=ASSAULT&sort=-killed&limit=100",
        "events_page_50": "/api/events?limit=100&offset=5000",
        "actors": "/api/actors?limit=100",
    }
    return {name: timed(client, base + path, runs) for name, path in queries.items()}


def first_view_http(client: Any, base: str, runs: int) -> dict[str, Any]:
    """Milliseconds to fetch, one after the other, everything the first view needs."""
    page = client.get(base + "/").text
    assets = re.findall(r'(?:src|href)="(/assets/[^"]+)"', page)
    urls = [
        "/",
        *assets,
        "/api/stats/events-per-day",
        "/api/events/points?limit=1000",
    ]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for url in urls:
            client.get(base + url).raise_for_status()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def first_view_browser(base: str, runs: int) -> dict[str, Any] | None:
    """Milliseconds from navigation until the map and timeline are drawn, in Chromium."""
    if not CHROMIUM.exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(runs + 1):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            start = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready='true']", timeout=60_000)
            times.append((time.perf_counter() - start) * 1000)
            points = int(page.get_attribute("#map", "data-points") or 0)
            context.close()
        browser.close()
    times = times[1:]  # the first run warms Chromium up
    return {
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "points": points,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="synthetic events")
    parser.add_argument("--limit", type=int, default=20, help="runs per measured request")
    parser.add_argument("--synthetic-db", type=Path, default=None, help="reuse or build it here")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium figure")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    import httpx

    from sitrep.serve.frontend import DEFAULT_BUNDLE, bundle_ready

    figures: dict[str, Any] = {"events": args.events}
    with tempfile.TemporaryDirectory() as folder:
        db = args.synthetic_db or Path(folder) / "serve-synthetic.sqlite"
        if not db.exists():
            start = time.perf_counter()
            build_synthetic(db, args.events)
            print(f"built {args.events:,} synthetic events in {time.perf_counter() - start:.0f} s")
        server, base = start_server(db)
        with httpx.Client(timeout=60) as client:
            figures["api"] = api_figures(client, base, args.limit)
            for name, f in figures["api"].items():
                print(f"API {name}: median {f['median_ms']} ms, max {f['max_ms']} ms")
            if bundle_ready(DEFAULT_BUNDLE):
                figures["first_view_http"] = first_view_http(client, base, max(3, args.limit // 4))
                f = figures["first_view_http"]
                print(
                    f"first view, all its HTTP requests: median {f['median_ms']} ms, "
                    f"max {f['max_ms']} ms"
                )
            else:
                print("first view: skipped, the dashboard is not built (cd web && npm run build)")
        if bundle_ready(DEFAULT_BUNDLE) and not args.no_browser:
            browser = first_view_browser(base, max(3, args.limit // 4))
            if browser is None:
                print("first view in Chromium: skipped (needs /usr/bin/chromium and playwright)")
            else:
                figures["first_view_browser"] = browser
                print(
                    f"first view in Chromium until map and timeline are drawn "
                    f"({browser['points']:,} points): median {browser['median_ms']} ms, "
                    f"max {browser['max_ms']} ms"
                )
        server.should_exit = True
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
