"""The argument-role model's wider context: phrases of the sentence after an attack's own
(same paragraph only), and the features that describe them and the words near a trigger."""

from __future__ import annotations

from typing import Any

from sitrep.events.role_features import Candidate, candidates, entity_owner, features, is_attack
from sitrep.events.role_model import SWITCH

#: The attackers are named only in the sentence after the attack.
CLAIMED_NEXT = (
    "A car bomb exploded outside the headquarters of the national police in Medellin on "
    "Monday night. The Extraditables claimed responsibility in a call to a radio station."
)
#: The same two sentences, with a paragraph break between them.
CLAIMED_LATER = CLAIMED_NEXT.replace(" The Extraditables", "\n\nThe Extraditables")
SHOT_BY = "The judge was shot by two gunmen outside his home in San Salvador on Sunday."


def _candidates(nlp: Any, text: str) -> list[Candidate]:
    from sitrep.ingest.document import SourceDocument
    from sitrep.pipeline import make_doc

    doc = make_doc(nlp, SourceDocument(text=text, id="test", published="2024-05-06"))
    doc.user_data[SWITCH] = False
    doc = nlp(doc)
    owner = entity_owner(doc)
    attacks = [e for e in doc._.events or [] if is_attack(e)]
    assert attacks, "the test text should hold an attack"
    return [c for event in attacks for c in candidates(event, doc, owner)]


def test_the_sentence_after_the_attack_gives_candidates(packaged_nlp: Any) -> None:
    found = _candidates(packaged_nlp, CLAIMED_NEXT)
    later = [c for c in found if c.offset == 1]
    assert any("extraditables" in c.span.text.lower() for c in later)
    named = next(c for c in later if "extraditables" in c.span.text.lower())
    assert {"side=next", "dist=next"} <= set(features(named))


def test_a_paragraph_break_ends_the_wider_context(packaged_nlp: Any) -> None:
    found = _candidates(packaged_nlp, CLAIMED_LATER)
    assert not any("extraditables" in c.span.text.lower() for c in found)
    assert all(c.offset == 0 for c in found)


def test_the_words_between_a_close_phrase_and_its_trigger_are_features(
    packaged_nlp: Any,
) -> None:
    found = _candidates(packaged_nlp, SHOT_BY)
    gunmen = next(c for c in found if "gunmen" in c.span.text.lower())
    names = set(features(gunmen))
    assert "btw=by|after" in names
    assert any(name.startswith("kind=ASSAULT/") for name in names)


def test_a_phrase_of_the_next_sentence_needs_its_own_threshold() -> None:
    import numpy as np

    from sitrep.events.role_model import NEXT_SUFFIX, ROLE_OF_CLASS, RoleModel

    classes = ("none", *ROLE_OF_CLASS)
    thresholds = {name: 0.5 for name in ROLE_OF_CLASS}
    thresholds["perpetrator_org" + NEXT_SUFFIX] = 0.9
    model = RoleModel(classes, {"bias": 0}, np.zeros((1, len(classes))), thresholds)
    fairly_sure = np.array([0.1, 0.1, 0.7, 0.05, 0.025, 0.025])
    assert model.decide_from(fairly_sure) == "perpetrator_org"
    assert model.decide_from(fairly_sure, later=True) == "none"
    thresholds.pop("perpetrator_org" + NEXT_SUFFIX)
    assert model.decide_from(fairly_sure, later=True) == "perpetrator_org"
