"""Given names make people: a signed e-mail, "Debra Perlingiere", "Thanks Traci"
(``sitrep.annotate.given_names``). Sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span
from tests.annotate.spans import span_of as _span

from sitrep.annotate.given_names import (
    load_given_names,
    people_named_by_given_names,
    signature_names,
)
from sitrep.errors import KnowledgeError

NAMES = frozenset({"debra", "traci", "mary"})
SIGN_OFFS = frozenset({"regards", "best regards", "thanks"})


def _no_place(name: str) -> bool:
    return False


def test_a_given_name_before_a_place_reading_makes_one_person(nlp: Language) -> None:
    doc = nlp("Please call Debra Okonkwo about the pipeline contract.")
    spans = people_named_by_given_names([_span(doc, "Okonkwo", "GPE")], _no_place, NAMES)
    assert [(s.text, s.label_) for s in spans] == [("Debra Okonkwo", "PERSON")]


def test_a_lone_given_name_read_as_a_firm_is_a_person(nlp: Language) -> None:
    doc = nlp("Thanks Traci, the invoices arrived this morning.")
    spans = people_named_by_given_names([_span(doc, "Traci", "ORG")], _no_place, NAMES)
    assert [(s.text, s.label_) for s in spans] == [("Traci", "PERSON")]


def test_known_places_and_knowledge_base_links_keep_their_reading(nlp: Language) -> None:
    doc = nlp("Mary Washington spoke, and Mary Kabul was not there.")
    place = _span(doc, "Washington", "GPE")
    linked = Span(doc, 6, 7, label="GPE", kb_id="af_gov")
    spans = people_named_by_given_names([place, linked], lambda name: name == "Washington", NAMES)
    assert [(s.text, s.label_) for s in spans] == [("Washington", "GPE"), ("Kabul", "GPE")]


def test_a_name_on_a_line_of_its_own_teaches_the_given_name(nlp: Language) -> None:
    doc = nlp("See you Friday.\nVangie Moreau\nVangie Moreau will send the draft.")
    first, again = [t.i for t in doc if t.text == "Vangie"]
    spans = [
        Span(doc, first, first + 2, label="PERSON"),
        Span(doc, again + 1, again + 2, label="GPE"),
    ]
    fixed = people_named_by_given_names(spans, _no_place, frozenset())
    assert [(s.text, s.label_) for s in fixed] == [
        ("Vangie Moreau", "PERSON"),
        ("Vangie Moreau", "PERSON"),
    ]


def test_the_line_after_a_sign_off_is_the_writers_name(nlp: Language) -> None:
    doc = nlp("I attached the revised draft.\nBest regards,\nDebra Okonkwo\n")
    model = [_span(doc, "Okonkwo", "GPE")]
    spans = signature_names(doc, model, SIGN_OFFS)
    assert [(s.text, s.label_) for s in spans] == [("Debra Okonkwo", "PERSON")]


def test_a_sentence_after_a_sign_off_is_no_signature(nlp: Language) -> None:
    doc = nlp("Regards,\nThe Board Will Meet On Friday In Lagos\n")
    model = [_span(doc, "Lagos", "GPE")]
    assert signature_names(doc, model, SIGN_OFFS) == model


def test_the_packaged_list_loads_and_a_broken_one_is_a_clear_error(tmp_path: Path) -> None:
    names = load_given_names()
    assert {"mary", "george"} <= names and "president" not in names
    broken = tmp_path / "given_names.yaml"
    broken.write_text("given_names: [Mary, no]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="given_names"):
        load_given_names(broken)
