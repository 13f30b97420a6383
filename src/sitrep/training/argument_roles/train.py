"""Train the attack argument-role model on MUC-4 GTT train and write its JSON.

Usage (from the repository root)::

    python -m sitrep.training.argument_roles.train [--data ../shared/data] [--out PATH]
        [--cache /tmp/roles.jsonl] [--held-out-every 5] [--l2 2.0] [--min-count 3] [--prune 0.1]
        [--dense] [--class-power 0.0] [--tune document]

Every ``held-out-every``-th training document is held out to tune the per-class
thresholds (on GTT's document-level entity score, ``document_tuning``; ``--tune
candidate`` tunes on candidate-level F1 as before 26 Nov); the final weights are then fitted on all training documents. gtt_dev is
never read: it is what the benchmark (``benchmarks/events.py --dataset muc4``) scores.
``--cache`` keeps the labelled candidates, so a second run skips the pipeline.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from sitrep.training.argument_roles.document_tuning import tune_by_document
from sitrep.training.argument_roles.examples import Example, build_examples, read_gtt
from sitrep.training.argument_roles.fit import (
    CLASSES,
    NEXT_SUFFIX,
    dense_weights,
    fit,
    pruned_weights,
    tune_thresholds,
)

REPO_ROOT = Path(__file__).resolve().parents[4]
SHARED_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()
GTT_TRAIN = Path("events") / "muc4" / "gtt_train.json"


def load_examples(data: Path, cache: Path | None) -> list[Example]:
    """The labelled candidates, from the cache when it exists, else from the pipeline."""
    if cache is not None and cache.is_file():
        lines = cache.read_text(encoding="utf-8").splitlines()
        return [Example(**json.loads(line)) for line in lines if line.strip()]
    examples = list(build_examples(read_gtt(data / GTT_TRAIN)))
    if cache is not None:
        cache.write_text("\n".join(json.dumps(asdict(e)) for e in examples), encoding="utf-8")
    return examples


def thresholds_of(report: dict[str, dict[str, float]]) -> dict[str, float]:
    """The model file's thresholds: per class, and per class for the following sentence."""
    found: dict[str, float] = {}
    for name, figures in report.items():
        found[name] = figures["threshold"]
        found[name + NEXT_SUFFIX] = figures["threshold_next"]
    return found


def main(argv: list[str] | None = None) -> int:
    from sitrep.events.role_model import MODEL_PATH

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the JSON")
    parser.add_argument("--cache", type=Path, default=None, help="labelled candidates cache")
    parser.add_argument("--held-out-every", type=int, default=5)
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--prune", type=float, default=0.1, help="smallest weight kept")
    parser.add_argument(
        "--dense", action="store_true", help="also weigh the pooled tok2vec vector of a phrase"
    )
    parser.add_argument(
        "--class-power",
        type=float,
        default=0.0,
        help="weigh each class's examples (n / class count) ** power; 0: unweighted",
    )
    parser.add_argument(
        "--tune",
        choices=("document", "candidate"),
        default="document",
        help="tune thresholds on GTT's document-level entity F1 or on candidate-level F1",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    examples = load_examples(args.data, args.cache)
    prepared = time.perf_counter() - started
    tuning = [e for e in examples if e.document % args.held_out_every != 0]
    held_out = [e for e in examples if e.document % args.held_out_every == 0]
    options = {"use_dense": args.dense, "class_power": args.class_power}
    fitted = fit(tuning, args.l2, args.min_count, **options)
    if args.tune == "document":
        if not any(e.filler for e in held_out):
            raise SystemExit(
                f"the cache {args.cache} holds no fillers (written before document-level "
                "tuning): delete it to rebuild it, or pass --tune candidate"
            )
        documents = read_gtt(args.data / GTT_TRAIN)
        gold = {
            number: document.entities
            for number, document in enumerate(documents)
            if number % args.held_out_every == 0
        }
        report = tune_by_document(fitted, held_out, gold)
    else:
        report = tune_thresholds(fitted, held_out)
    final = fit(examples, args.l2, args.min_count, **options)
    weights = pruned_weights(final, args.prune)
    model = {
        "version": 1,
        "classes": list(CLASSES),
        "thresholds": thresholds_of(report),
        "training": {
            "data": "MUC-4 GTT train (events/muc4/gtt_train.json)",
            "documents": len({e.document for e in examples}),
            "candidates": len(examples),
            "labels": dict(Counter(e.label for e in examples)),
            "held_out_every": args.held_out_every,
            "held_out_f1": report,
            "l2": args.l2,
            "min_count": args.min_count,
            "prune": args.prune,
            "dense": args.dense,
            "class_power": args.class_power,
            "tuned_on": args.tune,
        },
        "weights": weights,
    }
    if final.dense is not None:
        model["dense"] = dense_weights(final)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    total = time.perf_counter() - started
    print(json.dumps(model["training"], indent=2))
    print(
        f"{len(weights)} features -> {args.out} ({args.out.stat().st_size / 1024:.0f} KiB); "
        f"pipeline {prepared:.0f} s, total {total:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
