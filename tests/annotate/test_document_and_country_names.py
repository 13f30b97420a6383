"""Contracts and treaties are no organisations (``document_names``), and the country a
description of a state's organ names ("US troops") is still a name
(``country_names.country_named_in_description``). Sentences are our own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span
from tests.annotate.spans import span_of as _span

from sitrep.annotate.country_names import country_named_in_description
from sitrep.annotate.document_names import documents_by_last_word, load_document_heads


def test_the_word_list_loads_lower_cased() -> None:
    heads = load_document_heads()
    assert {"agreement", "treaty", "guaranty"} <= heads
    assert all(word == word.lower() for word in heads)


def test_a_capitalised_contract_is_a_document_not_a_firm(nlp: Language) -> None:
    doc = nlp("Please sign the Gas Supply Agreement and return it to Northwind Energy by Friday.")
    spans = [_span(doc, "Gas Supply Agreement", "ORG"), _span(doc, "Northwind Energy", "ORG")]
    assert [s.label_ for s in documents_by_last_word(spans)] == ["MISC", "ORG"]


def test_a_peace_accord_read_as_a_place_is_a_document(nlp: Language) -> None:
    doc = nlp("Both sides said the Lusaka Accord was still in force.")
    assert documents_by_last_word([_span(doc, "Lusaka Accord", "GPE")])[0].label_ == "MISC"


def test_the_word_alone_and_linked_names_are_left_alone(nlp: Language) -> None:
    doc = nlp("Contract talks resumed, the Warsaw Treaty Organisation said.")
    spans = [_span(doc, "Contract", "ORG"), _span(doc, "Warsaw Treaty", "ORG", kb_id="wto")]
    assert [s.label_ for s in documents_by_last_word(spans)] == ["ORG", "ORG"]


def test_a_lower_case_last_word_makes_no_document(nlp: Language) -> None:
    doc = nlp("Ministers met at Trade Agreement house on Tuesday.")
    span = Span(doc, 3, 6, label="FAC")
    assert documents_by_last_word([span])[0].label_ == "FAC"


def test_the_country_in_a_description_of_its_troops_is_a_name(nlp: Language) -> None:
    doc = nlp("Residents said US troops fired on the crowd near the market.")
    country = country_named_in_description(Span(doc, 2, 4, label="DESC"))
    assert country is not None
    assert (country.text, country.label_) == ("US", "GPE")


def test_the_government_of_a_country_names_the_country(nlp: Language) -> None:
    doc = nlp("The government of Canada denied the report.")
    country = country_named_in_description(Span(doc, 0, 4, label="DESC"))
    assert country is not None and country.text == "Canada"


def test_a_demonym_names_no_country(nlp: Language) -> None:
    doc = nlp("Iraqi soldiers manned the checkpoint overnight.")
    assert country_named_in_description(Span(doc, 0, 2, label="DESC")) is None


def test_a_legal_form_after_a_comma_belongs_to_the_firm(nlp: Language) -> None:
    from sitrep.annotate.org_names import legal_forms_after_comma

    doc = nlp("Shares of Brightwater Robotics, Inc. rose after the merger was approved.")
    spans = legal_forms_after_comma([_span(doc, "Brightwater Robotics", "PERSON")])
    assert [(s.text, s.label_) for s in spans] == [("Brightwater Robotics, Inc.", "ORG")]


def test_a_name_opening_with_the_legal_form_loses_it(nlp: Language) -> None:
    from sitrep.annotate.org_names import legal_forms_after_comma

    doc = nlp("Contact Harbor Freightways, Ltd. Dispatch on the weekend.")
    firm = _span(doc, "Harbor Freightways", "ORG")
    stray = Span(doc, firm.end + 1, firm.end + 3, label="PERSON")  # "Ltd. Dispatch"
    spans = legal_forms_after_comma([firm, stray])
    assert [s.text for s in spans] == ["Harbor Freightways, Ltd.", "Dispatch"]


def test_a_list_after_a_comma_is_no_legal_form(nlp: Language) -> None:
    from sitrep.annotate.org_names import legal_forms_after_comma

    doc = nlp("Police in Lagos, Abuja and Kano were put on alert.")
    spans = legal_forms_after_comma([_span(doc, "Lagos", "GPE"), _span(doc, "Abuja", "GPE")])
    assert [(s.text, s.label_) for s in spans] == [("Lagos", "GPE"), ("Abuja", "GPE")]


@pytest.mark.parametrize(
    ("name", "label"),
    [("Lakeshore Energy", "GPE"), ("Harwell Futures", "PERSON"), ("Okafor Motorsports", "PERSON")],
)
def test_an_energy_trading_or_racing_firm_is_an_organisation(
    nlp: Language, name: str, label: str
) -> None:
    from sitrep.annotate.org_names import organisations_by_last_word

    doc = nlp(f"Shares in {name} fell sharply after the announcement on Friday.")
    assert organisations_by_last_word([_span(doc, name, label)])[0].label_ == "ORG"


def test_a_word_of_address_is_no_part_of_the_name(nlp: Language) -> None:
    from sitrep.annotate.person_names import names_without_forms_of_address

    doc = nlp("We took the kids to see Uncle Dermot in Cork, and Doctor Ruiz came too.")
    spans = [_span(doc, "Uncle Dermot", "PERSON"), _span(doc, "Doctor Ruiz", "PERSON")]
    assert [s.text for s in names_without_forms_of_address(spans)] == ["Dermot", "Ruiz"]


def test_a_place_or_a_lone_word_of_address_is_left_alone(nlp: Language) -> None:
    from sitrep.annotate.person_names import names_without_forms_of_address

    doc = nlp("Grandma said Cousin Island was closed to visitors.")
    spans = [_span(doc, "Grandma", "PERSON"), _span(doc, "Cousin Island", "LOC")]
    assert [s.text for s in names_without_forms_of_address(spans)] == ["Grandma", "Cousin Island"]
