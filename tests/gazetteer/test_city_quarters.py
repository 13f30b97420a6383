"""Quarters of big South Asian cities are places with their city's admin1.

News from Dhaka or Karachi places an event in a quarter ("a blast in Orangi
Town"); without the quarter in the gazetteer the event had no place and event
data no admin1. The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.aliases import AliasFileError
from sitrep.resolve.gazetteer.quarters import load_quarters


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def test_every_quarter_sits_in_an_admin1_of_the_index(gazetteer: Gazetteer) -> None:
    """A misspelt admin1 in the data file would leave a quarter without its province."""
    for entry in load_quarters():
        place = next(
            p
            for p in gazetteer.lookup(entry.name)
            if (p.name, p.country, p.feature) == (entry.name, entry.country, entry.feature)
        )
        assert place.admin1 == entry.admin1 and place.admin1_id is not None, entry.name


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Jatrabari", "BD", "Dhaka"),
        ("Nayapaltan", "BD", "Dhaka"),
        ("Orangi Town", "PK", "Sindh"),
        ("Youhanabad", "PK", "Punjab"),
        ("Jantar Mantar", "IN", "Delhi"),
    ],
)
def test_quarter_is_found_with_its_admin1(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    assert any(p.country == country and p.admin1 == admin1 for p in gazetteer.lookup(name))


def test_quarter_is_the_event_place_of_a_dhaka_report() -> None:
    from sitrep import extract

    report = extract(
        "Two crude bombs went off near a bus counter at Jatrabari on Sunday evening, "
        "injuring a passer-by.",
        published="2016-05-08",
    )
    places = {p.id: p for p in report.places}
    event = next(e for e in report.events if e.place)
    assert (places[event.place].country, places[event.place].admin1) == ("BD", "Dhaka")


def test_a_quarter_without_its_point_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "quarters.yaml"
    path.write_text("quarters:\n  - {name: Shahbagh, city: Dhaka, country: BD, admin1: Dhaka}\n")
    with pytest.raises(AliasFileError, match=r"quarters\.yaml.*Shahbagh.*lat"):
        load_quarters(path)
