"""Human-readable renderings of reports for the terminal (Rich tables)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from sitrep.model import Report


def _actor(report: Report, event: Any, role: str) -> str:
    return next((a.name for a in event.actors if a.role == role), "")


def events_table(reports: Iterable[Report], *, title: str = "Events") -> Table:
    """One row per event: document, date, type, actors, place, counts, modality."""
    table = Table(title=title, show_lines=False, expand=False)
    for column in ("document", "date", "type", "mode", "source", "target", "place",
                   "killed", "injured", "arrested", "modality"):
        fixed = column in {"date", "type", "killed", "injured", "arrested"}
        table.add_column(column, overflow="fold", no_wrap=fixed)
    for report in reports:
        if report.error is not None:
            table.add_row(report.document.id, "", f"[red]error {report.error.code}[/red]",
                          "", "", "", "", "", "", "", report.error.message[:60])
            continue
        for event in report.events:
            place = report.place(event.place)
            where = f"{place.name}, {place.country}" if place and place.country else (place.name if place else "")
            table.add_row(
                report.document.id, event.date.value or "", event.type, event.mode or "",
                _actor(report, event, "source"), _actor(report, event, "target"), where,
                _num(event.counts.killed), _num(event.counts.injured), _num(event.counts.arrested),
                event.modality,
            )
    return table


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def print_events(reports: Iterable[Report], console: Console | None = None, *, title: str = "Events") -> None:
    (console or Console()).print(events_table(reports, title=title))


def rows_for_store(rows: list[dict[str, Any]], *, title: str) -> Table:
    """A table of events as the store keeps them."""
    table = Table(title=title)
    for column in ("date", "type", "source_actor", "target_actor", "place", "country", "killed",
                   "arrested", "modality"):
        table.add_column(column.replace("_actor", ""), overflow="fold")
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in
                        ("date", "type", "source_actor", "target_actor", "place", "country",
                         "killed", "arrested", "modality")])
    return table
