"""The database commands: ingest, watch, events, actors, show, errors, export.

Thin Typer commands over ``sitrep.store`` (the run in ``store.runner``, the
reads in ``store.queries``, the files in ``store.export``); ``register`` adds
them to the main app.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sitrep.errors import SitrepError

DEFAULT_DB = "sitrep.sqlite"
DbOption = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")]


def register(app: typer.Typer) -> None:
    """Add the database commands to ``app``."""
    app.command()(ingest)
    app.command()(watch)
    app.command()(events)
    app.command()(show)
    app.command()(errors)
    app.command()(export)
    group = next((g.typer_instance for g in app.registered_groups if g.name == "actors"), None)
    if group is None:
        group = typer.Typer(help="Actors: list them, show one's page.", no_args_is_help=True)
        app.add_typer(group, name="actors")
    group.command("list")(actors_list)
    group.command("show")(actor_show)


def _open(db: str) -> Any:
    from sitrep.store.database import Store

    try:
        return Store(db)
    except SitrepError as err:
        typer.echo(err.one_line(), err=True)
        raise typer.Exit(2) from None


def _print_json(value: object) -> None:
    """What a command found, as indented JSON on standard output (``--json``)."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _found(record: dict[str, Any] | None, key: str, kind: str, lister: str) -> dict[str, Any]:
    """The record, or a clear error naming the command that lists the valid ids."""
    if record is None:
        typer.echo(f"error[E600] {key}: no such {kind}; list them with `{lister}`", err=True)
        raise typer.Exit(1)
    return record


def _interval(text: str) -> float:
    """Seconds from ``90``, ``30s``, ``15m``, ``2h``."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if not match:
        raise typer.BadParameter(f"cannot read the interval {text!r}; write e.g. 30s, 15m or 2h")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]


def _progress_run(
    db: str,
    sources: list[str],
    workers: int,
    skip_known: bool,
    published: str | None = None,
    dask: str | None = None,
) -> Any:
    """Run one ingest over ``sources`` with a progress bar on stderr; return its stats."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from sitrep.ingest.files import iter_sources
    from sitrep.store.runner import ingest as run_ingest

    store = _open(db)
    items = iter_sources(
        sources, skip_url=store.has_url if skip_known else None, published=published
    )
    console = Console(stderr=True)
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("ingesting", total=None, counts="")

        def update(stats: Any) -> None:
            progress.update(
                task,
                completed=stats.documents,
                counts=(
                    f"{stats.documents} documents · {stats.events} events · {stats.errors} errors"
                    f" · {stats.duplicates} already stored"
                ),
            )

        try:
            if dask:
                from sitrep.scale.dask_ingest import ingest_with_dask

                stats = ingest_with_dask(
                    store,
                    items,
                    address=dask,
                    workers=workers if workers > 1 else None,
                    on_progress=update,
                )
            else:
                stats = run_ingest(store, items, workers=workers, on_progress=update)
        except SitrepError as err:
            typer.echo(err.one_line(), err=True)
            raise typer.Exit(2) from None
    for line in stats.error_lines:
        typer.echo(line, err=True)
    return stats


def ingest(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders (text, HTML, JSONL, WARC), feed files, feed or page URLs"
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help="Extraction processes")] = 1,
    retry_errors: Annotated[
        bool, typer.Option("--retry-errors", help="Also read again the sources of recorded errors")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date, YYYY-MM-DD, for files that do not give one"),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Extract on a Dask cluster: scheduler address (tcp://HOST:8786) or 'local'"
        ),
    ] = None,
) -> None:
    """Extract and store articles; already stored ones are skipped, changed ones revised."""
    from sitrep.ingest.dates import parse_published
    from sitrep.store.queries import error_sources

    todo = list(sources or [])
    if retry_errors:
        todo += [s for s in error_sources(_open(db)) if s not in todo]
    if not todo:
        typer.echo("error[E100] ingest: give at least one source, or --retry-errors", err=True)
        raise typer.Exit(2)
    try:
        published = parse_published(published, source="--published")
    except SitrepError as err:
        typer.echo(err.one_line(), err=True)
        raise typer.Exit(2) from None
    stats = _progress_run(db, todo, workers, skip_known=False, published=published, dask=dask)
    typer.echo(
        f"{stats.stored} stored, {stats.revised} revised, {stats.duplicates} already "
        f"stored, {stats.events} events, {stats.errors} errors",
        err=True,
    )
    if stats.errors:
        raise typer.Exit(1)


