"""Score sitrep's toponym detection, geocoding and event-place choice.

Datasets (read at run time from ``<repo>/../shared/data``, never copied):

- ``geo/lgl.xml`` (LGL, US local news, GeoNames ids) and ``geo/GeoVirus.xml``:
  span precision/recall/F1 of detected toponyms (via ``sitrep.extract``), and
  accuracy within 161 km (and exact GeoNames id where the gold has one) for the
  gold toponyms that were detected. ``--gold-toponyms`` feeds the gold spans to
  the geocoder directly, scoring resolution alone.
- ``events/event_location/labeled_text.jsonl.zip``: for sentences naming two or
  more places, does `choose_event_place` pick the labelled place of the event.

    python benchmarks/geo.py --gold-toponyms [--limit N] [--json out.json]
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
KM_THRESHOLD = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass
class Article:
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(node: ET.Element | None) -> float | None:
    return float(node.text) if node is not None and node.text else None


def load_lgl(path: Path) -> list[Article]:
    """LGL: <article><text/><toponyms><toponym><start/><end/><phrase/><gaztag geonameid>."""
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        article = Article(art.findtext("text") or "")
        for top in art.iter("toponym"):
            gaz = top.find("gaztag")
            article.toponyms.append(
                GoldToponym(
                    int(top.findtext("start") or 0),
                    int(top.findtext("end") or 0),
                    top.findtext("phrase") or "",
                    _float(gaz.find("lat")) if gaz is not None else None,
                    _float(gaz.find("lon")) if gaz is not None else None,
                    int(gaz.get("geonameid") or 0) or None if gaz is not None else None,
                )
            )
        articles.append(article)
    return articles


def _realign(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """GeoVirus offsets are often one character late: find the name near them."""
    if text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift : start + shift + len(name)] == name:
            return start + shift, start + shift + len(name)
    return start, end


def load_geovirus(path: Path) -> list[Article]:
    """GeoVirus: <article><text/><locations><location><name/><start/><end/><lat/><lon/>."""
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        article = Article(art.findtext("text") or "")
        for loc in art.iter("location"):
            name = loc.findtext("name") or ""
            start, end = _realign(
                article.text, name, int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            )
            article.toponyms.append(
                GoldToponym(
                    start,
                    end,
                    name,
                    _float(loc.find("lat")),
                    _float(loc.find("lon")),
                    None,
                )
            )
        articles.append(article)
    return articles


@dataclass
class Predicted:
    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None


def _predict_gold_spans(
    geocoder: Any, article: Article, source_country: str | None
) -> list[Predicted]:
    spans = [(t.start, t.end) for t in article.toponyms]
    out = []
    for res in geocoder.resolve(article.text, spans, source_country=source_country):
        place = res.place or res.within
        out.append(
            Predicted(
                res.start,
                res.end,
                place.lat if place else None,
                place.lon if place else None,
                place.public_geonameid if res.place else None,
            )
        )
    return out


def _predict_pipeline(article: Article) -> list[Predicted]:
    from sitrep.pipeline import extract

    report = extract(article.text)
    out = []
    for place in report.places:
        for mention in place.mentions:
            out.append(Predicted(mention.start, mention.end, place.lat, place.lon, place.geonameid))
    return out


def score_articles(
    articles: list[Article],
    predict: Callable[[Article], list[Predicted]],
    misses: list[dict[str, Any]] | None = None,
) -> dict[str, float]:
    """Span P/R/F1 (exact offsets) and resolution accuracy on detected gold toponyms.

    ``misses``, when given, collects each detected gold toponym placed more than
    161 km away (or not placed), with its article number and context, for review.
    """
    from sitrep.resolve.geo.distance import haversine_km

    tp = n_pred = n_gold = 0
    resolved = within = id_total = id_match = 0
    n_toponyms = 0
    started = time.perf_counter()
    for number, article in enumerate(articles):
        predicted = predict(article)
        n_toponyms += len(predicted)
        by_span = {(p.start, p.end): p for p in predicted}
        n_pred += len(by_span)
        n_gold += len({(t.start, t.end) for t in article.toponyms})
        for gold in article.toponyms:
            pred = by_span.get((gold.start, gold.end))
            if pred is None:
                continue
            tp += 1
            if gold.lat is None or gold.lon is None:
                continue
            resolved += 1
            km = None
            if pred.lat is not None and pred.lon is not None:
                km = haversine_km(gold.lat, gold.lon, pred.lat, pred.lon)
                within += km <= KM_THRESHOLD
            if misses is not None and (km is None or km > KM_THRESHOLD):
                misses.append(_miss(number, article, gold, pred, km))
            if gold.geonameid is not None:
                id_total += 1
                id_match += pred.geonameid == gold.geonameid
    elapsed = time.perf_counter() - started
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "articles": len(articles),
        "gold_toponyms": n_gold,
        "detection_precision": round(precision, 4),
        "detection_recall": round(recall, 4),
        "detection_f1": round(f1, 4),
        "scored_resolutions": resolved,
        "accuracy_161km": round(within / resolved, 4) if resolved else 0.0,
        "geonameid_scored": id_total,
        "geonameid_accuracy": round(id_match / id_total, 4) if id_total else 0.0,
        "toponyms_per_second": round(n_toponyms / elapsed, 1) if elapsed else 0.0,
    }


def _miss(
    number: int, article: Article, gold: GoldToponym, pred: Predicted, km: float | None
) -> dict[str, Any]:
    """One wrong resolution, with enough context to judge it."""
    return {
        "article": number,
        "text": gold.text,
        "start": gold.start,
        "context": article.text[max(0, gold.start - 80) : gold.end + 80].replace("\n", " "),
        "gold": [gold.lat, gold.lon],
        "ours": [pred.lat, pred.lon],
        "geonameid": pred.geonameid,
        "km": None if km is None else round(km),
    }


def load_event_location(path: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as archive:
        member = next(n for n in archive.namelist() if n.endswith(".jsonl") and "MACOSX" not in n)
        with archive.open(member) as f:
            records: list[dict[str, Any]] = json.load(f)
    return records


def _candidate_places(
    record: dict[str, Any], is_place: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Gold event places plus every other capitalised token run the gazetteer knows."""
    text = record["text"]
    gold = [
        (s["start"], s["end"])
        for s in record.get("spans", ())
        if s["label"] == "LOCATION" and s["end"] > s["start"]
    ]
    spans = list(gold)
    tokens = record.get("tokens") or []
    i = 0
    while i < len(tokens):
        if not tokens[i]["text"][:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1]["text"][:1].isupper():
            j += 1
        start, end = tokens[i]["start"], tokens[j]["end"]
        overlaps = any(s < end and start < e for s, e in spans)
        if not overlaps and i > 0 and is_place(text[start:end]):
            spans.append((start, end))
        i = j + 1
    return sorted(spans)


