"""WikiEvents dev: are attacks, deaths, injuries and arrests found, with their victims and attackers?

Choices:
- Text: rebuilt from the tokens and their character offsets (the corpus'
  ``text`` field glues sentences together, the offsets assume a separator);
  sentences are separated by a newline.
- KAIROS -> sitrep: Conflict.Attack.* is an ASSAULT event; Life.Die.* a
  ``counts.killed`` > 0; Life.Injure.* a ``counts.injured`` > 0;
  Justice.ArrestJailDetain.* a COERCE event with mode arrest (or a
  ``counts.arrested`` > 0). Other KAIROS types are not scored.
- Matching by trigger sentence: a gold item is (category, sentence of its
  trigger); a predicted item is (category, sentences its evidence spans
  touch). Recall: gold items covered by a predicted item of the same
  category. Precision: predicted items that cover a gold item.
- Arguments, per document, by head word: gold victims are Life.Die and
  Life.Injure Victims and Conflict.Attack Targets that are people; gold
  attackers are Attack Attackers, Die Killers and Injure Injurers. A gold
  argument's head is its last token. Predicted victims are ``victim``
  arguments and target actors; attackers ``perpetrator`` arguments and
  source actors, of events in the four categories; an actor without an
  entity whose name is not in the event's evidence is left out (its name is a
  label such as "Unidentified Armed Group", not text; the phrase that names
  it, "gunmen", comes as a perpetrator argument). Physical ``target`` and ``instrument`` arguments are not scored.
  A predicted argument is right when its tokens contain a gold head of the
  same role. Predicted arguments with the same words count once per document
  (an argument told in three events is one argument, not three right ones).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.knowledge.ontology import Ontology

from .common import PRF, SHARED_DATA, Event, Report, actor_in_text, evenly_spaced, fold

DEFAULT_PATH = SHARED_DATA / "events" / "wikievents" / "dev.jsonl"
FLOORS = {"recall": 0.70, "precision": 0.60}
CATEGORIES = {
    "Conflict.Attack": "attack",
    "Life.Die": "death",
    "Life.Injure": "injury",
    "Justice.ArrestJailDetain": "arrest",
}
VICTIM_ROLES = {"Life.Die": {"Victim"}, "Life.Injure": {"Victim"}, "Conflict.Attack": {"Target"}}
ATTACKER_ROLES = {
    "Conflict.Attack": {"Attacker"},
    "Life.Die": {"Killer"},
    "Life.Injure": {"Injurer"},
}


@dataclass(frozen=True)
class GoldItem:
    category: str
    sentence: int


@dataclass
class WikiDoc:
    id: str
    text: str
    sentences: list[tuple[int, int]]
    items: set[GoldItem] = field(default_factory=set)
    victims: set[str] = field(default_factory=set)
    attackers: set[str] = field(default_factory=set)
    published: str | None = None


def _rebuild_text(sentences: list[Any]) -> tuple[str, list[tuple[int, int]]]:
    """Text with every token at its offset, and each sentence's (start, end)."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for tokens, _ in sentences:
        start, end = tokens[0][1], tokens[-1][2]
        if len(chars) < start:
            chars.extend(" " * (start - len(chars)))
            if spans:
                chars[spans[-1][1]] = "\n"
        for word, tok_start, tok_end in tokens:
            if len(chars) < tok_end:
                chars.extend(" " * (tok_end - len(chars)))
            chars[tok_start:tok_end] = list(word[: tok_end - tok_start].ljust(tok_end - tok_start))
        spans.append((start, end))
    return "".join(chars), spans


def _head(text: str) -> str:
    tokens = fold(text).split()
    return tokens[-1] if tokens else ""


def parse_document(raw: dict[str, Any]) -> WikiDoc:
    text, spans = _rebuild_text(raw["sentences"])
    doc = WikiDoc(id=raw["doc_id"], text=text, sentences=spans)
    entity_types = {m["id"]: m.get("entity_type") for m in raw.get("entity_mentions") or []}
    for mention in raw.get("event_mentions") or []:
        family = ".".join(mention["event_type"].split(".")[:2])
        if family not in CATEGORIES:
            continue
        doc.items.add(GoldItem(CATEGORIES[family], mention["trigger"]["sent_idx"]))
        for argument in mention.get("arguments") or []:
            role, head = argument["role"], _head(argument.get("text") or "")
            if not head:
                continue
            if role in VICTIM_ROLES.get(family, set()) and (
                family != "Conflict.Attack" or entity_types.get(argument.get("entity_id")) == "PER"
            ):
                doc.victims.add(head)
            if role in ATTACKER_ROLES.get(family, set()):
                doc.attackers.add(head)
    return doc


