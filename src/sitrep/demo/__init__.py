"""The demo: sitrep on the articles it ships, stored in SQLite and shown as a table."""

from __future__ import annotations

from pathlib import Path

import yaml
from rich.console import Console

from sitrep.ingest.document import SourceDocument

DEMO_DIR = Path(__file__).parent


def demo_documents(directory: Path = DEMO_DIR) -> list[SourceDocument]:
    """The bundled demo articles with their metadata."""
    manifest = yaml.safe_load((directory / "articles.yaml").read_text(encoding="utf-8"))
    documents = []
    for entry in manifest:
        path = directory / entry["file"]
        documents.append(
            SourceDocument(
                text=path.read_text(encoding="utf-8"),
                id=path.stem,
                title=entry.get("title"),
                source=entry.get("source"),
                published=str(entry["published"]),
                origin=str(path),
            )
        )
    return documents


def run_demo(db: Path, console: Console) -> None:
    """Extract, store and print the demo articles' events."""
    from sitrep.pipeline import extract_documents
    from sitrep.render import print_events
    from sitrep.store.database import Store

    documents = demo_documents()
    store = Store(db)
    with console.status("Loading the pipeline and reading the demo articles…"):
        reports = list(extract_documents(documents))
    for document, report in zip(documents, reports, strict=True):
        store.save(report, document.text)
    print_events(reports, console, title=f"Events in {len(reports)} demo articles")
    total = sum(len(r.events) for r in reports)
    console.print(f"Stored {len(reports)} documents and {total} events in [bold]{db}[/bold].")
