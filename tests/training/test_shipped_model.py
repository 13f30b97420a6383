"""The pipeline shipped in src/sitrep/models/en_sitrep tags, parses and finds names.

Marked shared_data: the model is trained from ../shared/data and only shipped
where that training has been run.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.training.labels import SITREP_LABELS

pytestmark = pytest.mark.shared_data

ARTICLE = (
    "Rebels attacked an army convoy near Kandahar on Tuesday, killing four soldiers, "
    "provincial governor Abdul Rahman Haidari told reporters."
)


def test_shipped_model_finds_a_person_and_a_gpe(shipped_nlp: Language) -> None:
    doc = shipped_nlp(ARTICLE)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Kandahar", "GPE") in ents
    assert any(label == "PERSON" and "Haidari" in text for text, label in ents)


def test_shipped_model_fills_tags_pos_and_trees(shipped_nlp: Language) -> None:
    doc = shipped_nlp(ARTICLE)
    attacked = next(t for t in doc if t.text == "attacked")
    assert attacked.tag_ == "VBD" and attacked.pos_ == "VERB"
    assert doc[0].head == attacked or doc[0].dep_.startswith("nsubj")
    assert len(list(doc.sents)) == 1


def test_shipped_model_labels_are_the_sitrep_scheme(shipped_nlp: Language) -> None:
    labels = set(shipped_nlp.get_pipe("ner").labels)  # type: ignore[attr-defined]
    assert {"PERSON", "ORG", "GPE", "LOC", "NORP"} <= labels <= set(SITREP_LABELS)


def test_shipped_model_handles_lowercase_text(shipped_nlp: Language) -> None:
    doc = shipped_nlp("the mayor of kabul said taliban gunmen fired on a bus in kabul.")
    assert any(e.text == "kabul" for e in doc.ents)
