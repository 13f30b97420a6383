"""Benchmark the time-expression tagger on TIMEX3 gold: TimeBank + AQUAINT or MEANTIME.

``--corpus tbaq`` (default) reads every TimeML ``.tml`` file (TempEval-3) and tags
the <TEXT> part; ``--corpus meantime`` reads the MEANTIME English NAF/CAT XML files
(Wikinews, 2004-2011), rebuilds the text from their tokens and tags it whole,
headline and date line included (the date line itself, the creation time, is not
scored). The document creation time is the reference date in both. Prints detection
precision/recall/F1 (strict: same span; relaxed: overlapping spans), value F1
(overlap and equal value), figures per type, and the speed in sentences per second
on one core. ``--min-relaxed``/``--min-value``/``--min-speed`` make the script exit
with status 1 when a figure is below its floor (for CI).

    .venv/bin/python benchmarks/time.py [--corpus tbaq|meantime] [--data PATH] [--limit N]
        [--json PATH] [--errors N] [--min-relaxed F] [--min-value F] [--min-speed S]
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

DATA_ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "time"
DEFAULT_DATA = {"tbaq": DATA_ROOT / "tbaq", "meantime": DATA_ROOT / "meantime_en"}
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
    # Character ranges whose time expressions were annotated (None: the whole text).
    scored: list[tuple[int, int]] | None = None

    def in_scope(self, timex: Timex) -> bool:
        """True when the gold annotators looked at the place of ``timex``."""
        if self.scored is None:
            return True
        return any(start <= timex.start < end for start, end in self.scored)


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


_TOKEN = re.compile(r'<token\b[^>]*\bsentence="(\d+)"[^>]*\bt_id="(\d+)"[^>]*>([^<]*)</token>')
_MEANTIME_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"')
_NO_SPACE_BEFORE = frozenset(
    [",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"]
)
_MEANTIME_ANNOTATED = frozenset(["0", "2", "3", "4", "5"])
_NO_SPACE_AFTER = frozenset(["(", "[", "$", "US$", "#"])


def read_meantime(path: Path) -> Document:
    """MEANTIME NAF/CAT XML: text rebuilt from the tokens, TIMEX3 spans from token anchors.

    Sentences are put on lines of their own (the headline and the date line need a
    break, as in a real article); the creation-time TIMEX3 (the date line) is left out
    of the gold, and TIMEX3 tags without tokens (inferred end points) are skipped.
    MEANTIME annotates only the headline and the first body sentences (0 and 2-5),
    so only predictions there are scored; the whole article is tagged.
    """
    raw = path.read_text(encoding="utf-8")
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    length, previous_sentence, previous_token = 0, None, ""
    for sentence, token_id, escaped in _TOKEN.findall(raw):
        token = html.unescape(escaped)
        if previous_sentence is not None:
            if sentence != previous_sentence:
                gap = "\n"
            elif token in _NO_SPACE_BEFORE or previous_token in _NO_SPACE_AFTER:
                gap = ""
            else:
                gap = " "
            pieces.append(gap)
            length += len(gap)
        offsets[token_id] = (length, length + len(token))
        sentence_of[token_id] = sentence
        pieces.append(token)
        length += len(token)
        previous_sentence, previous_token = sentence, token
    reference: datetime.date | None = None
    gold: list[GoldTimex] = []
    for found in _MEANTIME_TIMEX.finditer(raw):
        attributes = dict(_ATTRIBUTE.findall(found.group(1)))
        anchors = _ANCHOR.findall(found.group(2))
        # A few files mark the date line as functionInDocument="NONE"; it is still
        # the creation time (the date under the headline, sentence 1).
        is_date_line = bool(anchors) and all(sentence_of[anchor] == "1" for anchor in anchors)
        if attributes.get("functionInDocument") == "CREATION_TIME" or (
            is_date_line
            and reference is None
            and re.fullmatch(r"\d{4}-\d\d-\d\d", attributes["value"])
        ):
            reference = _creation_date(attributes["value"])
            continue
        if anchors:
            start = min(offsets[anchor][0] for anchor in anchors)
            end = max(offsets[anchor][1] for anchor in anchors)
            gold.append(GoldTimex(start, end, attributes["type"], attributes["value"]))
    if reference is None:
        raise ValueError(f"{path} has no TIMEX3 with functionInDocument=CREATION_TIME")
    sentence_spans: dict[str, tuple[int, int]] = {}
    for token_id, (start, end) in offsets.items():
        first, last = sentence_spans.get(sentence_of[token_id], (start, end))
        sentence_spans[sentence_of[token_id]] = (min(first, start), max(last, end))
    scored = [span for sentence, span in sentence_spans.items() if sentence in _MEANTIME_ANNOTATED]
    text = "".join(pieces)
    return Document(path.stem, text, reference, sorted(gold, key=lambda g: g.start), scored)


def _creation_date(value: str) -> datetime.date:
    """ISO dates, and the one DD-MM-YYYY slip of the MEANTIME annotation (03-02-2009)."""
    slip = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    if slip:
        return datetime.date(int(slip[3]), int(slip[2]), int(slip[1]))
    return datetime.date.fromisoformat(value[:10])


def read_corpus(corpus: str, data: Path, limit: int | None) -> list[Document]:
    """The documents of ``corpus`` under ``data`` (sorted by path, the first ``limit``)."""
    if corpus == "meantime":
        folder = data / "intra-doc_annotation" if (data / "intra-doc_annotation").is_dir() else data
        files, reader = sorted(folder.rglob("*.xml")), read_meantime
    else:
        files, reader = sorted(data.rglob("*.tml")), read_tml
    if not files:
        raise SystemExit(
            f"No {corpus} gold files under {data}; pass --data with the folder of the corpus."
        )
    return [reader(path) for path in files[:limit]]


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


def run(data: Path, limit: int | None, error_count: int, corpus: str = "tbaq") -> dict[str, object]:
    documents = read_corpus(corpus, data, limit)
    total = Tally()
    per_type = {name: Tally() for name in TYPES}
    errors: list[str] = []
    for document in documents:
        predicted = [
            timex
            for timex in tag_times(document.text, document.reference)
            if document.in_scope(timex)
        ]
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
        "corpus": corpus,
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
        f"{result['corpus']} gold: {result['data']} ({result['documents']} documents, {result['sentences']} sentences)"
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


def below_floors(
    result: dict[str, object],
    min_relaxed: float | None,
    min_value: float | None,
    min_speed: float | None,
) -> list[str]:
    """One sentence per figure that is below its floor (empty when all pass)."""
    overall = result["overall"]
    assert isinstance(overall, dict)
    speed = result["sentences_per_second"]
    assert isinstance(speed, float)
    checks = [
        ("relaxed F1", overall["relaxed_f1"], min_relaxed),
        ("value F1", overall["value_f1"], min_value),
        ("speed (sentences/s)", speed, min_speed),
    ]
    return [
        f"{name} {figure:.3f} is below the floor {floor}"
        for name, figure, floor in checks
        if floor is not None and figure < floor
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", choices=sorted(DEFAULT_DATA), default="tbaq", help="which gold to read"
    )
    parser.add_argument(
        "--data", type=Path, default=None, help="folder of the corpus (default: shared data)"
    )
    parser.add_argument("--limit", type=int, default=None, help="use only the first N documents")
    parser.add_argument(
        "--json", type=Path, default=None, help="also write the figures to this file"
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="print the N most common errors to stderr"
    )
    parser.add_argument("--min-relaxed", type=float, default=None, help="floor of relaxed F1")
    parser.add_argument("--min-value", type=float, default=None, help="floor of value F1")
    parser.add_argument("--min-speed", type=float, default=None, help="floor of sentences/s")
    args = parser.parse_args(argv)
    data = (args.data or DEFAULT_DATA[args.corpus]).resolve()
    result = run(data, args.limit, args.errors, args.corpus)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    failures = below_floors(result, args.min_relaxed, args.min_value, args.min_speed)
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    if failures:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
