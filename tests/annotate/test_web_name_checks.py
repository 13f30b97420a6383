"""Names on web text: countries read as people, shops named in the possessive, everyday
words capitalised by their position (``sitrep.annotate``). Sentences are our own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from sitrep.annotate.country_names import countries_read_as_people
from sitrep.annotate.everyday_words import in_title_case_line, usually_lower_case
from sitrep.annotate.shop_names import shops_named_in_possessive


def _is_country(name: str) -> bool:
    return name in {"Fiji", "Chad"}


def _no_title(word: str) -> bool:
    return word == "President"


def test_a_country_read_as_a_person_is_the_country(nlp: Language) -> None:
    doc = nlp("After Sydney I will spend four nights in Fiji.")
    spans = countries_read_as_people([Span(doc, 8, 9, label="PERSON")], _is_country, _no_title)
    assert spans[0].label_ == "GPE"


def test_a_person_the_text_names_so_stays_a_person(nlp: Language) -> None:
    doc = nlp("Chad Moyo scored twice. Later Chad said the pitch was poor.")
    spans = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    fixed = countries_read_as_people(spans, _is_country, _no_title)
    assert [s.label_ for s in fixed] == ["PERSON", "PERSON"]
    doc = nlp("The visit of President Chad was cut short.")
    fixed = countries_read_as_people([Span(doc, 4, 5, label="PERSON")], _is_country, _no_title)
    assert fixed[0].label_ == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We are booked at Marlowe's for dinner on Friday.", "Marlowe's"),
        ("I was thinking Kowalski's, around five?", "Kowalski's"),
        ("Which do you prefer: Arby s or Hardee s?", "Arby s"),
    ],
)
def test_a_possessive_owning_nothing_names_a_shop(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    for token in doc:
        if token.lower_ in {"for", "or"}:
            token.pos_ = "ADP" if token.lower_ == "for" else "CCONJ"  # the tagger's reading
    first = name.split("'")[0].split()[0]
    start = next(t.i for t in doc if t.text == first)
    spans = shops_named_in_possessive([Span(doc, start, start + 1, label="PERSON")])
    assert (spans[0].text, spans[0].label_) == (name, "FAC")


def test_a_possessive_owning_a_thing_keeps_the_person(nlp: Language) -> None:
    doc = nlp("Marlowe's brother runs the bakery.")
    doc[2].pos_ = "NOUN"
    spans = shops_named_in_possessive([Span(doc, 0, 1, label="PERSON")])
    assert (spans[0].text, spans[0].label_) == ("Marlowe", "PERSON")


def test_everyday_words_come_from_the_casing_table() -> None:
    def common(word: str) -> float:
        return 4.0

    assert usually_lower_case("Slope", common) or usually_lower_case("Meal", common)
    assert usually_lower_case("Pledge", common)
    assert not usually_lower_case("Monday", common)
    assert not usually_lower_case("Pledge", lambda word: 1.0)  # too rare to judge


def test_a_title_case_heading_is_recognised(nlp: Language) -> None:
    doc = nlp("Best Rib Shack in Town\nThe ribs were cold and the staff rude.")
    assert in_title_case_line(doc[1])
    assert not in_title_case_line(doc[8])
