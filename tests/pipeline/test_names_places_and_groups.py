"""Where names and places meet in the mention stage: an acronym no gazetteer knows is an
organisation ("FMLN"), a "person" opening with a province's name is that province
("Karnataka Dalit"). Sentences are our own; spans stand in for the NER's."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from sitrep.annotate.org_names import acronyms_no_place_knows
from sitrep.annotate.person_names import places_opening_person_names

KNOWN_PLACES = {"UAE", "Karnataka", "Ilocos Sur", "Paul", "Sindh"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def _span(nlp: Language, text: str, name: str, label: str) -> Span:
    doc = nlp(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name), label=label)
    assert span is not None
    return span


def test_an_acronym_no_place_knows_is_an_organisation(nlp: Language) -> None:
    span = _span(nlp, "FMLN rebels ambushed an army patrol near the river.", "FMLN", "GPE")
    [fixed] = acronyms_no_place_knows([span], KNOWN_PLACES.__contains__)
    assert fixed.label_ == "ORG"


def test_a_country_acronym_stays_a_place(nlp: Language) -> None:
    span = _span(nlp, "The UAE sent two aircraft to the region.", "UAE", "GPE")
    [fixed] = acronyms_no_place_knows([span], KNOWN_PLACES.__contains__)
    assert fixed.label_ == "GPE"


def test_a_province_opening_a_person_is_the_province(nlp: Language) -> None:
    text = "A Karnataka Dalit youth was beaten by a mob on Sunday."
    [fixed] = places_opening_person_names(
        [_span(nlp, text, "Karnataka Dalit", "PERSON")], KNOWN_PLACES.__contains__
    )
    assert (fixed.text, fixed.label_) == ("Karnataka", "GPE")


def test_a_province_read_as_a_person_is_a_place(nlp: Language) -> None:
    text = "Schools in Ilocos Sur closed after the outbreak."
    [fixed] = places_opening_person_names(
        [_span(nlp, text, "Ilocos Sur", "PERSON")], KNOWN_PLACES.__contains__
    )
    assert (fixed.text, fixed.label_) == ("Ilocos Sur", "GPE")


def test_a_common_first_name_stays_a_person(nlp: Language) -> None:
    # some province somewhere is called Paul; the word is a first name first
    text = "Paul Ritter scored twice in the second half."
    [fixed] = places_opening_person_names(
        [_span(nlp, text, "Paul Ritter", "PERSON")], KNOWN_PLACES.__contains__
    )
    assert (fixed.text, fixed.label_) == ("Paul Ritter", "PERSON")


def test_an_armed_group_acronym_can_be_an_actor(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "FMLN guerrillas attacked an army post in San Miguel on Tuesday, killing three "
        "soldiers, the defence ministry said.",
        nlp=packaged_nlp,
    )
    fmln = [e for e in report.entities if e.name == "FMLN"]
    assert fmln and fmln[0].type == "ORG"
    assert "FMLN" not in {p.name for p in report.places}


def test_a_province_before_a_community_gives_the_admin1(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "A Karnataka Dalit youth was beaten by a group of men in a village on Monday.",
        nlp=packaged_nlp,
    )
    assert "Karnataka" in {p.admin1 for p in report.places}
    assert not [e for e in report.entities if e.type == "PERSON"]
