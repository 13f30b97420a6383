"""Named storms are events, not people (``sitrep.annotate.storm_names``). Sentences are our
own."""

from __future__ import annotations

from spacy.language import Language
from tests.annotate.spans import span_of as _span

from sitrep.annotate.storm_names import is_storm_name, load_storm_words, storms_as_misc


def test_a_storm_and_its_later_bare_name_are_no_person(nlp: Language) -> None:
    doc = nlp("Typhoon Mirinae hit Luzon on Monday. Mirinae then weakened over the sea.")
    spans = [
        _span(doc, "Mirinae", "PERSON"),
        _span(doc, "Luzon", "GPE"),
        _span(doc, "Mirinae", "PERSON", nth=1),
    ]
    assert [s.label_ for s in storms_as_misc(spans)] == ["MISC", "GPE", "MISC"]


def test_the_storm_word_inside_the_span_counts_too(nlp: Language) -> None:
    doc = nlp("Tropical Storm Odette flooded villages in Leyte.")
    spans = [_span(doc, "Tropical Storm Odette", "ORG"), _span(doc, "Leyte", "GPE")]
    assert [s.label_ for s in storms_as_misc(spans)] == ["MISC", "GPE"]
    assert is_storm_name(spans[0])


def test_a_person_with_the_storm_s_name_stays_a_person(nlp: Language) -> None:
    doc = nlp("After Cyclone Amara, Amara Okafor said Amara had lost her shop.")
    spans = [
        _span(doc, "Amara", "PERSON"),
        _span(doc, "Amara Okafor", "PERSON", nth=1),
        _span(doc, "Amara", "PERSON", nth=2),
    ]
    assert [s.label_ for s in storms_as_misc(spans)] == ["MISC", "PERSON", "PERSON"]


def test_without_a_storm_nothing_changes(nlp: Language) -> None:
    doc = nlp("Rita Osei met the mayor of Accra on Friday.")
    spans = [_span(doc, "Rita Osei", "PERSON"), _span(doc, "Accra", "GPE")]
    assert storms_as_misc(spans) == spans
    assert {"hurricane", "tropical storm"} <= load_storm_words()
