"""Fixtures of the web service tests: a demo database, an API client, a live server, Chromium.

The browser fixtures prepare what they need once per session: the dashboard bundle
(``npm ci && npm run build`` in ``web/`` when it is missing) and Debian's Chromium
(``apt-get install chromium`` when ``/usr/bin/chromium`` is missing); each skips with
the reason when that cannot be done on this machine.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.serve import create_app
from sitrep.serve.frontend import DEFAULT_BUNDLE, WEB_SOURCES, bundle_ready
from sitrep.store.database import Store

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPO / "artifacts"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database of the six demo articles, as `sitrep demo` makes it."""
    from rich.console import Console

    from sitrep.demo import run_demo

    path = tmp_path_factory.mktemp("serve") / "demo.sqlite"
    run_demo(path, Console(file=io.StringIO()))
    return path


@pytest.fixture(scope="session")
def demo_store(demo_db: Path) -> Iterator[Store]:
    store = Store(demo_db)
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(demo_store: Store) -> TestClient:
    """A read-only API client over the demo database."""
    return TestClient(create_app(demo_store))


@pytest.fixture(scope="session")
def dashboard_bundle() -> Path:
    """The built dashboard; built with npm when missing (skips when npm cannot build it)."""
    if bundle_ready(DEFAULT_BUNDLE):
        return DEFAULT_BUNDLE
    npm = shutil.which("npm")
    if npm is None or not (WEB_SOURCES / "package.json").is_file():
        pytest.skip(f"the dashboard is not built and npm or {WEB_SOURCES} is missing")
    for command in ([npm, "ci", "--no-audit", "--no-fund"], [npm, "run", "build"]):
        done = subprocess.run(command, cwd=WEB_SOURCES, capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"`{' '.join(command[1:])}` failed in {WEB_SOURCES}: {done.stderr[-500:]}")
    return DEFAULT_BUNDLE


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, installed with apt-get when missing (skips when that fails)."""
    if CHROMIUM.exists():
        return CHROMIUM
    apt = shutil.which("apt-get")
    if apt is None:
        pytest.skip(f"{CHROMIUM} is missing and apt-get is not available to install chromium")
    for command in ([apt, "update"], [apt, "install", "-y", "chromium"]):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot install chromium (`{' '.join(command)}`): {done.stderr[-300:]}")
    if not CHROMIUM.exists():
        pytest.skip(f"apt-get installed chromium but {CHROMIUM} is still missing")
    return CHROMIUM


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(demo_store: Store, dashboard_bundle: Path) -> Iterator[str]:
    """The whole application served by uvicorn on 127.0.0.1 in a thread; yields its URL."""
    import uvicorn

    port = _free_port()
    app = create_app(demo_store, bundle=dashboard_bundle)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium: Path) -> Iterator[object]:
    """A headless Chromium driven by Playwright (its own browser download is not used)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    """A fresh browser page that fails the test on a JavaScript error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors in the dashboard: {errors}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
