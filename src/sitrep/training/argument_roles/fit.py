"""Fitting the argument-role model: L2-regularised multinomial logistic regression with
scipy's L-BFGS, thresholds tuned on held-out documents, weights pruned to a small JSON.

Why these choices: a linear model over sparse features is fast (a dot product per
phrase), and its weights can be read and reviewed feature by feature. Thresholds are
chosen per class to maximise that class's F1 on a held-out slice of the training
documents, counting the rules' own arguments as found, so the model adds only where
adding helps more than it hurts.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from sitrep.training.argument_roles.examples import REPORT_ROLE, Example

CLASSES = (
    "none",
    "perpetrator_individual",
    "perpetrator_org",
    "victim",
    "target",
    "instrument",
)
#: The report role the rules' ``rule_role`` stands for.
RULE_ROLE = {
    "perpetrator": "perpetrator",
    "source": "perpetrator",
    "victim": "victim",
    "target_actor": "victim",
    "target": "target",
    "instrument": "instrument",
}


@dataclass
class Fitted:
    features: list[str]
    weights: np.ndarray  # features x classes
    dense: np.ndarray | None = None  # pooled tok2vec width x classes, when fitted with them


def vocabulary(examples: list[Example], min_count: int) -> list[str]:
    """The features seen in at least ``min_count`` examples (rarer ones cannot be learned)."""
    counts = Counter(f for e in examples for f in set(e.features))
    return sorted(f for f, n in counts.items() if n >= min_count or f == "bias")


def design(examples: list[Example], features: list[str]) -> sparse.csr_matrix:
    index = {f: i for i, f in enumerate(features)}
    rows, cols = [], []
    for row, example in enumerate(examples):
        for column in sorted({index[f] for f in example.features if f in index}):
            rows.append(row)
            cols.append(column)
    data = np.ones(len(rows), dtype=np.float64)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(examples), len(features)))


def dense_width(examples: list[Example]) -> int:
    """The width of the pooled tok2vec vectors, 0 when the examples carry none."""
    return max((len(e.dense) for e in examples), default=0)


def dense_matrix(examples: list[Example], width: int) -> np.ndarray:
    """The examples' pooled vectors, a row of zeros where one has none."""
    matrix = np.zeros((len(examples), width))
    for row, example in enumerate(examples):
        if len(example.dense) == width:
            matrix[row] = example.dense
    return matrix


def example_weights(examples: list[Example], power: float) -> np.ndarray:
    """Per-example weights (mean 1): a class's examples count (n / class count) ** power, so
    rare roles weigh more; 0 leaves every example at 1."""
    counts = Counter(e.label for e in examples)
    raw = np.array([(len(examples) / counts[e.label]) ** power for e in examples])
    result: np.ndarray = raw / raw.mean()
    return result


def fit(
    examples: list[Example],
    l2: float = 1.0,
    min_count: int = 2,
    iterations: int = 300,
    use_dense: bool = False,
    class_power: float = 0.0,
) -> Fitted:
    """Weights minimising the (class-weighted) mean cross-entropy plus ``l2`` / n times the
    squared weights; with ``use_dense`` also one weight per class for each pooled tok2vec
    dimension."""
    features = vocabulary(examples, min_count)
    width = dense_width(examples) if use_dense else 0
    x = design(examples, features)
    if width:
        x = sparse.hstack([x, sparse.csr_matrix(dense_matrix(examples, width))]).tocsr()
    y = np.array([CLASSES.index(e.label) for e in examples])
    n, k, m = len(examples), len(CLASSES), len(features) + width
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    onehot *= example_weights(examples, class_power)[:, None]
    bias = features.index("bias")
    penalised = np.ones((m, 1))
    penalised[bias] = 0.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(m, k)
        scores = x @ w
        scores -= scores.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scores).sum(axis=1, keepdims=True))
        log_p = scores - log_norm
        value = -(onehot * log_p).sum() / n + l2 / n * float((penalised * w * w).sum())
        residual = np.exp(log_p) * onehot.sum(axis=1, keepdims=True) - onehot
        gradient = x.T @ residual / n + 2 * l2 / n * penalised * w
        return value, np.asarray(gradient).ravel()

    start = np.zeros(m * k)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": iterations})
    weights = result.x.reshape(m, k)
    return Fitted(features, weights[: len(features)], weights[len(features) :] if width else None)


