"""The argument-role model's optional inputs: the pooled tok2vec vector of a phrase, and
class weighting in the fit (both off in the packaged model; see its MODEL_CARD)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from sitrep.events.role_features import candidates, entity_owner, pooled_vector
from sitrep.events.role_model import ROLE_OF_CLASS, SWITCH, RoleModel
from sitrep.training.argument_roles.examples import Example
from sitrep.training.argument_roles.fit import example_weights, fit, probabilities

AMBUSH = (
    "Rebels ambushed a jeep on the road to Gulu on Sunday, killing the district "
    "commissioner, Okello Ochola, and two of his guards."
)


def _candidates(nlp: Any, text: str) -> list[Any]:
    from sitrep.ingest.document import SourceDocument
    from sitrep.pipeline import make_doc

    doc = make_doc(nlp, SourceDocument(text=text, id="test", published="2024-05-06"))
    doc.user_data[SWITCH] = False
    doc = nlp(doc)
    owner = entity_owner(doc)
    return [c for e in doc._.events or [] for c in candidates(e, doc, owner)]


def test_the_pooled_vector_has_the_tok2vec_width(packaged_nlp: Any) -> None:
    candidate = _candidates(packaged_nlp, AMBUSH)[0]
    vector = pooled_vector(candidate.span)
    assert vector is not None
    assert vector.shape == (candidate.span.doc.tensor.shape[1],)


def _dense_model(vector_weight: float) -> RoleModel:
    classes = ("none", *ROLE_OF_CLASS)
    weights = np.zeros((1, len(classes)), dtype=np.float32)
    dense = np.zeros((2, len(classes)), dtype=np.float32)
    dense[0, classes.index("victim")] = vector_weight
    thresholds = {name: 0.5 for name in ROLE_OF_CLASS}
    return RoleModel(classes, {"bias": 0}, weights, thresholds, dense)


def test_a_dense_weight_moves_the_decision_only_with_a_vector() -> None:
    model = _dense_model(10.0)
    assert model.decide(["bias"], vector=np.array([1.0, 0.0])) == "victim"
    assert model.decide(["bias"]) == "none"
    assert model.decide(["bias"], vector=np.array([1.0, 0.0, 0.0])) == "none"  # wrong width


def test_the_model_file_may_carry_dense_weights() -> None:
    classes = ["none", *ROLE_OF_CLASS]
    data = {
        "classes": classes,
        "thresholds": {name: 0.5 for name in ROLE_OF_CLASS},
        "weights": {"bias": [0.0] * len(classes)},
        "dense": [[0.0] * len(classes), [1.0] * len(classes)],
    }
    model = RoleModel.from_json(data)
    assert model.dense is not None and model.dense.shape == (2, len(classes))
    assert RoleModel.from_json({**data, "dense": []}).dense is None


def _examples(document: int) -> list[Example]:
    """The first pooled dimension marks victims; the rest is none."""
    found = []
    for n in range(6):
        found.append(Example(document, ["bias"], "victim", None, [1.0, 0.0]))
        found.append(Example(document, ["bias", f"head=day{n}"], "none", None, [0.0, 1.0]))
    return found


def test_the_fit_learns_a_dense_cue() -> None:
    fitted = fit([e for d in range(4) for e in _examples(d)], l2=0.1, min_count=1, use_dense=True)
    assert fitted.dense is not None
    p = probabilities(fitted, _examples(9))
    assert p[0].argmax() == 3 and p[1].argmax() == 0  # victim, none


def test_class_weighting_gives_a_rare_class_more_weight() -> None:
    examples = [Example(0, ["bias"], "none", None)] * 9 + [Example(0, ["bias"], "victim", None)]
    weights = example_weights(examples, 0.5)
    assert weights.mean() == pytest.approx(1.0)
    assert weights[-1] == pytest.approx(3 * weights[0])
    assert np.allclose(example_weights(examples, 0.0), 1.0)
