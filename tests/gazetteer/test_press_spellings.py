"""Reviewed press spellings of South Asian and Myanmar places (issue #6).

English-language news spells many towns otherwise than GeoNames ("Sopore" for Sopur,
"D.I. Khan" for Dera Ismail Khan) and names Myanmar's states with their kind word
("Kachin State", "Pegu Division"). A spelling the reviewed aliases vouch for must reach
its place as the place's own name, even where GeoNames lists it as a variant too: the
geocoder trusts a variant of a small town only with other support.
"""

from __future__ import annotations

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.index import NAME_ALIAS, NAME_PRIMARY


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


@pytest.mark.parametrize(
    ("spelling", "country", "admin1"),
    [
        ("Sopore", "IN", "Jammu and Kashmir"),
        ("Pampore", "IN", "Jammu and Kashmir"),
        ("D.I. Khan", "PK", "Khyber Pakhtunkhwa"),
        ("Kashmore", "PK", "Sindh"),
        ("Takht Bhai", "PK", "Khyber Pakhtunkhwa"),
        ("Letpadan", "MM", "Bago"),
        ("Maungdaw", "MM", "Rakhine"),
    ],
)
def test_press_spelling_names_the_town(
    gazetteer: Gazetteer, spelling: str, country: str, admin1: str
) -> None:
    place, kind = gazetteer.candidates(spelling)[0]
    assert (place.country, place.admin1) == (country, admin1)
    assert kind in (NAME_PRIMARY, NAME_ALIAS)


@pytest.mark.parametrize(
    ("spelling", "state"),
    [
        ("Kachin State", "Kachin"),
        ("Shan State", "Shan"),
        ("Arakan", "Rakhine"),
        ("Pegu Division", "Bago"),
        ("Karen State", "Kayin"),
    ],
)
def test_myanmar_state_by_its_news_name(gazetteer: Gazetteer, spelling: str, state: str) -> None:
    place, _kind = gazetteer.candidates(spelling)[0]
    assert (place.country, place.feature, place.name) == ("MM", "admin1", state)
