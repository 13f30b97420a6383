"""Score one article's report against a hand-coded reference in the worked example's format.

The reference (``../shared/examples/*.gold.json``) lists the actors with their
aliases, the people with their roles and status, the places, the events with
their coding, the passages that must *not* become dated events, and the quotes
with their speakers. This script runs ``sitrep.extract`` on the article and
prints, for each part, how much of the reference the report recovers:

- events: a reference event is found when a report event has its PLOVER type and
  agrees on at least one of date, place or an actor; events are paired one to
  one, best agreement first. For the pairs, each coded field is compared
  (ACLED type, source, target, date, place, counts, victims, modality,
  attribution). ``extra`` counts report events left unpaired that are not
  negated, future or hypothetical.
- not_events: a passage is respected when no event whose evidence lies in it is
  told as having happened on a date (future, hypothetical, negated or undated
  background are allowed, as the reference says).
- people: found, each role title found (words of one inside the other), the
  current/former flag of found roles, and the status with its date.
- actors: found, and the share of aliases that occur in the text and are
  mentions of the actor's entity.
- places: found, same country, same feature, within 161 km where the reference
  gives coordinates.
- quotes: found (report quote starting the same way) and attributed to the
  right speaker ("anonymous official": an unnamed speaker).

Names are compared folded (case, accents, punctuation, a leading "the"); a
reference actor matches a report entity when any of its names or aliases is the
entity's name or one of its mentions.

    python benchmarks/worked_example.py [--text ARTICLE --gold GOLD] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO.parent / "shared" / "examples" / "kabul-iskp-2023-02-28.txt"
UNDATED_MODALITIES = frozenset({"future", "hypothetical", "negated"})


def fold(text: str | None) -> str:
    """Lower case, no accents or punctuation, no leading article: how names are compared."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text.replace("\u2019", "'"))
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def words_inside(short: str, long: str) -> bool:
    """Every word of one title inside the other ("spokesman" ~ "spokesman for the Taliban")."""
    a, b = set(fold(short).split()), set(fold(long).split())
    return bool(a) and bool(b) and (a <= b or b <= a)


