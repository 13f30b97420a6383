"""Short event notes that name their town where the NER sees no place.

Conflict-monitor notes often open on their place ("In Baglung, …") or put it after
a word the NER does not read as locative ("clashes around Hpakant"). A capitalised
"In" must not swallow the name it introduces, and the town must still reach the
geocoder, so the event gets its region.
"""

from __future__ import annotations

from tests.geo.labelled_docs import labelled_doc as _doc
from tests.geo.labelled_docs import toponym_names as _names

from sitrep.resolve.gazetteer import Gazetteer


def test_town_opening_the_sentence_after_in_is_a_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "In Baglung, party cadres burnt copies of the draft outside the campus on Tuesday.",
        [],
    )
    assert _names(doc, gazetteer) == ["Baglung"]


def test_town_after_a_capitalised_at_is_a_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "At Kurigram, two processions faced police obstruction in the district town.",
        [],
    )
    assert _names(doc, gazetteer) == ["Kurigram"]


def test_sentence_opening_word_alone_stays_no_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "In March, traders closed their shops for a day over the new tax.",
        [],
    )
    assert _names(doc, gazetteer) == []


def test_town_tagged_a_person_after_around_is_a_place(blank, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "Heavy fighting broke out around Hpakant between the army and the rebels.",
        [("Hpakant", "PERSON")],
    )
    assert _names(doc, gazetteer) == ["Hpakant"]


def test_district_tagged_an_organisation_after_local_unit_of_is_a_place(
    blank, gazetteer: Gazetteer
) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "A bus was torched at Tulshighat in Sadar upazila of Gaibandha late on Saturday.",
        [("Gaibandha", "ORG")],
    )
    assert "Gaibandha" in _names(doc, gazetteer)


def test_name_after_an_ordinary_noun_and_of_stays_an_organisation(
    blank, gazetteer: Gazetteer
) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        blank,
        "The chairman of Gaibandha praised the harvest figures on Saturday.",
        [("Gaibandha", "ORG")],
    )
    assert _names(doc, gazetteer) == []


def test_distinctive_district_stays_where_it_is_when_another_country_is_named(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Six fighters died when a US drone struck a compound in South Waziristan."
    _us, district = resolve(text, ["US", "South Waziristan"], named_countries=["US"])
    assert district.place is not None and district.place.country == "PK"


def test_one_word_small_town_abroad_still_yields_to_the_named_country(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Sikh groups protested in Beas against the desecration of a holy book in India."
    beas, _india = resolve(text, ["Beas", "India"], named_countries=["IN"])
    assert beas.place is None or beas.place.country == "IN"