def probabilities(fitted: Fitted, examples: list[Example]) -> np.ndarray:
    scores = design(examples, fitted.features) @ fitted.weights
    if fitted.dense is not None:
        scores = scores + dense_matrix(examples, fitted.dense.shape[0]) @ fitted.dense
    scores -= scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
    return result


#: The feature that marks a candidate of the sentence after the trigger's.
NEXT_SENTENCE = "side=next"
#: The suffix of the thresholds for those candidates (``victim@next``).
NEXT_SUFFIX = "@next"


def tune_thresholds(
    fitted: Fitted, held_out: list[Example], floor: float = 0.15
) -> dict[str, dict[str, float]]:
    """Per class, the probability an addition needs so that the report role's F1 on the
    held-out examples is highest (rules' arguments counted as found); never below ``floor``,
    and the highest of equally good thresholds (adding less is the safer guess on text
    unlike MUC-4's). Phrases of the trigger's own sentence are tuned first; then, with
    those fixed, phrases of the following sentence get their own threshold (``@next``), as
    the model is less sure there. Returns the thresholds with the F1 before and after."""
    p = probabilities(fitted, held_out)
    best_class = p.argmax(axis=1)
    later = np.array([NEXT_SENTENCE in e.features for e in held_out])
    found: dict[str, dict[str, float]] = {}
    for name, role in REPORT_ROLE.items():
        c = CLASSES.index(name)
        gold = np.array([REPORT_ROLE.get(e.label) == role for e in held_out])
        ruled = np.array([RULE_ROLE.get(e.rule_role or "") == role for e in held_out])
        eligible = np.array([e.rule_role is None for e in held_out]) & (best_class == c)
        before = _f1(ruled, gold)
        f1_of = functools.partial(_f1, gold=gold)
        near, near_f1 = best_threshold(f1_of, ruled, eligible & ~later, p[:, c], before, floor)
        fixed = ruled | (eligible & ~later & (p[:, c] >= near))
        far, far_f1 = best_threshold(f1_of, fixed, eligible & later, p[:, c], near_f1, floor)
        found[name] = {"threshold": round(near, 3), "threshold_next": round(far, 3)}
        found[name]["f1_rules"] = round(before, 4)
        found[name]["f1_with_model"] = round(far_f1, 4)
    return found


def best_threshold(
    f1_of: Callable[[np.ndarray], float],
    base: np.ndarray,
    eligible: np.ndarray,
    p: np.ndarray,
    score: float,
    floor: float,
) -> tuple[float, float]:
    """The highest threshold for adding ``eligible`` candidates to ``base`` that gives the
    best F1 (``f1_of`` a chosen mask; 1.01, never adding, unless some threshold beats
    ``score``), with that F1. Candidate-level and document-level tuning differ only in
    ``f1_of``."""
    best = (score, 1.01)
    for threshold in np.arange(0.95, floor - 1e-9, -0.025):
        candidate = f1_of(base | (eligible & (p >= threshold)))
        if candidate > best[0] + 1e-9:
            best = (candidate, float(threshold))
    return best[1], best[0]


def _f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = float((predicted & gold).sum())
    if tp == 0:
        return 0.0
    precision, recall = tp / predicted.sum(), tp / gold.sum()
    return 2 * precision * recall / (precision + recall)


def pruned_weights(
    fitted: Fitted, minimum: float = 0.02, digits: int = 3
) -> dict[str, list[float]]:
    """Feature -> rounded per-class weights, without the features that barely move a score."""
    table: dict[str, list[float]] = {}
    for name, row in zip(fitted.features, fitted.weights, strict=True):
        centred = row - row.mean()  # softmax is unchanged by a constant per feature
        if name == "bias" or np.abs(centred).max() >= minimum:
            table[name] = [round(float(v), digits) for v in centred]
    return table


def dense_weights(fitted: Fitted, digits: int = 4) -> list[list[float]]:
    """The pooled tok2vec weights, per dimension one rounded, centred weight per class."""
    if fitted.dense is None:
        return []
    centred = fitted.dense - fitted.dense.mean(axis=1, keepdims=True)
    return [[round(float(v), digits) for v in row] for row in centred]
