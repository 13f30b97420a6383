"""Planets in a text about the sky, one-word historical events and buildings are no people
or organisations (``celestial_names``, ``event_names``, ``facility_names``). Sentences are
our own."""

from __future__ import annotations

from spacy.language import Language
from tests.annotate.spans import span_of as _span

from sitrep.annotate.celestial_names import celestial_bodies_as_misc, load_celestial_bodies
from sitrep.annotate.event_names import events_by_last_word, load_event_names
from sitrep.annotate.facility_names import facilities_by_last_word, load_facility_heads


def test_two_planets_named_alone_make_a_text_about_the_sky(nlp: Language) -> None:
    doc = nlp("This week Saturn squares the Moon while Jupiter moves into Taurus.")
    spans = [_span(doc, "Saturn", "PERSON"), _span(doc, "Jupiter", "GPE")]
    assert [s.label_ for s in celestial_bodies_as_misc(spans)] == ["MISC", "MISC"]


def test_one_planet_name_alone_decides_nothing(nlp: Language) -> None:
    doc = nlp("Venus beat her sister in straight sets at Wimbledon on Monday.")
    spans = [_span(doc, "Venus", "PERSON"), _span(doc, "Wimbledon", "GPE")]
    assert [s.label_ for s in celestial_bodies_as_misc(spans)] == ["PERSON", "GPE"]


def test_a_planet_in_a_longer_name_is_left_alone(nlp: Language) -> None:
    doc = nlp("Mercury Marine said Mars would not hurt sales, and Saturn dealers agreed.")
    spans = [_span(doc, "Mercury Marine", "ORG"), _span(doc, "Saturn", "ORG")]
    assert [s.label_ for s in celestial_bodies_as_misc(spans)] == ["ORG", "ORG"]


def test_the_shipped_lists_hold_planets_events_and_buildings() -> None:
    assert {"venus", "rahu"} <= load_celestial_bodies()
    assert "chandra" not in load_celestial_bodies()  # a common given name
    assert "holocaust" in load_event_names()
    assert {"hall", "bridge"} <= load_facility_heads()
    assert "office" not in load_facility_heads()  # "Foreign Office" is an organisation


def test_a_one_word_historical_event_is_no_person(nlp: Language) -> None:
    doc = nlp("The exhibition on the Holocaust opened in Warsaw on Sunday.")
    spans = [_span(doc, "Holocaust", "PERSON"), _span(doc, "Warsaw", "GPE")]
    assert [s.label_ for s in events_by_last_word(spans)] == ["MISC", "GPE"]


def test_a_linked_name_keeps_its_type(nlp: Language) -> None:
    doc = nlp("Officials from the Intifada committee met on Friday.")
    spans = [_span(doc, "Intifada", "ORG", kb_id="intifada-committee")]
    assert events_by_last_word(spans)[0].label_ == "ORG"


def test_a_venue_named_after_an_art_is_a_facility(nlp: Language) -> None:
    doc = nlp("The concert moved from Symphony Auditorium to the Blue Water Bridge park.")
    spans = [_span(doc, "Symphony Auditorium", "ORG"), _span(doc, "Blue Water Bridge", "PERSON")]
    assert [s.label_ for s in facilities_by_last_word(spans)] == ["FAC", "FAC"]


def test_a_facility_of_a_known_place_keeps_its_reading(nlp: Language) -> None:
    doc = nlp("Kansai International Airport priced a ten-year bond on Tuesday.")
    spans = [_span(doc, "Kansai International Airport", "ORG")]
    assert facilities_by_last_word(spans, lambda name: name == "Kansai")[0].label_ == "ORG"


def test_a_lower_case_facility_word_after_a_name_changes_nothing(nlp: Language) -> None:
    doc = nlp("Kenyatta station staff walked out, and Acme Holdings hall rentals fell.")
    spans = [_span(doc, "Kenyatta", "PERSON"), _span(doc, "Acme Holdings hall", "ORG")]
    assert [s.label_ for s in facilities_by_last_word(spans)] == ["PERSON", "ORG"]
