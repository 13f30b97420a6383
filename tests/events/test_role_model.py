"""The learned argument-role model for attacks: its packaged weights, its candidates and
features, and how it adds to the rules' arguments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sitrep.errors import KnowledgeError
from sitrep.events.role_features import Candidate, candidates, entity_owner, features, is_attack
from sitrep.events.role_model import (
    NONE,
    ROLE_OF_CLASS,
    SWITCH,
    RoleModel,
    add_learned_arguments,
    load_role_model,
)

BOMBING = (
    "Urban guerrillas of the Tupac Amaru front bombed the offices of the electricity company "
    "in Huancayo with dynamite on Tuesday, police said."
)
KILLING = (
    "Gunmen riding a motorcycle opened fire on a pickup truck near Tingo Maria on Friday, "
    "killing the town's mayor, Julio Castaneda, and wounding his bodyguard."
)


def _rules_only(nlp: Any, text: str) -> Any:
    """The doc as the rules leave it: the learned model switched off."""
    from sitrep.ingest.document import SourceDocument
    from sitrep.pipeline import make_doc

    doc = make_doc(nlp, SourceDocument(text=text, id="test", published="2024-05-06"))
    doc.user_data[SWITCH] = False
    return nlp(doc)


def _attacks(doc: Any, model_on: bool = True) -> list[Any]:
    """The doc's attacks, with the model switched on again (or not) for what follows."""
    doc.user_data[SWITCH] = model_on
    return [e for e in doc._.events or [] if is_attack(e)]


def _candidates(doc: Any) -> list[Candidate]:
    owner = entity_owner(doc)
    return [c for event in _attacks(doc) for c in candidates(event, doc, owner)]


def test_the_packaged_model_loads_with_every_class_and_threshold() -> None:
    model = load_role_model()
    assert NONE in model.classes
    assert set(ROLE_OF_CLASS) <= set(model.classes)
    assert set(ROLE_OF_CLASS) <= set(model.thresholds)
    assert model.weights.shape == (len(model.index), len(model.classes))
    assert "bias" in model.index
    probabilities = model.probabilities(["bias", "a feature never seen"])
    assert probabilities.sum() == pytest.approx(1.0, abs=1e-5)


def test_a_broken_model_file_names_itself_and_says_what_to_do(tmp_path: Path) -> None:
    broken = tmp_path / "roles.json"
    broken.write_text(json.dumps({"classes": ["none"]}), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"roles\.json.*retrain"):
        load_role_model(str(broken))


def test_candidates_include_an_unnamed_perpetrator_and_the_weapon(packaged_nlp: Any) -> None:
    doc = _rules_only(packaged_nlp, BOMBING)
    texts = {c.span.text.lower() for c in _candidates(doc)}
    assert "urban guerrillas" in texts
    assert any("dynamite" in t for t in texts)


def test_features_are_deterministic(packaged_nlp: Any) -> None:
    first = [features(c) for c in _candidates(_rules_only(packaged_nlp, KILLING))]
    again = [features(c) for c in _candidates(_rules_only(packaged_nlp, KILLING))]
    assert first and first == again
    assert all(f[0] == "bias" and len(f) == len(set(f)) for f in first)


def test_features_say_where_a_phrase_stands_to_the_trigger(packaged_nlp: Any) -> None:
    doc = _rules_only(packaged_nlp, KILLING)
    by_text = {c.span.text: features(c) for c in _candidates(doc)}
    mayor = next(f for text, f in by_text.items() if "Castaneda" in text)
    assert "ent=PERSON" in mayor
    gunmen = by_text["Gunmen"]
    assert {"side=before", "class=perpetrator", "prev=<s>"} <= set(gunmen)


def _model_for(role_class: str, feature: str) -> RoleModel:
    """A one-feature model: ``feature`` makes ``role_class`` near certain, else none."""
    classes = ("none", *ROLE_OF_CLASS)
    weights = np.zeros((2, len(classes)), dtype=np.float32)
    weights[0, 0] = 6.0  # bias: none, near certain
    weights[1, classes.index(role_class)] = 10.0
    return RoleModel(
        classes,
        {"bias": 0, feature: 1},
        weights,
        {name: 0.5 for name in ROLE_OF_CLASS},
    )


def test_the_model_adds_a_victim_the_rules_missed(packaged_nlp: Any) -> None:
    doc = _rules_only(packaged_nlp, KILLING)
    events = _attacks(doc)
    for event in events:
        event.arguments = [a for a in event.arguments if a.role != "victim"]
    add_learned_arguments(events, doc, _model_for("victim", "head=castaneda"))
    victims = [a.span.text for e in events for a in e.arguments if a.role == "victim"]
    assert any("Castaneda" in v for v in victims)


def test_the_model_keeps_a_rule_weapon_it_would_not_have_chosen(packaged_nlp: Any) -> None:
    doc = _rules_only(packaged_nlp, BOMBING)
    events = _attacks(doc)
    instruments = [a.span.text for e in events for a in e.arguments if a.role == "instrument"]
    assert instruments, "the rules read the dynamite as the weapon"
    add_learned_arguments(events, doc, _model_for("victim", "head=nothing-like-this"))
    assert [a.span.text for e in events for a in e.arguments if a.role == "instrument"] == (
        instruments
    )


def test_the_switch_keeps_the_model_out(packaged_nlp: Any) -> None:
    doc = _rules_only(packaged_nlp, KILLING)
    events = _attacks(doc, model_on=False)
    before = [(a.role, a.span.text) for e in events for a in e.arguments]
    add_learned_arguments(events, doc, _model_for("target", "bias"))
    assert [(a.role, a.span.text) for e in events for a in e.arguments] == before


def test_the_packaged_model_keeps_the_rules_reading_of_a_clear_bombing(
    extract_notes: Any,
) -> None:
    report = extract_notes(BOMBING)
    roles = {(a.role, a.text.lower()) for e in report.events for a in e.arguments}
    assert ("perpetrator", "urban guerrillas") in roles
