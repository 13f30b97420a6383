"""Countries the text names inside organisations' names, and what a named country does
to a small place of another country, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.tokens import Span

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geocoder import Resolution
from sitrep.resolve.places import _countries_heading_names

Resolve = Callable[..., list[Resolution]]


def _doc_with_orgs(blank: spacy.language.Language, text: str, orgs: list[str]) -> object:
    doc = blank(text)
    ents = []
    for org in orgs:
        start = text.index(org)
        span = doc.char_span(start, start + len(org), label="ORG")
        assert span is not None
        ents.append(span)
    doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in ents]
    return doc


def test_country_opening_an_organisation_name_is_named(blank: spacy.language.Language) -> None:
    text = "Bangladesh Jamaat-e-Islami activists torched a bus as the Myanmar Armed Forces watched."
    doc = _doc_with_orgs(blank, text, ["Bangladesh Jamaat-e-Islami", "Myanmar Armed Forces"])
    assert _countries_heading_names(doc) == ["BD", "MM"]  # type: ignore[arg-type]


def test_country_code_or_region_opening_a_name_is_not_a_country(
    blank: spacy.language.Language,
) -> None:
    text = "Rebels of the Nam Taung camp met the Tamil Nadu Federation of traders."
    doc = _doc_with_orgs(blank, text, ["Nam Taung", "Tamil Nadu Federation"])
    assert _countries_heading_names(doc) == []  # type: ignore[arg-type]


def test_country_name_that_is_also_a_state_is_not_a_country(
    blank: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "Agents of the Georgia Bureau of Investigation searched a house in Macon."
    doc = _doc_with_orgs(blank, text, ["Georgia Bureau of Investigation"])
    assert _countries_heading_names(doc, gazetteer) == []  # type: ignore[arg-type]


def test_small_place_abroad_is_read_in_the_named_country(resolve: Resolve) -> None:
    text = "Rebels ambushed an army convoy near a village in Muse township on Monday."
    (muse,) = resolve(text, ["Muse"], named_countries=["MM"])
    assert muse.place is not None
    assert (muse.place.country, muse.place.admin1) == ("MM", "Shan")


def test_capitalised_abbreviation_reads_only_what_it_stands_for(resolve: Resolve) -> None:
    text = "Activists of the Awami League (AL) clashed with police in Khulna on Monday."
    al, khulna = resolve(text, ["AL", "Khulna"])
    assert al.place is None
    assert khulna.place is not None and khulna.place.country == "BD"


def test_reviewed_abbreviation_of_a_province_still_resolves(resolve: Resolve) -> None:
    text = "Militants attacked a police post in KP's Bannu district overnight."
    (kp,) = resolve(text, ["KP"])
    assert kp.place is not None and kp.place.name == "Khyber Pakhtunkhwa"