class Scorer:
    """Compares one report (JSON dict) with one reference (JSON dict)."""

    def __init__(self, report: dict[str, Any], gold: dict[str, Any], text: str) -> None:
        self.report, self.gold, self.text = report, gold, text
        self.entities = {e["id"]: e for e in report.get("entities", [])}
        self.places = {p["id"]: p for p in report.get("places", [])}
        self.aliases = {
            fold(a["name"]): {fold(n) for n in [a["name"], *a.get("aliases", [])]}
            for a in gold.get("actors", [])
        }

    # -- names ------------------------------------------------------------------------------------
    def names_of(self, entity_id: str | None) -> set[str]:
        entity = self.entities.get(entity_id or "")
        if entity is None:
            return set()
        names = {fold(entity["name"])} | {fold(m["text"]) for m in entity["mentions"]}
        if entity.get("actor"):
            names.add(fold(entity["actor"].get("name")))
        return names - {""}

    def same_actor(self, gold_name: str | None, entity_id: str | None, text: str = "") -> bool:
        if not gold_name:
            return entity_id is None and not text
        wanted = self.aliases.get(fold(gold_name), {fold(gold_name)})
        names = self.names_of(entity_id) | {fold(text)}
        # "Pakistan police" ~ "Police Forces of Pakistan": the same words, another order
        return bool(wanted & names) or any(words_inside(gold_name, name) for name in names)

    def entity_for(self, gold_name: str) -> dict[str, Any] | None:
        wanted = self.aliases.get(fold(gold_name), {fold(gold_name)})
        found = [e for e in self.entities.values() if wanted & self.names_of(e["id"])]
        exact = [e for e in found if fold(e["name"]) in wanted]
        return (exact or found or [None])[0]

    # -- events -----------------------------------------------------------------------------------
    def _actor(self, event: dict[str, Any], role: str) -> tuple[str | None, str]:
        for actor in event.get("actors", []):
            if actor["role"] == role:
                return actor.get("entity"), actor.get("name") or ""
        return None, ""

    def _date_ok(self, gold: dict[str, Any], event: dict[str, Any]) -> bool:
        value = (event.get("date") or {}).get("value")
        if gold.get("date") is None:
            return value is None or not re.match(r"\d{4}", value)
        return value == gold["date"]

    def _place_ok(self, gold: dict[str, Any], event: dict[str, Any]) -> bool:
        place = self.places.get(event.get("place") or "")
        if not gold.get("location"):
            return place is None or place.get("country") == gold.get("country")
        if place is None:
            return False
        first = fold(gold["location"].split(",")[0])
        names = {fold(place["name"])} | {fold(m["text"]) for m in place.get("mentions", [])}
        if first in names or any(set(first.split()) <= set(name.split()) for name in names):
            return True  # the place itself, or a facility named after it ("Karachi Police Office")
        # a more specific place spelled just before it in an address chain ("X, Khair Khana")
        return any(
            first in fold(self.text[m["end"] : m["end"] + len(first) + 4])
            for m in place.get("mentions", [])
        )

    def _fields(self, gold: dict[str, Any], event: dict[str, Any]) -> dict[str, bool]:
        counts = event.get("counts") or {}
        acled = event.get("acled") or {}
        gold_acled = gold.get("acled") or [None, None]
        source, source_name = self._actor(event, "source")
        target, target_name = self._actor(event, "target")
        attribution = event.get("attribution") or {}
        fields = {
            "source": self.same_actor(gold.get("source"), source, source_name),
            "target": self.same_actor(gold.get("target"), target, target_name),
            "date": self._date_ok(gold, event),
            "place": self._place_ok(gold, event),
            "modality": event.get("modality") == gold.get("modality"),
            "acled_type": acled.get("event_type") == gold_acled[0],
        }
        if gold_acled[1]:
            fields["acled_sub_type"] = acled.get("sub_event_type") == gold_acled[1]
        for count in ("fatalities", "arrested"):
            if count in gold:
                key = "killed" if count == "fatalities" else count
                fields[count] = counts.get(key) == gold[count]
        if gold.get("victims"):
            found = {fold(a["text"]) for a in event.get("arguments", []) if a["role"] == "victim"}
            fields["victims"] = all(fold(v) in found for v in gold["victims"])
        if "attribution" in gold:
            fields["attribution"] = self._attribution_ok(gold["attribution"], attribution)
        return fields

    def _attribution_ok(self, gold_name: str, attribution: dict[str, Any]) -> bool:
        if gold_name.startswith("anonymous"):
            return attribution.get("entity") is None and "official" in fold(attribution.get("text"))
        if fold(gold_name) == fold(attribution.get("text")):
            return True
        return self.same_actor(gold_name, attribution.get("entity"))

    def events(self) -> dict[str, Any]:
        gold_events = self.gold.get("events", [])
        report_events = self.report.get("events", [])
        pairs = []
        for g in gold_events:
            for r in report_events:
                if r["type"] != g["plover"]:
                    continue
                fields = self._fields(g, r)
                anchor = fields["date"] or fields["place"] or fields["source"] or fields["target"]
                if anchor:
                    pairs.append((sum(fields.values()), g["id"], r["id"], fields))
        pairs.sort(key=lambda p: -p[0])
        used_gold: set[str] = set()
        used_report: set[str] = set()
        field_hits: dict[str, list[bool]] = {}
        details = []
        for _, gid, rid, fields in pairs:
            if gid in used_gold or rid in used_report:
                continue
            used_gold.add(gid)
            used_report.add(rid)
            details.append(
                {"gold": gid, "report": rid, "wrong": [k for k, v in fields.items() if not v]}
            )
            for name, ok in fields.items():
                field_hits.setdefault(name, []).append(ok)
        extra = [
            r["id"]
            for r in report_events
            if r["id"] not in used_report and r.get("modality") not in UNDATED_MODALITIES
        ]
        missed = [g["id"] for g in gold_events if g["id"] not in used_gold]
        return {
            "found": len(used_gold),
            "total": len(gold_events),
            "recall": _ratio(len(used_gold), len(gold_events)),
            "extra": extra,
            "missed": missed,
            "fields": {k: _ratio(sum(v), len(v)) for k, v in sorted(field_hits.items())},
            "field_accuracy": _ratio(
                sum(sum(v) for v in field_hits.values()), sum(len(v) for v in field_hits.values())
            ),
            "pairs": details,
        }

    def not_events(self) -> dict[str, Any]:
        respected = 0
        broken = []
        for item in self.gold.get("not_events", []):
            start = self.text.find(item["text"])
            end = start + len(item["text"])
            offenders = [
                r["id"]
                for r in self.report.get("events", [])
                if start >= 0
                and any(start <= e["start"] + 10 and e["end"] - 10 <= end for e in r["evidence"])
                and r.get("modality") not in UNDATED_MODALITIES
                and re.match(r"\d{4}", ((r.get("date") or {}).get("value") or ""))
            ]
            if start >= 0 and not offenders:
                respected += 1
            else:
                broken.append({"text": item["text"][:60], "events": offenders})
        total = len(self.gold.get("not_events", []))
        share = _ratio(respected, total)
        return {"respected": respected, "total": total, "share": share, "broken": broken}

    # -- people, actors, places, quotes -----------------------------------------------------------
    def people(self) -> dict[str, Any]:
        found = roles = roles_found = current_ok = status_total = status_ok = 0
        missing_roles = []
        for person in self.gold.get("people", []):
            entity = self.entity_for(person["name"])
            if entity is None or entity["type"] != "PERSON":
                missing_roles.extend(f"{person['name']}: (person)" for _ in [0])
                roles += len(person.get("roles", []))
                status_total += bool(person.get("status"))
                continue
            found += 1
            for role in person.get("roles", []):
                roles += 1
                match = [r for r in entity["roles"] if words_inside(role["title"], r["title"])]
                if match:
                    roles_found += 1
                    current_ok += match[0]["current"] == role["current"]
                else:
                    missing_roles.append(f"{person['name']}: {role['title']}")
            if person.get("status"):
                status_total += 1
                status = entity.get("status") or {}
                status_ok += status.get("value") == person["status"]["value"] and status.get(
                    "date"
                ) == person["status"].get("date")
        return {
            "found": _ratio(found, len(self.gold.get("people", []))),
            "roles_found": _ratio(roles_found, roles),
            "current_flag": _ratio(current_ok, roles_found),
            "status": _ratio(status_ok, status_total),
            "missing_roles": missing_roles,
        }

    def actors(self) -> dict[str, Any]:
        found = aliases = aliases_ok = 0
        for actor in self.gold.get("actors", []):
            entity = self.entity_for(actor["name"])
            found += entity is not None
            names = self.names_of(entity["id"]) if entity else set()
            for alias in actor.get("aliases", []):
                if fold(alias) and fold(alias) in fold(self.text):
                    aliases += 1
                    aliases_ok += fold(alias) in names
        return {
            "found": _ratio(found, len(self.gold.get("actors", []))),
            "aliases": _ratio(aliases_ok, aliases),
        }

    def places_found(self) -> dict[str, Any]:
        checks: dict[str, list[bool]] = {"found": [], "country": [], "feature": [], "161km": []}
        for gold in self.gold.get("places", []):
            place = next(
                (
                    p
                    for p in self.places.values()
                    if fold(gold["name"])
                    in {fold(p["name"])} | {fold(m["text"]) for m in p.get("mentions", [])}
                ),
                None,
            )
            checks["found"].append(place is not None)
            if place is None:
                continue
            checks["country"].append(place.get("country") == gold.get("country"))
            checks["feature"].append(place.get("feature") == gold.get("feature"))
            if "lat" in gold and place.get("lat") is not None:
                km = _km(gold["lat"], gold["lon"], place["lat"], place["lon"])
                checks["161km"].append(km <= 161)
        return {k: _ratio(sum(v), len(v)) for k, v in checks.items()}

    def quotes(self) -> dict[str, Any]:
        found = speaker_ok = 0
        for gold in self.gold.get("quotes", []):
            quote = next(
                (
                    q
                    for q in self.report.get("quotes", [])
                    if fold(q["text"]).startswith(fold(gold["starts_with"]))
                ),
                None,
            )
            if quote is None:
                continue
            found += 1
            if gold["speaker"].startswith("anonymous"):
                speaker_ok += quote.get("speaker") is None and bool(quote.get("speaker_text"))
            else:
                speaker_ok += self.same_actor(gold["speaker"], quote.get("speaker"))
        total = len(self.gold.get("quotes", []))
        return {"found": _ratio(found, total), "speaker": _ratio(speaker_ok, found)}

    def score(self) -> dict[str, Any]:
        return {
            "events": self.events(),
            "not_events": self.not_events(),
            "people": self.people(),
            "actors": self.actors(),
            "places": self.places_found(),
            "quotes": self.quotes(),
        }


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 1.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _print(figures: dict[str, Any], name: str) -> None:
    events = figures["events"]
    print(f"worked example: {name}")
    print(
        f"  events      found {events['found']}/{events['total']}  "
        f"field accuracy {events['field_accuracy']:.3f}  extra {len(events['extra'])} "
        f"{' '.join(events['extra'])}"
    )
    print("    fields    " + "  ".join(f"{k} {v:.2f}" for k, v in events["fields"].items()))
    for pair in events["pairs"]:
        if pair["wrong"]:
            print(f"    {pair['gold']} = {pair['report']}: wrong {', '.join(pair['wrong'])}")
    if events["missed"]:
        print(f"    missed    {' '.join(events['missed'])}")
    ne = figures["not_events"]
    print(f"  not_events  respected {ne['respected']}/{ne['total']}")
    people = figures["people"]
    print(
        f"  people      found {people['found']:.2f}  roles {people['roles_found']:.2f}  "
        f"current/former {people['current_flag']:.2f}  status {people['status']:.2f}"
    )
    for missing in people["missing_roles"]:
        print(f"    no role   {missing}")
    for part in ("actors", "places", "quotes"):
        print(f"  {part:<11} " + "  ".join(f"{k} {v:.2f}" for k, v in figures[part].items()))


def _flatten(figures: dict[str, Any], prefix: str = "") -> Iterable[tuple[str, float]]:
    for key, value in figures.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        elif isinstance(value, float):
            yield f"{prefix}{key}", value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--text", type=Path, default=EXAMPLE, help="the article")
    parser.add_argument("--gold", type=Path, help="its reference (default: <text>.gold.json)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    gold_path = args.gold or args.text.with_suffix(".gold.json")
    if not args.text.exists() or not gold_path.exists():
        print(f"{args.text} or {gold_path} is missing: pass --text and --gold", file=sys.stderr)
        return 2

    from sitrep import extract

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = args.text.read_text(encoding="utf-8")
    published = (gold.get("document") or {}).get("published")
    report = extract(text, published=published).model_dump(mode="json")
    figures = Scorer(report, gold, text).score()
    _print(figures, args.text.name)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
