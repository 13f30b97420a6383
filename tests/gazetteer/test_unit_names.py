"""A known place followed by unit words ("Kaliganj upazila") is a place whatever its NER label.

The NER reads "Fatullah Thana" or "Jessore Sadar" as a person; the toponym
stage must still give the geocoder the place. The sentences are written for
these tests.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from sitrep.annotate.toponyms_units import unit_named_place


class _Known:
    """A stand-in gazetteer that knows a fixed set of names."""

    def __init__(self, *names: str) -> None:
        self.names = {n.lower() for n in names}

    def is_known_place(self, name: str) -> bool:
        return name.lower() in self.names


def _span(text: str, name: str, label: str) -> Span:
    doc = spacy.blank("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert span is not None
    return span


def test_upazila_name_yields_the_town() -> None:
    ent = _span(
        "Ten people were hurt in Kaliganj upazila on Saturday.", "Kaliganj upazila", "PERSON"
    )
    found = unit_named_place(ent, _Known("Kaliganj"))
    assert found is not None and (found.text, found.label_) == ("Kaliganj", "GPE")


def test_longer_known_name_is_kept_whole() -> None:
    text = "Workers attacked Madaripur Sadar Police Station on Wednesday."
    ent = _span(text, "Madaripur Sadar Police Station", "PERSON")
    found = unit_named_place(ent, _Known("Madaripur", "Madaripur Sadar"))
    assert found is not None and found.text == "Madaripur Sadar"


def test_a_police_force_is_not_a_unit() -> None:
    ent = _span("Punjab Police arrested three suspects.", "Punjab Police", "ORG")
    assert unit_named_place(ent, _Known("Punjab")) is None


def test_unknown_opening_gives_nothing() -> None:
    ent = _span("He was taken to Baromoha Thana at night.", "Baromoha Thana", "PERSON")
    assert unit_named_place(ent, _Known("Kaliganj")) is None


def test_place_labels_are_left_to_the_ner() -> None:
    ent = _span("Clashes in Kaliganj upazila left ten hurt.", "Kaliganj upazila", "GPE")
    assert unit_named_place(ent, _Known("Kaliganj")) is None
