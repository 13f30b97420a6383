"""Company names: the last word says what they are, later mentions drop the legal form
(``sitrep.annotate.org_names`` and its use in ``name_consistency``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from sitrep.annotate.name_consistency import harmonise_names
from sitrep.annotate.org_names import load_org_words, organisations_by_last_word, short_form
from sitrep.errors import KnowledgeError


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def test_a_company_word_at_the_end_makes_an_organisation(nlp: Language) -> None:
    doc = nlp("Shares of Hollis Pharmaceuticals rose after Anna Hollis spoke.")
    spans = organisations_by_last_word(
        [Span(doc, 2, 4, label="PERSON"), Span(doc, 6, 8, label="PERSON")]
    )
    assert [(s.text, s.label_) for s in spans] == [
        ("Hollis Pharmaceuticals", "ORG"),
        ("Anna Hollis", "PERSON"),
    ]


def test_the_short_form_drops_the_legal_form(nlp: Language) -> None:
    doc = nlp("Verdano International Inc. and Kestrel SA and Inc")
    short = short_form(doc[0:3])
    assert short is not None and short.text == "Verdano"
    kestrel = short_form(doc[4:6])
    assert kestrel is not None and kestrel.text == "Kestrel"
    assert short_form(doc[4:5]) is None  # nothing to drop


def test_a_later_short_form_is_the_same_organisation(nlp: Language) -> None:
    doc = nlp(
        "Verdano International Inc agreed to buy the plant. Verdano said the deal "
        "would close in March, and analysts said Verdano paid too much."
    )
    spans = [Span(doc, 0, 3, label="ORG"), Span(doc, 9, 10, label="PERSON")]
    found = harmonise_names(doc, spans, lambda w: False, short_form=short_form)
    assert [(s.text, s.label_) for s in found] == [
        ("Verdano International Inc", "ORG"),
        ("Verdano", "ORG"),
        ("Verdano", "ORG"),
    ]


def test_a_broken_word_list_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "org_words.yaml"
    bad.write_text("designators: [inc]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="industry_heads"):
        load_org_words(bad)


def test_a_name_after_a_role_word_or_title_is_a_person(nlp: Language) -> None:
    from sitrep.annotate.person_names import people_after_role_words

    doc = nlp("The shot beat goalkeeper Tomasz Wrobel before Cardinal Ossola and champion Brazil.")
    spans = [
        Span(doc, 4, 6, label="ORG"),
        Span(doc, 8, 9, label="GPE"),
        Span(doc, 11, 12, label="GPE"),
    ]
    found = people_after_role_words(spans, is_country=lambda name: name == "Brazil")
    assert [(s.text, s.label_) for s in found] == [
        ("Tomasz Wrobel", "PERSON"),
        ("Ossola", "PERSON"),
        ("Brazil", "GPE"),
    ]


def test_a_known_place_keeps_its_place_label(nlp: Language) -> None:
    doc = nlp("Settlers moved into the West Bank on Monday.")
    spans = organisations_by_last_word(
        [Span(doc, 4, 6, label="GPE")], is_known_place=lambda name: name == "West Bank"
    )
    assert spans[0].label_ == "GPE"


def test_names_joined_by_an_ampersand_are_one_firm(nlp: Language) -> None:
    from sitrep.annotate.org_names import join_ampersand_names

    doc = nlp("Shares of Harlow & Pemberton Co rose, said Ann Lee.")
    spans = [Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="PERSON")]
    spans.append(Span(doc, 9, 11, label="PERSON"))
    found = join_ampersand_names(spans)
    assert [(s.text, s.label_) for s in found] == [
        ("Harlow & Pemberton Co", "ORG"),
        ("Ann Lee", "PERSON"),
    ]


def test_a_tournament_named_after_a_town_is_an_event(nlp: Language) -> None:
    from sitrep.annotate.event_names import events_by_last_word

    doc = nlp("She reached the final of the Dunedin Open, in Dunedin.")
    found = events_by_last_word([Span(doc, 6, 8, label="GPE"), Span(doc, 10, 11, label="GPE")])
    assert [(s.text, s.label_) for s in found] == [("Dunedin Open", "MISC"), ("Dunedin", "GPE")]


def test_a_demonym_is_a_group_not_a_person(nlp: Language) -> None:
    from sitrep.annotate.group_names import demonyms_as_groups

    doc = nlp("Shiite leaders met Karim Haddad.")
    found = demonyms_as_groups([Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 5, label="PERSON")])
    assert [(s.text, s.label_) for s in found] == [("Shiite", "NORP"), ("Karim Haddad", "PERSON")]


def test_an_organisation_title_and_person_read_as_one_name_are_split(nlp: Language) -> None:
    from sitrep.annotate.person_names import split_at_inner_title

    doc = nlp("Central Bank Governor Ilse Marten said rates would hold.")
    parts = split_at_inner_title(
        Span(doc, 0, 5, label="ORG"), is_title_phrase=lambda text: text == "Governor"
    )
    assert [(s.text, s.label_) for s in parts] == [
        ("Central Bank", "ORG"),
        ("Ilse Marten", "PERSON"),
    ]
