"""Cross-article merge precision and recall on article pairs the project wrote.

Each pair in ``benchmarks/data/merge_pairs.yaml`` is two short articles; the
pair is "same" when they tell one real event. Both go through the pipeline
and into a fresh store; the store merged them when one stored event has
mentions from both. Precision and recall are over pairs.

    python benchmarks/merge.py [--data PATH] [--limit N] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO / "benchmarks" / "data" / "merge_pairs.yaml"


def merged(pair: dict[str, Any], nlp: Any, folder: Path) -> bool:
    """True when the store puts an event of article a and one of article b together."""
    from sqlalchemy import func, select

    from sitrep.ingest.document import SourceDocument
    from sitrep.pipeline import extract_documents
    from sitrep.store import schema
    from sitrep.store.database import Store

    store = Store(folder / f"{pair['name']}.sqlite")
    documents = [
        SourceDocument(
            text=side["text"],
            id=f"{pair['name']}-{key}",
            source=side["source"],
            published=str(side["published"]),
            url=f"https://{key}.example/{pair['name']}",
            origin=f"{pair['name']}-{key}",
        )
        for key, side in (("a", pair["a"]), ("b", pair["b"]))
    ]
    for document, report in zip(documents, extract_documents(documents, nlp=nlp), strict=True):
        store.save(report, document.text, document=document)
    m = schema.mentions
    with store.engine.connect() as connection:
        spread = (
            connection.execute(
                select(func.count(func.distinct(m.c.document_id))).group_by(m.c.event_id)
            )
            .scalars()
            .all()
        )
    store.close()
    return any(n >= 2 for n in spread)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="pairs YAML file")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pairs")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--verbose", action="store_true", help="print each pair's outcome")
    args = parser.parse_args(argv)

    from sitrep.pipeline import get_pipeline

    pairs = yaml.safe_load(args.data.read_text(encoding="utf-8"))[: args.limit]
    nlp = get_pipeline()
    tp = fp = fn = tn = 0
    outcomes = []
    with tempfile.TemporaryDirectory() as folder:
        for pair in pairs:
            predicted = merged(pair, nlp, Path(folder))
            gold = bool(pair["same"])
            tp += predicted and gold
            fp += predicted and not gold
            fn += gold and not predicted
            tn += not gold and not predicted
            outcomes.append({"name": pair["name"], "same": gold, "merged": predicted})
            if args.verbose:
                mark = "ok " if predicted == gold else "ERR"
                print(f"{mark} {pair['name']}: same={gold} merged={predicted}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    figures = {
        "pairs": len(pairs),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
    }
    print(
        f"merge over {len(pairs)} pairs: precision {precision:.3f}, recall {recall:.3f} "
        f"(tp {tp}, fp {fp}, fn {fn}, tn {tn})"
    )
    if args.json:
        args.json.write_text(
            json.dumps({**figures, "outcomes": outcomes}, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
