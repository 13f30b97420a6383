"""Human-readable renderings of reports for the terminal (Rich tables)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from sitrep.model import Event, Report

#: Narrowest width the events table is laid out for, also when output is piped.
MIN_WIDTH = 120


def _actor(event: Event, role: str) -> str:
    return next((a.name for a in event.actors if a.role == role), "")


def _toll(event: Event) -> str:
    counts = event.counts
    parts = [
        f"{value} {label}"
        for value, label in (
            (counts.killed, "killed"),
            (counts.injured, "injured"),
            (counts.arrested, "arrested"),
            (counts.kidnapped, "kidnapped"),
        )
        if value
    ]
    return ", ".join(parts)


def _where(report: Report, event: Event) -> str:
    place = report.place(event.place)
    if place is None:
        return ""
    return f"{place.name}, {place.country}" if place.country else place.name


def events_table(reports: Iterable[Report], *, title: str = "Events") -> Table:
    """One row per event: article, date, what, who against whom, where, toll, modality."""
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("article", style="dim", overflow="fold", max_width=18)
    table.add_column("date", no_wrap=True)
    table.add_column("event", overflow="fold", max_width=20)
    table.add_column("who → whom", overflow="fold", min_width=20)
    table.add_column("where", overflow="fold", min_width=12)
    table.add_column("toll", overflow="fold", min_width=9)
    table.add_column("modality", overflow="fold", min_width=8)
    for report in reports:
        if report.error is not None:
            table.add_row(
                report.document.id, "", "[red]error[/red]", report.error.message, "", "", ""
            )
            continue
        for event in report.events:
            what = event.type + (f"/{event.mode}" if event.mode else "")
            source, target = _actor(event, "source"), _actor(event, "target")
            who = f"{source} → {target}" if target else source
            table.add_row(
                report.document.id,
                event.date.value or "",
                what,
                who,
                _where(report, event),
                _toll(event),
                event.modality,
            )
    return table


def print_events(
    reports: Iterable[Report], console: Console | None = None, *, title: str = "Events"
) -> None:
    console = console or Console()
    if console.width < MIN_WIDTH and not console.is_terminal:
        console.width = MIN_WIDTH
    console.print(events_table(reports, title=title))