def score_event_place(
    records: Iterable[dict[str, Any]], is_place: Callable[[str], bool], limit: int | None
) -> dict[str, float]:
    from sitrep.resolve.geo.event_place import choose_event_place

    total = rule = first = nearest = 0
    for record in records:
        spans = record.get("spans") or []
        verbs = [(s["start"], s["end"]) for s in spans if s["label"] == "VERB"]
        gold = [
            (s["start"], s["end"])
            for s in spans
            if s["label"] == "LOCATION" and s["end"] > s["start"]
        ]
        if not verbs or not gold:
            continue
        places = _candidate_places(record, is_place)
        if len(places) < 2:
            continue
        total += 1

        def hit(span: tuple[int, int] | None, gold: list[tuple[int, int]] = gold) -> bool:
            return span is not None and any(span[0] < e and s < span[1] for s, e in gold)

        chosen = choose_event_place(record["text"], verbs[0], places)
        rule += hit(places[chosen] if chosen is not None else None)
        first += hit(places[0])
        nearest += hit(min(places, key=lambda p: abs(p[0] - verbs[0][0])))
        if limit is not None and total >= limit:
            break
    return {
        "sentences_with_several_places": total,
        "rule_accuracy": round(rule / total, 4) if total else 0.0,
        "baseline_first_place": round(first / total, 4) if total else 0.0,
        "baseline_nearest_place": round(nearest / total, 4) if total else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument(
        "--gazetteer", type=Path, default=None, help="index file (default: packaged)"
    )
    parser.add_argument("--gold-toponyms", action="store_true", help="geocode the gold spans only")
    parser.add_argument("--limit", type=int, default=None, help="articles/sentences per dataset")
    parser.add_argument(
        "--lgl-source-country",
        default="US",
        help="source country given for LGL articles (US local outlets); '' for none",
    )
    parser.add_argument("--skip-events", action="store_true", help="skip the event-place score")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--misses",
        type=Path,
        default=None,
        help="write the resolutions placed over 161 km from the gold here (JSON, for review)",
    )
    args = parser.parse_args(argv)

    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.geocoder import Geocoder

    started = time.perf_counter()
    gazetteer = Gazetteer.open(args.gazetteer)
    load_seconds = time.perf_counter() - started
    gazetteer.lookup("Kabul")
    geocoder = Geocoder(gazetteer)
    figures: dict[str, Any] = {
        "mode": "gold-toponyms" if args.gold_toponyms else "pipeline",
        "gazetteer": str(gazetteer.path),
        "gazetteer_load_seconds": round(load_seconds, 4),
    }
    print(
        f"gazetteer {gazetteer.path} opened in {load_seconds * 1000:.1f} ms ({len(gazetteer):,} places)"
    )

    datasets: list[tuple[str, Path, Callable[[Path], list[Article]], str | None]] = [
        ("lgl", args.data / "geo" / "lgl.xml", load_lgl, args.lgl_source_country or None),
        ("geovirus", args.data / "geo" / "GeoVirus.xml", load_geovirus, None),
    ]
    all_misses: dict[str, list[dict[str, Any]]] = {}
    for name, path, loader, source_country in datasets:
        if not path.is_file():
            print(f"{name}: {path} not found, skipped", file=sys.stderr)
            continue
        articles = loader(path)[: args.limit]
        if not args.gold_toponyms and importlib.util.find_spec("sitrep.pipeline") is None:
            print(
                "sitrep.extract is not available yet; score the geocoder alone with "
                "--gold-toponyms.",
                file=sys.stderr,
            )
            return 2
        predict: Callable[[Article], list[Predicted]] = _predict_pipeline
        if args.gold_toponyms:
            predict = functools.partial(
                _predict_gold_spans, geocoder, source_country=source_country
            )
        dataset_misses: list[dict[str, Any]] | None = [] if args.misses is not None else None
        figures[name] = score_articles(articles, predict, dataset_misses)
        if dataset_misses is not None:
            all_misses[name] = dataset_misses
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in figures[name].items()))

    events_path = args.data / "events" / "event_location" / "labeled_text.jsonl.zip"
    if not args.skip_events and events_path.is_file():
        figures["event_location"] = score_event_place(
            load_event_location(events_path), gazetteer.is_known_place, args.limit
        )
        print(
            "event_location: " + ", ".join(f"{k}={v}" for k, v in figures["event_location"].items())
        )
    if args.misses is not None:
        args.misses.write_text(json.dumps(all_misses, indent=1), encoding="utf-8")
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
