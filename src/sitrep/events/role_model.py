"""A learned argument-role model for attacks: adds the perpetrators, victims, targets and
weapons the hand-written rules missed, where the model is confident.

Why a model: the rules (``arguments``, ``participants``, ``actors``) read fixed patterns
around the trigger and miss the many other ways news names who attacked whom with what.
A multinomial logistic regression over sparse features of each candidate phrase
(``sitrep.events.role_features``), trained on the MUC-4 GTT training templates by
``sitrep.training.argument_roles.train``, ranks the rest. It only adds: the rules' own
arguments stay as they are. The weights are a small JSON read with numpy, lazily, once
per process (``models/argument_roles/MODEL_CARD.md`` says what they were trained on).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.role_features import (
    candidates,
    entity_owner,
    features,
    is_attack,
    pooled_vector,
)

if TYPE_CHECKING:
    import numpy as np

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "argument_roles" / "roles.json"
NONE = "none"
#: The model's classes and the report's argument role each stands for.
ROLE_OF_CLASS = {
    "perpetrator_individual": "perpetrator",
    "perpetrator_org": "perpetrator",
    "victim": "victim",
    "target": "target",
    "instrument": "instrument",
}
#: ``doc.user_data`` key: False keeps the model out (training reads the rules' own output).
SWITCH = "sitrep_role_model"
#: The suffix of a class's threshold for phrases of the sentence after the trigger's.
NEXT_SUFFIX = "@next"


@dataclass(frozen=True)
class RoleModel:
    """Feature -> per-class weights, and the probability each class needs to be added."""

    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # features x classes
    thresholds: dict[str, float]
    dense: np.ndarray | None = None  # pooled tok2vec width x classes, when trained with them

    @classmethod
    def from_json(cls, data: dict[str, object], source: str = "roles.json") -> RoleModel:
        import numpy as np

        from sitrep.errors import KnowledgeError

        try:
            classes = tuple(str(c) for c in data["classes"])  # type: ignore[attr-defined]
            table: dict[str, list[float]] = data["weights"]  # type: ignore[assignment]
            thresholds = {str(k): float(v) for k, v in data["thresholds"].items()}  # type: ignore[attr-defined]
            names = sorted(table)
            weights = np.array([table[name] for name in names], dtype=np.float32).reshape(
                len(names), len(classes)
            )
            rows: list[list[float]] = data.get("dense") or []  # type: ignore[assignment]
            dense = np.array(rows, dtype=np.float32).reshape(len(rows), len(classes))
        except (KeyError, TypeError, AttributeError, ValueError) as err:
            raise KnowledgeError(
                f"the argument-role model {source!r} is incomplete or malformed ({err}); "
                "retrain it with "
                "`python -m sitrep.training.argument_roles.train`",
                source=source,
            ) from None
        index = {name: i for i, name in enumerate(names)}
        return cls(classes, index, weights, thresholds, dense if len(rows) else None)

    def probabilities(
        self, feature_names: list[str], vector: np.ndarray | None = None
    ) -> np.ndarray:
        """The class probabilities of one candidate (softmax over summed feature weights,
        plus the pooled tok2vec ``vector`` times its weights when the model has them)."""
        import numpy as np

        rows = [self.index[f] for f in feature_names if f in self.index]
        scores = self.weights[rows].sum(axis=0) if rows else np.zeros(len(self.classes))
        if self.dense is not None and vector is not None and len(vector) == len(self.dense):
            scores = scores + vector @ self.dense
        scores = scores - scores.max()
        exp = np.exp(scores)
        result: np.ndarray = exp / exp.sum()
        return result

    def decide(
        self, feature_names: list[str], later: bool = False, vector: np.ndarray | None = None
    ) -> str:
        """The most probable role class that clears its threshold, else ``none``; ``later``
        for a phrase of the sentence after the trigger's, which has its own threshold."""
        return self.decide_from(self.probabilities(feature_names, vector), later)

    def decide_from(self, probabilities: np.ndarray, later: bool = False) -> str:
        best = int(probabilities.argmax())
        name = self.classes[best]
        if name == NONE:
            return NONE
        threshold = self.thresholds.get(name, 1.0)
        if later:
            threshold = self.thresholds.get(name + NEXT_SUFFIX, threshold)
        return NONE if probabilities[best] < threshold else name


@lru_cache(maxsize=2)
def load_role_model(path: str | None = None) -> RoleModel:
    """The model at ``path`` (default: the packaged one), read once per process."""
    from sitrep.errors import KnowledgeError

    where = Path(path) if path else MODEL_PATH
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KnowledgeError(
            f"cannot read the argument-role model {str(where)!r} ({err}); restore it or retrain "
            "it with `python -m sitrep.training.argument_roles.train`",
            source=str(where),
        ) from None
    return RoleModel.from_json(data, str(where))


def add_learned_arguments(
    events: list[EventRecord], doc: Doc, model: RoleModel | None = None
) -> None:
    """Give each attack the arguments the model is confident of and the rules left out.

    The rules' own arguments stay: taking back those the model was sure were no filler
    raised GTT's weapon and target scores but dropped readings a careful coder keeps
    ("gunmen armed with rifles", "a car bomb exploded outside the embassy"), as GTT's
    templates leave out much that the report should keep."""
    if doc.user_data.get(SWITCH) is False:
        return
    attacks = [e for e in events if is_attack(e)]
    if not attacks:
        return
    model = model or load_role_model()
    owner = entity_owner(doc)
    for event in attacks:
        added: list[ArgumentRecord] = []
        for candidate in candidates(event, doc, owner):
            if candidate.rule_role is not None:
                continue
            vector = pooled_vector(candidate.span) if model.dense is not None else None
            name = model.decide(features(candidate), candidate.offset > 0, vector)
            if name == NONE:
                continue
            entity = candidate.entity
            if entity is not None and any(a.entity is entity for a in added):
                continue
            added.append(ArgumentRecord(ROLE_OF_CLASS[name], candidate.span, entity))
        event.arguments.extend(added)
