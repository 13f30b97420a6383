"""PLOVER gold-standard records: one sentence in, its PLOVER type and source/target actors out.

Choices:
- Gold types use the 2016-2021 names (FIGHT, DEMAND, DISAPPROVE,
  INVESTIGATE); they are normalised to the current sixteen through the
  ontology's aliases. The DOCUMENT record is skipped.
- Type accuracy: the highest-confidence event's type equals the gold type
  (``type``); ``type_any`` also reports whether any event has it. Types are read
  as sitrep's PLOVER export codes them: cooperation told in the future tense
  ("will visit") is AGREE, conflict so told ("will impose a curfew") THREATEN (the
  ontology's ``promised_as`` and ``threatened_as`` rules); an event with no target actor
  has its place as the target ("shelled Juba": the ``place_as_target`` rule), the place
  known by its name and its mentions.
- Actors are scored on the event of the gold type when there is one, else on
  the highest-confidence event. A gold source (target) is recovered when a
  report actor in the same role - by its name, its entity's name or mentions
  - overlaps the gold ``actorText`` (case-insensitive containment or a shared
  content word). Records without a gold target do not count for targets.
- No publication date is given (the records' dates are placeholders).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.knowledge.ontology import Ontology

from .common import (
    SHARED_DATA,
    Report,
    Tally,
    actor_names,
    any_overlap,
    evenly_spaced,
    place,
    top_event,
)

DEFAULT_PATH = SHARED_DATA / "events" / "plover"
FLOORS = {"type": 0.70, "source": 0.70, "target": 0.70}


@dataclass(frozen=True)
class PloverCase:
    id: str
    text: str
    event_type: str
    mode: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    published: str | None = None


def _records_file(path: Path) -> Path:
    return path / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt" if path.is_dir() else path


def _actor_texts(actors: Any) -> tuple[str, ...]:
    """The actor texts of a source/target field (a few records hold a stray string instead)."""
    if not isinstance(actors, list):
        return ()
    return tuple(a["actorText"] for a in actors if isinstance(a, dict) and a.get("actorText"))


def load(path: Path, ontology: Ontology, limit: int | None = None) -> list[PloverCase]:
    """The coded sentences (``path`` is the plover folder or the records file itself)."""
    records: list[dict[str, Any]] = json.loads(_records_file(path).read_text(encoding="utf-8"))
    cases: list[PloverCase] = []
    for record in records:
        event_type = ontology.normalise_type(record.get("event"))
        if event_type is None or not record.get("text"):
            continue
        cases.append(
            PloverCase(
                id=record["id"],
                text=record["text"],
                event_type=event_type,
                mode=record.get("mode") or None,
                sources=_actor_texts(record.get("source")),
                targets=_actor_texts(record.get("target")),
            )
        )
    return evenly_spaced(cases, limit)


def as_plover(report: Report, ontology: Ontology) -> Report:
    """The report with each event's type and target as the PLOVER export codes them."""
    events = [
        {
            **e,
            "type": ontology.promised_type(e.get("type") or "", e.get("modality") or ""),
            "actors": _plover_actors(report, e, ontology),
        }
        for e in report.get("events") or []
    ]
    return {**report, "events": events}


def _plover_actors(report: Report, event: dict[str, Any], ontology: Ontology) -> list[Any]:
    """The event's actors, with its place as the target when it names no target actor."""
    actors = list(event.get("actors") or [])
    named = next((a.get("name") for a in actors if a.get("role") == "target"), None)
    where = place(report, event.get("place"))
    _, kind = ontology.plover_target(named, (where or {}).get("name"))
    if kind != "place" or where is None:
        return actors
    mentions = [m.get("text") or "" for m in where.get("mentions") or []]
    return [
        *actors,
        *({"role": "target", "entity": None, "name": n} for n in [where["name"], *mentions] if n),
    ]


def score_case(case: PloverCase, report: Report) -> dict[str, bool | None]:
    top = top_event(report)
    matching = top_event(report, prefer=lambda e: e.get("type") == case.event_type)
    event = matching if matching and matching.get("type") == case.event_type else top
    if event is None:
        return {
            "type": False,
            "type_any": False,
            "source": False if case.sources else None,
            "target": False if case.targets else None,
        }
    return {
        "type": top is not None and top.get("type") == case.event_type,
        "type_any": event.get("type") == case.event_type,
        "source": any_overlap(actor_names(report, event, "source"), case.sources)
        if case.sources
        else None,
        "target": any_overlap(actor_names(report, event, "target"), case.targets)
        if case.targets
        else None,
    }


def score(cases: list[PloverCase], reports: list[Report], ontology: Ontology) -> dict[str, Any]:
    tallies = {name: Tally() for name in ("type", "type_any", "source", "target")}
    per_type: dict[str, Tally] = {}
    for case, report in zip(cases, reports, strict=True):
        outcome = score_case(case, as_plover(report, ontology))
        for name, value in outcome.items():
            tallies[name].add(value)
        per_type.setdefault(case.event_type, Tally()).add(outcome["type"])
    return {
        "n": len(cases),
        **{name: round(t.value, 4) for name, t in tallies.items()},
        "n_source": tallies["source"].total,
        "n_target": tallies["target"].total,
        "type_by_gold": {k: round(v.value, 3) for k, v in sorted(per_type.items())},
    }
