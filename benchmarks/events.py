"""Event extraction benchmark: runs ``sitrep.extract`` on reference event data and prints accuracy.

Datasets (each a function of this script, data read from ``<repo>/../shared/data``):
  acled      ACLED South Asia 2015 notes: event type, date, admin1, fatalities, actor-1 inter code
  plover     PLOVER gold-standard sentences: event type, source and target actors
  wikievents WikiEvents dev: attacks/deaths/injuries/arrests found; victim and attacker head-word F1
  muc4       MUC-4 (GTT format) dev templates: per-role head-noun-phrase F1, micro over roles
How each is scored is documented in ``benchmarks/eventsbench/<dataset>.py``.

Usage:
  python benchmarks/events.py [--dataset NAME ...] [--limit N] [--json PATH] [--data DIR] [--check]

Speed: the documents per second of the whole pipeline, then each stage timed
alone on the datasets' texts (``--stage-docs`` of them), with the event stage's
time over the time of the stages before it (the issue's limit: 0.5).
``--check`` exits with status 1 when a figure is below its floor.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventsbench import acled, muc4, plover, speed, wikievents
from eventsbench.common import SHARED_DATA, Report, as_dict
from sitrep.knowledge.ontology import Ontology, load_ontology

Extract = Callable[[str, str | None], Any]


@dataclass
class Outcome:
    """The figures of one dataset, and whether they clear their floors."""

    name: str
    figures: dict[str, Any]
    floors: dict[str, float]
    seconds: float
    stage_seconds: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[str]:
        return [k for k, floor in self.floors.items() if float(self.figures.get(k, 0.0)) < floor]

    def as_json(self) -> dict[str, Any]:
        n = int(self.figures.get("n", 0))
        return {
            "figures": self.figures,
            "floors": self.floors,
            "failures": self.failures,
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(n / self.seconds, 3) if self.seconds else None,
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
            "errors": len(self.errors),
            "first_error": self.errors[0] if self.errors else None,
        }


@dataclass
class Run:
    """The pipeline's output on one dataset and what it cost."""

    reports: list[Report]
    seconds: float
    stage_seconds: dict[str, float]
    failures: list[str]

    def outcome(self, name: str, figures: dict[str, Any], floors: dict[str, float]) -> Outcome:
        return Outcome(name, figures, floors, self.seconds, self.stage_seconds, self.failures)


def sitrep_extractor() -> Extract:
    """The real pipeline; a clear message when it is not importable yet."""
    try:
        from sitrep import extract
    except ImportError as error:
        raise SystemExit(
            f"sitrep.extract is not available ({error}); install the package or "
            "wait for the pipeline to land, then run this benchmark again."
        ) from error

    def run(text: str, published: str | None) -> Any:
        return extract(text, published=published)

    return run


def _run_all(texts: Sequence[tuple[str, str | None]], extract: Extract) -> Run:
    """Reports for the texts, the total wall time, summed per-stage timings, and failures."""
    reports: list[Report] = []
    stages: dict[str, float] = {}
    failures: list[str] = []
    started = time.perf_counter()
    for text, published in texts:
        try:
            report = as_dict(extract(text, published))
        except Exception as error:  # one failing document must not stop the benchmark
            failures.append(f"{type(error).__name__}: {error}")
            report = {"events": [], "entities": [], "places": []}
        if report.get("error"):
            failures.append(str(report["error"].get("message") or report["error"]))
        for stage, seconds in (report.get("timings") or {}).items():
            stages[stage] = stages.get(stage, 0.0) + float(seconds)
        reports.append(report)
    return Run(reports, time.perf_counter() - started, stages, failures)


def run_acled(data: Path, limit: int | None, extract: Extract, ontology: Ontology) -> Outcome:
    cases = acled.load(data / "events" / "acled_asia_2015.csv", limit)
    run = _run_all([(c.text, c.published) for c in cases], extract)
    return run.outcome("acled", acled.score(cases, run.reports, ontology), acled.FLOORS)


def run_plover(data: Path, limit: int | None, extract: Extract, ontology: Ontology) -> Outcome:
    cases = plover.load(data / "events" / "plover", ontology, limit)
    run = _run_all([(c.text, c.published) for c in cases], extract)
    return run.outcome("plover", plover.score(cases, run.reports, ontology), plover.FLOORS)


def run_wikievents(data: Path, limit: int | None, extract: Extract, ontology: Ontology) -> Outcome:
    docs = wikievents.load(data / "events" / "wikievents" / "dev.jsonl", limit)
    run = _run_all([(d.text, d.published) for d in docs], extract)
    figures = wikievents.score(docs, run.reports, ontology)
    return run.outcome("wikievents", figures, wikievents.FLOORS)


