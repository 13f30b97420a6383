"""Thresholds for the argument-role model tuned on the score GTT gives a document.

Why: GTT (the MUC-4 benchmark's scoring, after Du, Rush and Cardie 2021) counts each
entity of a role once per document template, matched by head-noun-phrase, not each
phrase. Candidate-level F1 rewards adding a second mention of an entity already found
(it is a new true positive there, but nothing in GTT's score) and so pushes thresholds
down; tuned that way, class weighting and a weapon threshold raised the held-out figure
and lowered gtt_dev. Here, per held-out document and report role, the predicted fillers
(the rules' arguments plus the model's additions) are merged to one per entity (the
same entity cluster, or a head-noun-phrase match between two fillers) and matched, each
to at most one, against the gold entities of all the document's templates; the counts
are summed over documents (micro F1). Documents without templates or without candidates
count too: their additions are false positives, their gold entities misses.

Template boundaries are not modelled (any gold entity of the document can be matched),
nor the benchmark's own filters (victims that name no person): those apply to the rules
and the model alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sitrep.training.argument_roles.examples import REPORT_ROLE, Example
from sitrep.training.argument_roles.fit import (
    CLASSES,
    NEXT_SENTENCE,
    RULE_ROLE,
    Fitted,
    best_threshold,
    probabilities,
)
from sitrep.training.argument_roles.head_match import head_match, phrase_words

#: Gold entities per document index and report role (each entity: its mention strings).
Gold = dict[int, dict[str, list[list[str]]]]


@dataclass
class _Document:
    indices: list[int]  # held-out example indices that may fill the role
    same: list[set[int]]  # per local index: local indices of the same entity
    matches: list[set[int]]  # per local index: gold entities its filler head-matches
    length: list[int]  # per local index: its filler's words (the longest represents an entity)
    gold: int  # how many gold entities the role has in this document


class DocumentScorer:
    """Micro F1 over held-out documents of one report role for a choice of fillers."""

    def __init__(
        self, held_out: Sequence[Example], gold: Gold, role: str, relevant: np.ndarray
    ) -> None:
        by_document: dict[int, list[int]] = {document: [] for document in gold}
        for i, example in enumerate(held_out):
            if relevant[i] and example.filler.strip():
                by_document.setdefault(example.document, []).append(i)
        self.documents = [
            self._prepare(held_out, indices, gold.get(document, {}).get(role, []))
            for document, indices in by_document.items()
        ]

    @staticmethod
    def _prepare(
        held_out: Sequence[Example], indices: list[int], gold: list[list[str]]
    ) -> _Document:
        fillers = [held_out[i].filler for i in indices]
        entities = [held_out[i].entity for i in indices]
        same: list[set[int]] = [set() for _ in indices]
        for a in range(len(indices)):
            for b in range(a + 1, len(indices)):
                one_entity = entities[a] is not None and entities[a] == entities[b]
                if one_entity or head_match(fillers[a], fillers[b]):
                    same[a].add(b)
                    same[b].add(a)
        matches = [
            {j for j, mentions in enumerate(gold) if any(head_match(f, m) for m in mentions)}
            for f in fillers
        ]
        length = [len(phrase_words(f)) for f in fillers]
        return _Document(indices, same, matches, length, len(gold))

    def counts(self, chosen: np.ndarray) -> tuple[int, int, int]:
        """(matched, predicted, gold) entities summed over the documents."""
        matched = predicted = gold = 0
        for document in self.documents:
            gold += document.gold
            local = [k for k, i in enumerate(document.indices) if chosen[i]]
            if not local:
                continue
            represented = _representatives(document, local)
            predicted += len(represented)
            used: set[int] = set()
            for j in range(document.gold):
                for k in represented:
                    if k not in used and j in document.matches[k]:
                        used.add(k)
                        matched += 1
                        break
        return matched, predicted, gold

    def f1(self, chosen: np.ndarray) -> float:
        matched, predicted, gold = self.counts(chosen)
        if matched == 0:
            return 0.0
        precision, recall = matched / predicted, matched / gold
        return 2 * precision * recall / (precision + recall)


def _representatives(document: _Document, local: list[int]) -> list[int]:
    """One chosen filler per entity (the chosen fillers joined by ``same``): its longest."""
    chosen = set(local)
    seen: set[int] = set()
    found: list[int] = []
    for start in local:
        if start in seen:
            continue
        group, stack = [], [start]
        seen.add(start)
        while stack:
            k = stack.pop()
            group.append(k)
            for other in document.same[k] & chosen:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        found.append(max(group, key=lambda k: (document.length[k], -k)))
    return found


def tune_by_document(
    fitted: Fitted, held_out: list[Example], gold: Gold, floor: float = 0.15
) -> dict[str, dict[str, float]]:
    """Per class, the probability an addition needs so that its report role's document-level
    F1 on the held-out documents is highest (rules' arguments counted as found); the highest
    of equally good thresholds, never below ``floor``. As in ``fit.tune_thresholds``, phrases
    of the trigger's own sentence first, then those of the following sentence (``@next``);
    the second perpetrator class is tuned with the first's additions fixed. Returns the
    thresholds with the role's document-level F1 before and after."""
    p = probabilities(fitted, held_out)
    best_class = p.argmax(axis=1)
    later = np.array([NEXT_SENTENCE in e.features for e in held_out])
    unruled = np.array([e.rule_role is None for e in held_out])
    found: dict[str, dict[str, float]] = {}
    for role in dict.fromkeys(REPORT_ROLE.values()):
        names = [name for name, of in REPORT_ROLE.items() if of == role]
        ruled = np.array([RULE_ROLE.get(e.rule_role or "") == role for e in held_out])
        mine = np.isin(best_class, [CLASSES.index(name) for name in names])
        scorer = DocumentScorer(held_out, gold, role, ruled | (unruled & mine))
        chosen = ruled.copy()
        before = score = scorer.f1(chosen)
        for name in names:
            c = CLASSES.index(name)
            eligible = unruled & (best_class == c)
            thresholds = []
            for part in (eligible & ~later, eligible & later):
                threshold, score = best_threshold(scorer.f1, chosen, part, p[:, c], score, floor)
                chosen = chosen | (part & (p[:, c] >= threshold))
                thresholds.append(threshold)
            found[name] = {"threshold": round(thresholds[0], 3)}
            found[name]["threshold_next"] = round(thresholds[1], 3)
            found[name]["f1_rules"] = round(before, 4)
            found[name]["f1_with_model"] = round(score, 4)
    return found
