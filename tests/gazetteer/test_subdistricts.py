"""An upazila named in a report places the event in its district and division.

"A clash in Shalikha upazila" names only the sub-district; a careful coder
knows it lies in Magura district, Khulna division. The sentences are written
for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.aliases import AliasFileError
from sitrep.resolve.gazetteer.subdistricts import load_subdistricts


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def test_every_listed_district_is_in_the_index(gazetteer: Gazetteer) -> None:
    """A district misspelt in the data file would silently drop its upazilas."""
    data = load_subdistricts()
    for district, names in data.by_district.items():
        place = next(
            p for p in gazetteer.lookup(names[0]) if p.country == data.country and p.admin2
        )
        assert place.admin1_id is not None, district


@pytest.mark.parametrize(
    ("name", "district", "admin1"),
    [("Shalikha", "Magura", "Khulna"), ("Teknaf", "Cox's Bazar", "Chittagong")],
)
def test_upazila_carries_district_and_division(
    gazetteer: Gazetteer, name: str, district: str, admin1: str
) -> None:
    place = next(p for p in gazetteer.lookup(name) if p.feature == "district")
    assert (place.country, place.admin2, place.admin1) == ("BD", district, admin1)


def test_event_in_an_upazila_gets_the_division() -> None:
    from sitrep import extract

    report = extract(
        "Police fired rubber bullets at a procession of opposition activists at a bazaar "
        "in Gomastapur upazila on Tuesday, injuring six people.",
        published="2016-02-09",
    )
    places = {p.id: p for p in report.places}
    event = next(e for e in report.events if e.place)
    assert places[event.place].admin1 == "Rajshahi"


def test_a_district_without_a_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "subdistricts.yaml"
    path.write_text("country: BD\ndistricts:\n  Magura: Shalikha\n")
    with pytest.raises(AliasFileError, match=r"subdistricts\.yaml, district Magura"):
        load_subdistricts(path)
