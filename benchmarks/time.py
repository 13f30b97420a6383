"""Benchmark the time-expression tagger on TimeML gold (TimeBank + AQUAINT, TempEval-3).

Reads every ``.tml`` file under the data folder, uses the document creation time
(the TIMEX3 with functionInDocument="CREATION_TIME") as the reference date, tags
the <TEXT> part and prints detection precision/recall/F1 (strict: same span;
relaxed: overlapping spans), value F1 (overlap and equal value), figures per type,
and the speed in sentences per second on one core.

    .venv/bin/python benchmarks/time.py [--data PATH] [--limit N] [--json PATH] [--errors N]
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitrep.annotate.timex import Timex, tag_times
from sitrep.annotate.timex.tense import split_sentences

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "time" / "tbaq"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    reference: datetime.date
    gold: list[GoldTimex]


def read_tml(path: Path) -> Document:
    """Plain text of <TEXT> with the offsets of its TIMEX3 tags, and the creation date."""
    raw = path.read_text(encoding="utf-8")
    creation = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if creation is None:
        raise ValueError(f"{path} has no TIMEX3 with functionInDocument=CREATION_TIME")
    value = dict(_ATTRIBUTE.findall(creation.group()))["value"]
    reference = datetime.date.fromisoformat(value[:10])
    body_start = raw.index("<TEXT>") + len("<TEXT>")
    body = raw[body_start : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    position = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[position : tag.start()])
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "":
            open_timex = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
        elif open_timex is not None:
            start, attributes = open_timex
            if attributes.get("functionInDocument") != "CREATION_TIME":
                gold.append(GoldTimex(start, length, attributes["type"], attributes["value"]))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return Document(path.stem, "".join(pieces), reference, gold)


def normalise_value(value: str) -> str:
    """Write ISO weeks with two digits (the gold sometimes has 2000-W7)."""
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_predicted: int = 0
    value: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int]:
        def f1(precision: float, recall: float) -> float:
            return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        strict_p, strict_r = ratio(self.strict, self.predicted), ratio(self.strict, self.gold)
        relaxed_p = ratio(self.relaxed_predicted, self.predicted)
        relaxed_r = ratio(self.relaxed_gold, self.gold)
        value_p, value_r = ratio(self.value, self.predicted), ratio(self.value, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict_p": strict_p,
            "strict_r": strict_r,
            "strict_f1": f1(strict_p, strict_r),
            "relaxed_p": relaxed_p,
            "relaxed_r": relaxed_r,
            "relaxed_f1": f1(relaxed_p, relaxed_r),
            "value_p": value_p,
            "value_r": value_r,
            "value_f1": f1(value_p, value_r),
        }


def score(
    gold: list[GoldTimex], predicted: list[Timex], errors: list[str] | None, text: str
) -> Tally:
    """Match each gold timex to the first overlapping prediction (one-to-one)."""
    tally = Tally(gold=len(gold), predicted=len(predicted))
    used: set[int] = set()
    for item in gold:
        match = next(
            (
                index
                for index, timex in enumerate(predicted)
                if index not in used and timex.start < item.end and item.start < timex.end
            ),
            None,
        )
        if match is None:
            if errors is not None:
                errors.append(f"MISS  {text[item.start : item.end]!r} {item.type} {item.value}")
            continue
        used.add(match)
        timex = predicted[match]
        tally.relaxed_gold += 1
        tally.relaxed_predicted += 1
        tally.strict += (timex.start, timex.end) == (item.start, item.end)
        if normalise_value(timex.value) == normalise_value(item.value):
            tally.value += 1
        elif errors is not None:
            errors.append(
                f"VALUE {timex.text!r} gold {text[item.start : item.end]!r} {item.value} got {timex.value}"
            )
    if errors is not None:
        errors += [
            f"FALSE {timex.text!r} {timex.value}"
            for i, timex in enumerate(predicted)
            if i not in used
        ]
    return tally


def run(data: Path, limit: int | None, error_count: int) -> dict[str, object]:
    files = sorted(data.rglob("*.tml"))
    if not files:
        raise SystemExit(f"No .tml files under {data}; pass --data with the TimeML folder (tbaq).")
    documents = [read_tml(path) for path in files[:limit]]
    total = Tally()
    per_type = {name: Tally() for name in TYPES}
    errors: list[str] = []
    for document in documents:
        predicted = tag_times(document.text, document.reference)
        total.add(score(document.gold, predicted, errors, document.text))
        for name in TYPES:
            gold = [g for g in document.gold if g.type == name]
            mine = [p for p in predicted if p.type == name]
            per_type[name].add(score(gold, mine, None, document.text))
    sentence_count = sum(len(split_sentences(document.text)) for document in documents)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for document in documents:
            tag_times(document.text, document.reference)
        best = min(best, time.perf_counter() - started)
    if error_count:
        for line, count in Counter(errors).most_common(error_count):
            print(f"{count:3d} {line}", file=sys.stderr)
    return {
        "data": str(data),
        "documents": len(documents),
        "sentences": sentence_count,
        "sentences_per_second": sentence_count / best if best else 0.0,
        "overall": total.figures(),
        "per_type": {name: tally.figures() for name, tally in per_type.items()},
    }


def print_report(result: dict[str, object]) -> None:
    overall = result["overall"]
    assert isinstance(overall, dict)
    print(
        f"TimeML gold: {result['data']} ({result['documents']} documents, {result['sentences']} sentences)"
    )
    print(
        f"{'':10} {'gold':>5} {'pred':>5}  {'strict P/R/F1':>20}  {'relaxed P/R/F1':>20}  {'value P/R/F1':>20}"
    )
    rows = {"ALL": overall, **result["per_type"]}  # type: ignore[dict-item]
    for name, figures in rows.items():
        cells = [
            f"{figures[kind + '_p']:.3f}/{figures[kind + '_r']:.3f}/{figures[kind + '_f1']:.3f}"
            for kind in ("strict", "relaxed", "value")
        ]
        print(
            f"{name:10} {figures['gold']:5d} {figures['predicted']:5d}  {cells[0]:>20}  {cells[1]:>20}  {cells[2]:>20}"
        )
    print(f"speed: {result['sentences_per_second']:,.0f} sentences/s (one core, best of 3 passes)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder of TimeML .tml files"
    )
    parser.add_argument("--limit", type=int, default=None, help="use only the first N documents")
    parser.add_argument(
        "--json", type=Path, default=None, help="also write the figures to this file"
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="print the N most common errors to stderr"
    )
    args = parser.parse_args(argv)
    result = run(args.data.resolve(), args.limit, args.errors)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
