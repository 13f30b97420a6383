"""The reviewed admin areas (``data/admin_areas.yaml``) land in the packaged gazetteer.

A district whose admin1 is misspelt in the file is skipped by the builder without a
word, and an admin1 code that votes for its neighbour's name puts every town of one
province in another; these tests catch both.
"""

from __future__ import annotations

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.admin_areas import load_admin_areas


def test_every_reviewed_district_is_in_its_admin1(gazetteer: Gazetteer) -> None:
    missing = [
        f"{d.name} ({d.country}, {d.admin1})"
        for d in load_admin_areas().districts
        if not any(
            p.country == d.country and p.feature == "admin2" and p.admin1 == d.admin1
            for p in gazetteer.lookup(d.name)
        )
    ]
    assert not missing, f"districts not indexed under their admin1: {missing}"


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Hpa-An", "MM", "Kayin"),
        ("Monywa", "MM", "Sagaing"),
        ("Nay Pyi Taw", "MM", "Naypyidaw"),
        ("Mymensingh", "BD", "Mymensingh"),
        ("Kampot", "KH", "Kampot"),
        ("Suong", "KH", "Tbong Khmum"),
    ],
)
def test_town_carries_its_own_admin1_not_a_neighbours(
    gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    place = next(p for p in gazetteer.lookup(town) if p.country == country)
    assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Noakhali", "BD", "Chittagong"),
        ("Cumilla", "BD", "Chittagong"),
        ("Mirpurkhas", "PK", "Sindh"),
        ("Shaheed Benazirabad", "PK", "Sindh"),
        ("Baramulla", "IN", "Jammu and Kashmir"),
        ("Dantewada", "IN", "Chhattisgarh"),
        ("Kokang", "MM", "Shan"),
    ],
)
def test_district_news_spelling_finds_its_admin1(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    place = next(p for p in gazetteer.lookup(name) if p.country == country)
    assert (place.feature, place.admin1) == ("admin2", admin1)
