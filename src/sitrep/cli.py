"""The command line: thin Typer commands over the library's functions.

Errors a user can act on are printed as one line (``error[CODE] INPUT: …``)
with a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sitrep.cli_serve import register as register_serve_commands
from sitrep.cli_store import register as register_store_commands
from sitrep.errors import SitrepError

app = typer.Typer(
    name="sitrep",
    help="Turn news articles into sourced event data: who did what to whom, when, where, how many.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class InputKind(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


def _fail(error: SitrepError) -> None:
    typer.echo(error.one_line(), err=True)


@app.command()
def extract(
    files: Annotated[
        list[Path], typer.Argument(help="Article files or folders (text, HTML, JSONL)")
    ],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD")] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Output format")
    ] = OutputFormat.json,
    input_format: Annotated[
        InputKind, typer.Option(help="How to read the inputs")
    ] = InputKind.auto,
    include_text: Annotated[
        bool, typer.Option(help="Include the document text in each report")
    ] = False,
    encoding: Annotated[
        str | None, typer.Option(help="Text encoding of the inputs (default UTF-8)")
    ] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest file accepted as one article")] = 20
    * 1024
    * 1024,
    workers: Annotated[
        int, typer.Option(help="Extraction processes for many inputs (0: all cores)")
    ] = 0,
) -> None:
    """Print the report of each article: entities, places, times, events, quotes."""
    from sitrep.ingest.dates import parse_published
    from sitrep.ingest.files import iter_documents
    from sitrep.pipeline import get_pipeline
    from sitrep.render import print_events
    from sitrep.scale.parallel import parallel_reports

    try:
        published = parse_published(published, source="--published")
        nlp = get_pipeline()
    except SitrepError as err:
        _fail(err)
        raise typer.Exit(2) from None
    items = iter_documents(
        files,
        input_format=input_format.value,
        published=published,
        encoding=encoding,
        max_bytes=max_bytes,
    )
    failures = 0
    reports = []
    for report in parallel_reports(items, nlp=nlp, workers=workers, include_text=include_text):
        if report.error is not None:
            failures += 1
            typer.echo(
                f"error[{report.error.code}] {report.document.id}: {report.error.message}", err=True
            )
        if output_format is OutputFormat.jsonl:
            sys.stdout.write(report.model_dump_json() + "\n")
            sys.stdout.flush()
        else:
            reports.append(report)
    if output_format is OutputFormat.json:
        payload = [r.model_dump(mode="json") for r in reports]
        out = payload[0] if len(payload) == 1 else payload
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    elif output_format is OutputFormat.table:
        print_events(reports)
    if failures:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report."""
    from sitrep.model import Report

    sys.stdout.write(json.dumps(Report.model_json_schema(), indent=2) + "\n")


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="SQLite file to store the results in")] = Path(
        "sitrep-demo.sqlite"
    ),
) -> None:
    """Run sitrep on the bundled demo articles, store the results and print the events."""
    from sitrep.demo import run_demo

    try:
        run_demo(db, Console())
    except SitrepError as err:
        _fail(err)
        raise typer.Exit(2) from None


train_app = typer.Typer(help="Train sitrep's statistical models.", no_args_is_help=True)
gazetteer_app = typer.Typer(help="Build the offline gazetteer.", no_args_is_help=True)
actors_app = typer.Typer(
    help="Actors: import dictionaries, list them, show one's page.", no_args_is_help=True
)
app.add_typer(train_app, name="train")
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(actors_app, name="actors")


@train_app.command("ner")
def train_ner_command(
    data: Annotated[Path, typer.Option(help="The shared 'ner' folder (conll2003/, gum/)")] = Path(
        "../shared/data/ner"
    ),
    output: Annotated[
        Path, typer.Option(help="Where to write corpora, checkpoints and the model")
    ] = Path("training/output"),
    max_minutes: Annotated[
        float | None, typer.Option(help="Stop training after this many minutes")
    ] = None,
) -> None:
    """Train the tagger, parser and NER model from CoNLL-2003 and GUM (see the model card)."""
    from sitrep.training.ner import train_ner

    if not data.is_dir():
        _fail(SitrepError("no such folder; give the shared ner data with --data", source=str(data)))
        raise typer.Exit(2)
    model = train_ner(data, output, max_minutes=max_minutes)
    typer.echo(f"Model written to {model}; use it with PipelineConfig(model='{model}').")


@gazetteer_app.command("build")
def gazetteer_build(
    geonames: Annotated[
        Path,
        typer.Option(
            help="Folder with GeoNames dump files (allCountries.txt or per-country files, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt, alternateNamesV2.txt)"
        ),
    ],
    out: Annotated[
        Path | None, typer.Option(help="Index file to write (default: the index sitrep uses)")
    ] = None,
) -> None:
    """Import full GeoNames dumps into sitrep's gazetteer index, streaming, with progress."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from sitrep.resolve.gazetteer import build_from_geonames, default_index_path

    if not geonames.is_dir():
        _fail(
            SitrepError(
                "no such folder; give the folder holding the GeoNames files", source=str(geonames)
            )
        )
        raise typer.Exit(2)
    target = out or default_index_path()
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    ) as progress:
        task = progress.add_task("Importing GeoNames", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            build_from_geonames(geonames, target, progress=advance)
        except (ValueError, OSError) as err:
            _fail(SitrepError(f"cannot import: {err}", source=str(geonames)))
            raise typer.Exit(1) from None
    typer.echo(f"Gazetteer index written to {target}; set SITREP_GAZETTEER={target} to use it.")


@actors_app.command("import")
def actors_import(
    files: Annotated[list[Path], typer.Argument(help="CAMEO/PETRARCH actor dictionaries")],
    out: Annotated[Path, typer.Option(help="YAML file to write the imported actors to")],
) -> None:
    """Import CAMEO/PETRARCH actor dictionaries as a sitrep actors YAML file."""
    from sitrep.knowledge.actors import load_actors
    from sitrep.knowledge.petrarch import import_petrarch, write_actors_yaml

    missing = [f for f in files if not f.is_file()]
    if missing:
        _fail(SitrepError("no such file; check the path", source=str(missing[0])))
        raise typer.Exit(2)
    actors = import_petrarch(files, known=load_actors())
    write_actors_yaml(actors, out)
    typer.echo(
        f"Wrote {len(actors)} actors to {out}; load them with PipelineConfig(actor_paths=[...])."
    )


register_store_commands(app)
register_serve_commands(app)


def main() -> None:
    """Entry point of the ``sitrep`` command."""
    app()


if __name__ == "__main__":
    main()