def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs or files to poll")],
    db: DbOption = DEFAULT_DB,
    every: Annotated[str, typer.Option(help="Time between polls: 30s, 15m, 2h")] = "15m",
    max_polls: Annotated[int | None, typer.Option(help="Stop after this many polls")] = None,
    workers: Annotated[int, typer.Option(help="Extraction processes")] = 1,
) -> None:
    """Poll feeds and ingest their new items, until stopped (or --max-polls)."""
    import time

    seconds = _interval(every)
    polls = 0
    while max_polls is None or polls < max_polls:
        polls += 1
        stats = _progress_run(db, feeds, workers, skip_known=True)
        typer.echo(
            f"poll {polls}: {stats.stored} new, {stats.revised} revised, {stats.errors} errors",
            err=True,
        )
        if max_polls is None or polls < max_polls:
            time.sleep(seconds)


def _query(
    actor: str | None,
    event_type: str | None,
    country: str | None,
    place: str | None,
    near: str | None,
    radius: float,
    since: str | None,
    until: str | None,
    text: str | None,
    limit: int | None,
    store: Any,
) -> Any:
    from sitrep.store.queries import EventQuery, place_coordinates

    point = None
    if near:
        match = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*", near)
        point = (
            (float(match.group(1)), float(match.group(2)))
            if match
            else (place_coordinates(store, near))
        )
        if point is None:
            typer.echo(
                f"error[E600] --near: no place named {near!r} in the database; "
                "give LAT,LON instead",
                err=True,
            )
            raise typer.Exit(2)
    return EventQuery(
        actor=actor,
        type=event_type,
        country=country,
        place=place,
        near=point,
        radius_km=radius,
        since=since,
        until=until,
        text=text,
        limit=limit,
    )


Actor = Annotated[str | None, typer.Option(help="Actor id, name or alias")]
EventType = Annotated[str | None, typer.Option("--type", help="PLOVER type or ACLED event type")]
Country = Annotated[str | None, typer.Option(help="ISO country code, e.g. AF")]
PlaceName = Annotated[str | None, typer.Option(help="Place, district or province name")]
Near = Annotated[str | None, typer.Option(help="LAT,LON or a place name, with --radius")]
Radius = Annotated[float, typer.Option(help="Radius in km around --near")]
Since = Annotated[str | None, typer.Option(help="From this date, YYYY-MM-DD")]
Until = Annotated[str | None, typer.Option(help="Until this date, YYYY-MM-DD")]
Text = Annotated[str | None, typer.Option("--text", help="Words in the evidence")]


def events(
    db: DbOption = DEFAULT_DB,
    actor: Actor = None,
    event_type: EventType = None,
    country: Country = None,
    place: PlaceName = None,
    near: Near = None,
    radius: Radius = 50.0,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    limit: Annotated[int, typer.Option(help="Most events shown")] = 50,
    as_json: JsonOption = False,
) -> None:
    """List merged events, latest first, with filters."""
    from sitrep.store.queries import find_events

    store = _open(db)
    rows = find_events(
        store,
        _query(actor, event_type, country, place, near, radius, since, until, text, limit, store),
    )
    if as_json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} events")
    for column in ("id", "date", "type", "actor1", "actor2", "place", "killed", "sources"):
        table.add_column(column, overflow="fold", min_width=10 if column == "date" else None)
    for row in rows:
        killed = "" if row["killed"] is None else str(row["killed"])
        if "killed" in row["conflicts"]:
            killed += " ⚠ " + "/".join(map(str, row["conflicts"]["killed"]))
        table.add_row(
            row["id"],
            row["date_start"] or "",
            row["type"],
            row["actor1"] or "",
            row["actor2"] or "",
            ", ".join(filter(None, (row["place"], row["country"]))),
            killed,
            str(row["num_sources"]),
        )
    Console().print(table)