def load(path: Path = DEFAULT_PATH, limit: int | None = None) -> list[WikiDoc]:
    with path.open(encoding="utf-8") as handle:
        docs = [parse_document(json.loads(line)) for line in handle if line.strip()]
    return evenly_spaced(docs, limit)


def event_categories(event: Event) -> set[str]:
    """The scored categories a predicted event stands for."""
    counts = event.get("counts") or {}
    found: set[str] = set()
    if event.get("type") == "ASSAULT":
        found.add("attack")
    if (counts.get("killed") or 0) > 0:
        found.add("death")
    if (counts.get("injured") or 0) > 0:
        found.add("injury")
    if (event.get("type") == "COERCE" and event.get("mode") == "arrest") or (
        counts.get("arrested") or 0
    ) > 0:
        found.add("arrest")
    return found


def _sentences_of(event: Event, spans: list[tuple[int, int]]) -> set[int]:
    touched: set[int] = set()
    for evidence in event.get("evidence") or []:
        start, end = int(evidence.get("start", 0)), int(evidence.get("end", 0))
        touched |= {i for i, (s, e) in enumerate(spans) if start < e and end > s}
    return touched


def score_events(doc: WikiDoc, report: Report) -> PRF:
    counts = PRF(n_gold=len(doc.items))
    covered: set[GoldItem] = set()
    for event in report.get("events") or []:
        sentences = _sentences_of(event, doc.sentences)
        for category in event_categories(event):
            counts.n_pred += 1
            hits = {GoldItem(category, s) for s in sentences} & doc.items
            counts.tp_pred += bool(hits)
            covered |= hits
    counts.tp_gold = len(covered)
    return counts


def _predicted_arguments(report: Report) -> dict[str, list[set[str]]]:
    found: dict[str, list[set[str]]] = {"victim": [], "attacker": []}
    for event in report.get("events") or []:
        if not event_categories(event):
            continue
        for argument in event.get("arguments") or []:
            if argument.get("role") == "victim":
                found["victim"].append(set(fold(argument.get("text")).split()))
            elif argument.get("role") == "perpetrator":
                found["attacker"].append(set(fold(argument.get("text")).split()))
        for actor in event.get("actors") or []:
            if not actor_in_text(actor, event):
                continue  # the label of an unnamed actor; its phrase comes as an argument
            role = "attacker" if actor.get("role") == "source" else "victim"
            found[role].append(set(fold(actor.get("name")).split()))
    return found


def score_arguments(doc: WikiDoc, report: Report) -> dict[str, PRF]:
    predicted = _predicted_arguments(report)
    result: dict[str, PRF] = {}
    for role, gold in (("victim", doc.victims), ("attacker", doc.attackers)):
        preds = [set(p) for p in dict.fromkeys(frozenset(p) for p in predicted[role] if p)]
        result[role] = PRF(
            tp_pred=sum(1 for p in preds if p & gold),
            n_pred=len(preds),
            tp_gold=sum(1 for head in gold if any(head in p for p in preds)),
            n_gold=len(gold),
        )
    return result


def score(docs: list[WikiDoc], reports: list[Report], ontology: Ontology) -> dict[str, Any]:
    del ontology
    events, victims, attackers = PRF(), PRF(), PRF()
    for doc, report in zip(docs, reports, strict=True):
        events += score_events(doc, report)
        arguments = score_arguments(doc, report)
        victims += arguments["victim"]
        attackers += arguments["attacker"]
    return {
        "n": len(docs),
        "gold_items": events.n_gold,
        "precision": round(events.precision, 4),
        "recall": round(events.recall, 4),
        "f1": round(events.f1, 4),
        "victim_f1": round(victims.f1, 4),
        "attacker_f1": round(attackers.f1, 4),
    }
