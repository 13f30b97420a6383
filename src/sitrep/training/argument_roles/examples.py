"""Training examples for the argument-role model: the pipeline's candidates on MUC-4 GTT
train documents, labelled by head-noun-phrase match against the documents' gold fillers.

The candidates and their features come from ``sitrep.events.role_features``, the same
functions the model reads at run time, on the pipeline's own output with the model
switched off (so the ``rule=`` feature sees only the hand-written rules, as at run time).
A candidate is labelled with a role when its filler (a person's name for a person, else
its own words) matches a mention of a gold filler of that role in any template of its
document, the way GTT scoring matches fillers (after Du, Rush and Cardie 2021).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from sitrep.training.argument_roles.head_match import head_match

#: GTT role -> model class, in the order ties are broken.
CLASS_OF_ROLE = {
    "PerpOrg": "perpetrator_org",
    "PerpInd": "perpetrator_individual",
    "Victim": "victim",
    "Target": "target",
    "Weapon": "instrument",
}

#: The report role each class stands for; the two perpetrator classes are one role there.
REPORT_ROLE = {
    "perpetrator_individual": "perpetrator",
    "perpetrator_org": "perpetrator",
    "victim": "victim",
    "target": "target",
    "instrument": "instrument",
}


@dataclass
class GoldDocument:
    id: str
    text: str
    fillers: dict[str, list[str]]  # model class -> every gold mention string of that role
    #: report role (perpetrator, victim, ...) -> the gold entities (each its mention strings)
    #: of all the document's templates, each entity once: what the document-level tuning scores
    entities: dict[str, list[list[str]]] = field(default_factory=dict)


@dataclass
class Example:
    document: int  # index of the document, for splitting by document
    features: list[str]
    label: str
    rule_role: str | None
    dense: list[float] = field(default_factory=list)  # pooled tok2vec rows, when kept
    filler: str = ""  # what GTT scoring compares (``filler_text``), for document-level tuning
    entity: str | None = None  # the phrase's entity cluster id: fillers of one entity count once


def read_gtt(path: Path) -> list[GoldDocument]:
    """The documents of a GTT JSON-lines file with their gold fillers per role."""
    from sitrep.errors import KnowledgeError

    if not path.is_file():
        raise KnowledgeError(
            f"the MUC-4 GTT file {str(path)!r} does not exist; pass --data with the folder "
            "that holds events/muc4/gtt_train.json",
            source=str(path),
        )
    documents: list[GoldDocument] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        fillers: dict[str, list[str]] = {name: [] for name in CLASS_OF_ROLE.values()}
        entities: dict[str, list[list[str]]] = {}
        for template in raw.get("templates") or []:
            for role, name in CLASS_OF_ROLE.items():
                for entity in template.get(role) or []:
                    mentions = [mention for mention, _ in entity]
                    fillers[name].extend(mentions)
                    known = entities.setdefault(REPORT_ROLE[name], [])
                    if mentions and mentions not in known:
                        known.append(mentions)
        documents.append(GoldDocument(raw["docid"], raw["doctext"], fillers, entities))
    return documents


def label_of(filler: str, gold: dict[str, list[str]]) -> str:
    """The class of the first role whose gold mentions the filler matches, else none."""
    for name in CLASS_OF_ROLE.values():
        if any(head_match(filler, mention) for mention in gold[name]):
            return name
    return "none"


def filler_text(span_text: str, entity: object | None) -> str:
    """What GTT scoring compares: a person's name for a person, else the phrase's words."""
    if getattr(entity, "type", None) == "PERSON":
        return str(getattr(entity, "name", "") or span_text)
    return span_text


def build_examples(documents: list[GoldDocument], batch_size: int = 16) -> Iterator[Example]:
    """Run the pipeline (model off) on the documents and label every candidate."""
    from sitrep.events.role_features import (
        candidates,
        entity_owner,
        features,
        is_attack,
        pooled_vector,
    )
    from sitrep.events.role_model import SWITCH
    from sitrep.ingest.document import SourceDocument
    from sitrep.pipeline import get_pipeline, make_doc

    nlp = get_pipeline()

    def prepared() -> Iterator[Doc]:
        for document in documents:
            doc = make_doc(nlp, SourceDocument(text=document.text, id=document.id))
            doc.user_data[SWITCH] = False
            yield doc

    for number, doc in enumerate(nlp.pipe(prepared(), batch_size=batch_size)):
        owner = entity_owner(doc)
        gold = documents[number].fillers
        for event in doc._.events or []:
            if not is_attack(event):
                continue
            for candidate in candidates(event, doc, owner):
                filler = filler_text(candidate.span.text, candidate.entity)
                label = label_of(filler, gold)
                vector = pooled_vector(candidate.span)
                dense = [] if vector is None else [round(float(v), 3) for v in vector]
                entity = getattr(candidate.entity, "id", None)
                yield Example(
                    number, features(candidate), label, candidate.rule_role, dense, filler, entity
                )
