"""A Bangladeshi district's headquarters upazila ("Chandpur Sadar") places the event in it.

"<district> Sadar" is the sub-district holding the district's headquarters, so
a careful coder puts "a clash in Chandpur Sadar upazila" in Chandpur district
and its division. The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.aliases import AliasFileError
from sitrep.resolve.gazetteer.seat_names import SeatRule, load_seat_rules, seat_name_keys


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def test_keys_cover_the_unit_words() -> None:
    rule = SeatRule("BD", ("sadar",), ("upazila", "police station"))
    assert seat_name_keys(["feni"], rule) == {
        "feni sadar",
        "feni sadar upazila",
        "feni sadar police station",
    }


@pytest.mark.parametrize(
    ("name", "district", "admin1"),
    [
        ("Chandpur Sadar", "Chandpur", "Chittagong"),
        ("Jessore Sadar Upazila", "Jashore", "Khulna"),  # the district's pre-2018 spelling
        ("Madaripur Sadar Police Station", "Madaripur", "Dhaka"),
    ],
)
def test_sadar_names_its_district(
    gazetteer: Gazetteer, name: str, district: str, admin1: str
) -> None:
    place = gazetteer.lookup(name)[0]
    assert (place.name, place.feature, place.admin1) == (district, "admin2", admin1)


def test_sadar_alone_is_no_place_of_bangladesh(gazetteer: Gazetteer) -> None:
    """Pakistan's and India's "Sadar" bazaars name no district: the bare word stays unknown."""
    assert not any(p.country == "BD" for p in gazetteer.lookup("Sadar"))


def test_event_in_a_sadar_upazila_gets_the_division() -> None:
    from sitrep import extract

    report = extract(
        "A college student was hacked to death by miscreants in Feni Sadar upazila "
        "on Thursday night, police said.",
        published="2016-03-11",
    )
    places = {p.id: p for p in report.places}
    event = next(e for e in report.events if e.place)
    assert places[event.place].admin1 == "Chittagong"


def test_rule_without_words_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "seats.yaml"
    path.write_text("countries:\n  BD: {units: [upazila]}\n")
    with pytest.raises(AliasFileError, match=r"seats\.yaml, country BD"):
        load_seat_rules(path)