def run_muc4(data: Path, limit: int | None, extract: Extract, ontology: Ontology) -> Outcome:
    docs = muc4.load(data / "events" / "muc4" / "gtt_dev.json", limit)
    run = _run_all([(d.text, d.published) for d in docs], extract)
    return run.outcome("muc4", muc4.score(docs, run.reports, ontology), muc4.FLOORS)


DATASETS: dict[str, Callable[[Path, int | None, Extract, Ontology], Outcome]] = {
    "acled": run_acled,
    "plover": run_plover,
    "wikievents": run_wikievents,
    "muc4": run_muc4,
}


def print_outcome(outcome: Outcome) -> None:
    print(f"\n== {outcome.name} ==")
    for key, value in outcome.figures.items():
        floor = outcome.floors.get(key)
        mark = (
            "" if floor is None else f"  (floor {floor:.2f}: {'ok' if value >= floor else 'BELOW'})"
        )
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"  {key:14} {shown}{mark}")
    n = int(outcome.figures.get("n", 0))
    if outcome.seconds:
        print(f"  speed          {n / outcome.seconds:.2f} docs/s ({outcome.seconds:.1f} s)")
    for stage, seconds in sorted(outcome.stage_seconds.items(), key=lambda kv: -kv[1]):
        print(f"    {stage:22} {seconds:8.2f} s")
    if outcome.errors:
        print(
            f"  errors         {len(outcome.errors)} documents failed; first: {outcome.errors[0]}"
        )


def time_stages(args: argparse.Namespace, outcomes: list[Outcome]) -> dict[str, Any]:
    """Each stage timed alone on the texts of the datasets just scored, evenly mixed."""
    texts: list[tuple[str, str | None]] = []
    for name in [o.name for o in outcomes]:
        texts += TEXTS[name](args.data, args.limit)
    step = max(1, len(texts) // args.stage_docs)
    sample = texts[::step][: args.stage_docs]
    seconds = speed.stage_seconds(sample)
    share = speed.event_share(seconds)
    print(f"\n== stage timing ({len(sample)} texts) ==")
    for stage, spent in seconds.items():
        print(f"  {stage:22} {spent:8.2f} s")
    if share:
        verdict = "ok" if share["events_ratio"] <= share["limit_ratio"] else "ABOVE"
        print(
            f"  event stage adds {share['events_ratio']:.1%} to the stages before it "
            f"(limit {share['limit_ratio']:.0%}: {verdict})"
        )
    return {"stage_seconds": {k: round(v, 3) for k, v in seconds.items()}, **share}


#: The (text, published) pairs of each dataset, for the stage timing.
TEXTS: dict[str, Callable[[Path, int | None], list[tuple[str, str | None]]]] = {
    "acled": lambda data, limit: [
        (c.text, c.published) for c in acled.load(data / "events" / "acled_asia_2015.csv", limit)
    ],
    "plover": lambda data, limit: [
        (c.text, c.published)
        for c in plover.load(data / "events" / "plover", load_ontology(None), limit)
    ],
    "wikievents": lambda data, limit: [
        (d.text, d.published)
        for d in wikievents.load(data / "events" / "wikievents" / "dev.jsonl", limit)
    ],
    "muc4": lambda data, limit: [
        (d.text, d.published) for d in muc4.load(data / "events" / "muc4" / "gtt_dev.json", limit)
    ],
}


def main(argv: Sequence[str] | None = None, extract: Extract | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dataset", action="append", choices=sorted(DATASETS), default=None)
    parser.add_argument("--limit", type=int, default=None, help="documents per dataset")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data folder")
    parser.add_argument("--ontology", type=Path, default=None, help="an ontology YAML to use")
    parser.add_argument("--check", action="store_true", help="exit 1 when below a floor")
    parser.add_argument(
        "--stage-docs", type=int, default=300, help="texts timed per stage (0: skip)"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"the data folder {args.data} does not exist; pass --data DIR")
    ontology = load_ontology(args.ontology)
    run = extract or sitrep_extractor()
    outcomes = [
        DATASETS[name](args.data, args.limit, run, ontology) for name in args.dataset or DATASETS
    ]
    for outcome in outcomes:
        print_outcome(outcome)
    figures = {o.name: o.as_json() for o in outcomes}
    if args.stage_docs and extract is None:
        figures["speed"] = time_stages(args, outcomes)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    failed = [f"{o.name}.{k}" for o in outcomes for k in o.failures]
    if failed:
        print(f"\nBelow floor: {', '.join(failed)}")
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
