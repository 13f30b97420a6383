"""Names in mail and blog headers and footers (``sitrep.annotate.message_headers``) and
abbreviations of common nouns (``not_names.yaml``). Sentences are our own."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from sitrep.annotate.message_headers import header_names
from sitrep.annotate.name_checks import is_sign_off_or_stage_direction


def _labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


def test_a_quoted_surname_first_sender_is_one_person(nlp: Language) -> None:
    doc = nlp('See the draft below.\n"Okafor, Miriam" < mokafor@example.org >\n04/02/2001')
    model = [Span(doc, 7, 8, label="PERSON"), Span(doc, 9, 10, label="PERSON")]
    assert _labelled(header_names(doc, model)) == [("Okafor, Miriam", "PERSON")]


def test_an_address_book_entry_is_the_person(nlp: Language) -> None:
    doc = nlp("Count me in.\nMiriam Okafor@ACME on 04/02/2001 09:12 AM")
    model = [Span(doc, 6, 7, label="GPE")]
    assert _labelled(header_names(doc, model)) == [("Miriam Okafor@ACME", "PERSON")]


def test_a_blog_footer_names_no_one_when_poster_and_blog_share_a_name(nlp: Language) -> None:
    doc = nlp("Budgets matter.\n--\nPosted by Quiet Harbour to Quiet Harbour at 5/3/2006 10:02 PM")
    model = [Span(doc, 8, 10, label="PERSON"), Span(doc, 11, 13, label="LOC")]
    assert header_names(doc, model) == []


def test_a_named_poster_keeps_their_name_and_the_blog_goes(nlp: Language) -> None:
    doc = nlp("Posted by Nora Lindqvist to Quiet Harbour at 5/3/2006 10:02 PM")
    model = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 7, label="LOC")]
    assert _labelled(header_names(doc, model)) == [("Nora Lindqvist", "PERSON")]


def test_a_comma_inside_a_sentence_joins_no_names(nlp: Language) -> None:
    doc = nlp('He met "Okafor, the auditor" at noon.')
    model = [Span(doc, 3, 4, label="PERSON")]
    assert header_names(doc, model) == model


def test_abbreviations_of_common_nouns_are_no_names(nlp: Language) -> None:
    doc = nlp("The company filed for an IPO after the RFP closed.")
    assert is_sign_off_or_stage_direction(doc[5:6])
    assert is_sign_off_or_stage_direction(doc[8:9])
    assert not is_sign_off_or_stage_direction(doc[1:2])


def test_the_first_word_of_a_sign_off_line_is_no_name(nlp: Language) -> None:
    doc = nlp("I look forward to hearing from you.\nKindest regards,\nVisit Okoro")
    assert is_sign_off_or_stage_direction(doc[9:10])
    assert not is_sign_off_or_stage_direction(doc[13:14])
