"""Toponym detection from local-news cues: home towns, county lists, facilities, streets.

Each document carries the entity labels a statistical NER often gives such
names (a town tagged PERSON, MISC or not at all), so the rules are tested
without depending on one model's mistakes. The sentences are written for these
tests.
"""

from __future__ import annotations

import pytest
from tests.geo.labelled_docs import labelled_doc as _doc
from tests.geo.labelled_docs import toponym_names as _names

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo.streets import is_street_name
from sitrep.resolve.geo.toponym_words import ToponymWordsError, load_toponym_words


def test_legislators_home_town_after_party_letter(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "The bill's sponsor, Rep. Carla Wendt, D-Beachwood, said the vote would be close.",
        [("Carla Wendt", "PERSON")],
    )
    assert _names(doc, gazetteer) == ["Beachwood"]


def test_party_and_town_tagged_as_one_name(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Senate Tax Chairman Paul Strand, DFL-Chisholm, opposed the cut.",
        [("Paul Strand", "PERSON"), ("DFL-Chisholm", "MISC")],
    )
    assert _names(doc, gazetteer) == ["Chisholm"]


def test_home_town_after_a_name_and_an_age(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Deputies arrested Tomas Greer, 27, of Grovetown, after a short chase on Friday.",
        [("Tomas Greer", "PERSON")],
    )
    assert _names(doc, gazetteer) == ["Grovetown"]


def test_headline_opening_with_a_town_and_its_resident(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(blank, "Coral Gables man charged in boat theft", [])
    assert _names(doc, gazetteer) == ["Coral Gables"]


def test_common_word_opening_a_sentence_is_no_town(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(blank, "Police said the fire spread fast. Many residents fled.", [])
    assert _names(doc, gazetteer) == []


def test_names_before_counties_are_counties(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "School boards in Walton and Oconee counties delayed their budgets.",
        [("Walton", "PERSON")],
    )
    assert _names(doc, gazetteer) == ["Walton", "Oconee"]


def test_month_after_in_is_no_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(blank, "The new clinic opened in May and hired nine nurses.", [])
    assert _names(doc, gazetteer) == []


def test_hospital_named_after_its_town_gives_the_town(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "The driver was flown to Hartford Hospital and the passenger to the Anderson County Jail.",
        [("Hartford Hospital", "ORG"), ("Anderson County Jail", "FAC")],
    )
    assert _names(doc, gazetteer) == ["Hartford", "Anderson County"]


def test_institution_named_after_a_person_gives_no_town(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Volunteers repainted the Webb Center over the weekend.",
        [("Webb Center", "ORG")],
    )
    assert "Webb" not in _names(doc, gazetteer)


def test_lower_case_direction_is_not_part_of_the_name(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Heavy snow fell across southwest Kansas and the City of Edwardsville closed schools.",
        [("southwest Kansas", "LOC"), ("City of Edwardsville", "ORG")],
    )
    assert _names(doc, gazetteer) == ["Kansas", "Edwardsville"]


def test_country_tagged_as_an_organisation_is_a_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Health workers in the DRC reported 40 new cholera cases. It cost US$460 million.",
        [("DRC", "ORG"), ("US$", "MISC")],
    )
    assert _names(doc, gazetteer) == ["DRC"]


def test_agency_tagged_as_an_organisation_is_a_district(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Jets struck hideouts in Tirah valley of Khyber Agency on Sunday.",
        [("Khyber Agency", "ORG")],
    )
    assert "Khyber Agency" in _names(doc, gazetteer)


def test_town_of_its_district_tagged_as_one_name(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Protesters burned tyres in Janakpur of Dhanusha on Thursday.",
        [("Janakpur of Dhanusha", "PERSON")],
    )
    assert _names(doc, gazetteer) == ["Janakpur", "Dhanusha"]


def test_street_takes_its_street_word_and_route_its_number(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Crews closed Mayfield Road and County Road 96 after the storm.",
        [("Mayfield", "GPE"), ("County Road", "LOC")],
    )
    assert _names(doc, gazetteer) == ["Mayfield Road", "County Road 96"]


def test_organisation_named_after_a_state_road_is_not_a_street(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "A Florida Highway Patrol trooper stopped the van.",
        [("Florida", "GPE")],
    )
    assert _names(doc, gazetteer) == ["Florida"]


@pytest.mark.parametrize(
    ("name", "street"),
    [("Wichita Drive", True), ("E. Main St.", True), ("Grand Prairie", False), ("Drive", False)],
)
def test_street_names(name: str, street: bool) -> None:
    assert is_street_name(name) is street


def test_toponym_words_file_is_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "words.yaml"
    bad.write_text("party_prefixes: d\n", encoding="utf-8")
    with pytest.raises(ToponymWordsError, match="party_prefixes"):
        load_toponym_words(bad)


def test_institution_of_a_place_gives_only_the_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "A professor at the University of Hartford said the Bank of Canada was right.",
        [("University of Hartford", "PERSON"), ("Bank of Canada", "ORG")],
    )
    names = _names(doc, gazetteer)
    assert "University" not in names and "Bank" not in names


def test_function_word_opening_a_sentence_is_no_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(blank, "The roof fell in. No firefighters were hurt. But crews stayed.", [])
    assert _names(doc, gazetteer) == []
