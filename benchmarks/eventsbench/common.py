"""Helpers shared by the event benchmarks: reading a report, choosing its event, matching names.

Scorers work on the report as a plain dict (``Report.model_dump()``), so they
score whatever the pipeline returns and can be tested on small hand-written
dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.training.argument_roles.head_match import fold  # one folding for scoring and training

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()

Report = dict[str, Any]
Event = dict[str, Any]

_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "its",
        "his",
        "her",
        "their",
        "de",
        "del",
        "la",
        "le",
        "al",
        "el",
    ]
)


def as_dict(report: Any) -> Report:
    """A report as a dict, whether the pipeline returned a pydantic model or a dict."""
    if isinstance(report, dict):
        return report
    dump = getattr(report, "model_dump", None)
    if dump is None:
        raise TypeError(f"Cannot read a report of type {type(report).__name__}.")
    result: Report = dump(mode="json")
    return result


def content_tokens(text: str | None) -> set[str]:
    """The folded tokens of a name that carry meaning (no articles, no one-letter tokens)."""
    return {t for t in fold(text).split() if len(t) > 2 and t not in _STOPWORDS}


def names_overlap(predicted: str | None, gold: str | None) -> bool:
    """True when two names share text: one contains the other, or they share a content word.

    This is the benchmark's definition of "actor recovered": case- and
    diacritics-insensitive overlap, lenient about titles and descriptors
    ("French minister" vs "the French foreign minister").
    """
    a, b = fold(predicted), fold(gold)
    if not a or not b:
        return False
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return bool(content_tokens(a) & content_tokens(b))


def top_event(report: Report, prefer: Callable[[Event], bool] | None = None) -> Event | None:
    """The event with the highest confidence (the first one on ties).

    Among the events ``prefer`` accepts when there are any, otherwise among all.
    """
    events: list[Event] = list(report.get("events") or [])
    if prefer is not None:
        preferred = [e for e in events if prefer(e)]
        events = preferred or events
    best: Event | None = None
    for event in events:
        if best is None or float(event.get("confidence") or 0) > float(best.get("confidence") or 0):
            best = event
    return best


def entity(report: Report, entity_id: str | None) -> dict[str, Any] | None:
    if entity_id is None:
        return None
    return next((e for e in report.get("entities") or [] if e.get("id") == entity_id), None)


def place(report: Report, place_id: str | None) -> dict[str, Any] | None:
    if place_id is None:
        return None
    return next((p for p in report.get("places") or [] if p.get("id") == place_id), None)


def actor_names(report: Report, event: Event, role: str) -> list[str]:
    """Every name by which the event's actors in ``role`` are known in the report."""
    names: list[str] = []
    for actor in event.get("actors") or []:
        if actor.get("role") != role:
            continue
        names.append(actor.get("name") or "")
        linked = entity(report, actor.get("entity"))
        if linked:
            names.append(linked.get("name") or "")
            names.extend(m.get("text") or "" for m in linked.get("mentions") or [])
            if linked.get("actor"):
                names.append(linked["actor"].get("name") or "")
    return [n for n in names if n]


def actor_sector(report: Report, event: Event, role: str) -> str | None:
    """The knowledge-base sector of the first actor in ``role`` that has one."""
    for actor in event.get("actors") or []:
        if actor.get("role") != role:
            continue
        linked = entity(report, actor.get("entity"))
        link = (linked or {}).get("actor") or {}
        if link.get("sector"):
            return str(link["sector"])
    return None


def actor_in_text(actor: dict[str, Any], event: Event) -> bool:
    """Whether an actor's name is text of the event: linked to an entity (a name found in the
    document), or written in its evidence ("Gunmen"), not a label ("Unidentified Armed Group")."""
    if actor.get("entity"):
        return True
    name = fold(actor.get("name"))
    evidence = " ".join(fold(e.get("text")) for e in event.get("evidence") or [])
    return bool(name) and f" {name} " in f" {evidence} "


def any_overlap(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    gold_list = list(gold)
    return any(names_overlap(p, g) for p in predicted for g in gold_list)


@dataclass
class Tally:
    """A running accuracy: how many cases were right out of how many were scored."""

    correct: int = 0
    total: int = 0

    def add(self, outcome: bool | None) -> None:
        """Count one outcome; None means the case does not take part in this measure."""
        if outcome is None:
            return
        self.total += 1
        self.correct += int(outcome)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class PRF:
    """Counts for precision, recall and F1."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold
        return self


def evenly_spaced(items: list[Any], limit: int | None) -> list[Any]:
    """``limit`` items spread evenly over the list (a fast subset that still covers it all)."""
    if limit is None or limit >= len(items):
        return items
    if limit <= 0:
        return []
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]
