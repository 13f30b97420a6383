"""Toponym detection around the NER: bare place names it mislabelled or missed, placed by context.

Each test builds a document with the entity labels a statistical NER often gets
wrong on local news (a town tagged PERSON or ORG, or not tagged at all), so the
rules are tested without depending on a particular model's mistakes.
"""

from __future__ import annotations

from tests.geo.labelled_docs import labelled_doc as _doc
from tests.geo.labelled_docs import toponym_names as _names

from sitrep.resolve.gazetteer import Gazetteer


def test_town_tagged_as_a_person_is_a_place_after_in(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Firefighters in Decatur were called to a warehouse blaze late on Sunday.",
        [("Decatur", "PERSON")],
    )
    assert _names(doc, gazetteer) == ["Decatur"]


def test_surname_of_a_named_person_stays_a_person(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Coach Alan Decatur praised the defence. Afterwards, Decatur thanked fans in Huntsville.",
        [("Alan Decatur", "PERSON"), ("Decatur", "PERSON"), ("Huntsville", "GPE")],
        people=["Alan Decatur"],
    )
    assert _names(doc, gazetteer) == ["Huntsville"]


def test_town_before_its_state_abbreviation(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "The company will open a plant outside Torrington, Conn., next spring.",
        [("Torrington", "ORG")],
    )
    assert "Torrington" in _names(doc, gazetteer)


def test_state_abbreviation_keeps_its_period(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "The suspect, who lives in Charleston, W.Va., was held without bail.",
        [("Charleston", "GPE"), ("W.Va", "PERSON")],
    )
    assert _names(doc, gazetteer) == ["Charleston", "W.Va."]


def test_capitalised_dateline_is_a_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "MIDDLETOWN, Conn. - The town council voted on Tuesday to close two schools.",
        [("Conn.", "GPE")],
    )
    assert _names(doc, gazetteer)[:2] == ["MIDDLETOWN", "Conn."]


def test_same_name_elsewhere_a_place_is_a_place_here(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Flooding closed roads in Gainesville overnight. Gainesville schools open late on Friday.",
        [("Gainesville", "GPE"), ("Gainesville", "ORG")],
    )
    assert _names(doc, gazetteer) == ["Gainesville", "Gainesville"]


def test_place_after_of_in_an_organisation(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Researchers at the University of Cincinnati published the study on Monday.",
        [("University of Cincinnati", "ORG")],
    )
    assert _names(doc, gazetteer) == ["Cincinnati"]


def test_state_modifying_a_common_noun(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Tennessee authorities said the bridge would stay closed through March.",
        [("Tennessee authorities", "ORG")],
    )
    assert _names(doc, gazetteer) == ["Tennessee"]


def test_capitalised_word_without_place_context_is_left_alone(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Sharon Whitfield, a nurse, said Sunday that Friendship matters most.",
        [("Sharon Whitfield", "PERSON")],
        people=["Sharon Whitfield"],
    )
    assert _names(doc, gazetteer) == []


def test_teams_in_a_standings_table_are_not_places(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Fans in Denver celebrated on Sunday.\nDENVER 70 65 .519 5\nHOUSTON 62 72 .463 13\n",
        [("Denver", "GPE"), ("DENVER", "ORG"), ("HOUSTON", "ORG")],
    )
    assert _names(doc, gazetteer) == ["Denver"]  # the city where fans celebrated, not the team


def test_a_sport_heading_in_capitals_is_not_a_dateline(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(blank, "CRICKET - HOSTS TAKE EARLY LEAD\nThe hosts scored 310 runs.", [])
    assert "CRICKET" not in _names(doc, gazetteer)