def show(
    event_id: Annotated[str, typer.Argument(help="Event id from `sitrep events`")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """One event with its sources and the evidence in each, highlighted."""
    from sitrep.store.queries import get_event

    event = _found(get_event(_open(db), event_id), event_id, "event", "sitrep events")
    if as_json:
        _print_json(event)
        return
    console = Console()
    console.print(
        f"[bold]{event['type']}[/bold] {event['date_start'] or ''} "
        f"{event['place'] or ''} {event['country'] or ''} — {event['actor1'] or '?'} "
        f"→ {event['actor2'] or '?'}; killed {event['killed']}"
    )
    if event["conflicts"]:
        console.print(f"[yellow]sources disagree: {event['conflicts']}[/yellow]")
    console.print(
        f"{event['num_sources']} sources, {event['num_articles']} articles, "
        f"first report {event['first_report']}, last {event['last_report']}"
    )
    for mention in event["mentions"]:
        console.print(
            f"\n[bold]{escape(mention['outlet'] or '')}[/bold] "
            f"{escape(mention['title'] or mention['name'] or '')} "
            f"({mention['published'] or ''}) {escape(mention['url'] or '')}"
        )
        for span in mention["evidence_spans"]:
            console.print(
                f"  …{escape(span['before'][-80:])}[bold yellow]{escape(span['text'])}"
                f"[/bold yellow]{escape(span['after'][:80])}…"
            )


def actors_list(
    name: Annotated[str | None, typer.Argument(help="Name or alias (or part) to look for")] = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Most actors shown")] = 100,
    as_json: JsonOption = False,
) -> None:
    """List actors by name or alias, with how many events and articles name them."""
    from sitrep.store.queries import find_actors

    rows = find_actors(_open(db), name, limit=limit)
    if as_json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} actors")
    for column in ("id", "name", "type", "country", "events", "articles"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row["id"],
            row["name"],
            row["type"] or "",
            row["country"] or "",
            str(row["events"]),
            str(row["articles"]),
        )
    Console().print(table)


def actor_show(
    actor_id: Annotated[str, typer.Argument(help="Actor id from `sitrep actors list`")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """One actor's page: aliases, events, roles over time and status changes, with sources."""
    from sitrep.store.queries import actor_page

    page = _found(actor_page(_open(db), actor_id), actor_id, "actor", "sitrep actors list")
    if as_json:
        _print_json(page)
        return
    _print_actor(page)


def _print_actor(page: dict[str, Any]) -> None:
    console = Console()
    console.print(
        f"[bold]{escape(page['name'])}[/bold] ({page['id']}) {page['type'] or ''} "
        f"{page['country'] or ''}"
    )
    console.print("aliases: " + ", ".join(escape(a["name"]) for a in page["aliases"]))
    for role in page["roles"]:
        console.print(
            f"role: {escape(role['title'])} {escape(role['organisation'] or '')} "
            f"({role['date']}, {escape(role['outlet'] or role['url'] or '')})"
        )
    for status in page["statuses"]:
        console.print(
            f"status: {status['value']} {status['date'] or ''} "
            f"({escape(status['outlet'] or status['url'] or '')})"
        )
    for event in page["events"]:
        console.print(
            f"event: {event['id']} {event['type']} {event['date_start'] or ''} "
            f"{escape(event['place'] or '')} as {event['role']}"
        )


def errors(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Documents that failed, with their error; retry them with `sitrep ingest --retry-errors`."""
    from sitrep.store.queries import list_errors

    rows = list_errors(_open(db))
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        typer.echo(
            f"error[{row['code']}] {row['origin']}: {row['message']} "
            f"(attempts: {row['attempts'] or 1})"
        )
    typer.echo(f"{len(rows)} errors", err=True)


def export(
    output: Annotated[Path, typer.Argument(help="File to write")],
    export_format: Annotated[
        str, typer.Option("--format", help="acled-csv, plover-json, geojson or parquet")
    ] = "acled-csv",
    db: DbOption = DEFAULT_DB,
    actor: Actor = None,
    event_type: EventType = None,
    country: Country = None,
    place: PlaceName = None,
    near: Near = None,
    radius: Radius = 50.0,
    since: Since = None,
    until: Until = None,
    text: Text = None,
) -> None:
    """Write the (filtered) events as ACLED CSV, PLOVER JSON, GeoJSON or Parquet."""
    from sitrep.store.export import ExportFormat, export_events

    formats = [f.value for f in ExportFormat]
    if export_format not in formats:
        typer.echo(
            f"error[E600] --format: unknown format {export_format!r}; choose one of "
            f"{', '.join(formats)}",
            err=True,
        )
        raise typer.Exit(2)
    store = _open(db)
    query = _query(actor, event_type, country, place, near, radius, since, until, text, None, store)
    count = export_events(store, output, export_format, query)
    typer.echo(f"wrote {count} events to {output}", err=True)
