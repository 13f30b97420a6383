"""An everyday word names a place only if a major place bears it ("Sector" no, "Nice" yes)
(``sitrep.annotate.place_lookup``); the gazetteer is stubbed, so nothing is read."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitrep.annotate import place_lookup

ZIPF = {"jackson": 4.3, "sector": 4.7, "nice": 5.4, "kathleen": 3.6, "mobile": 4.9, "hope": 5.4}


@dataclass
class _Place:
    feature: str
    population: int
    name: str = ""


PLACES = {
    "Sector": [_Place("city", 2000)],
    "Hope": [_Place("city", 9900)],
    "Nice": [_Place("city", 340_000)],
    "Mobile": [_Place("admin2", 270_000)],
    "Kathleen": [_Place("city", 5000)],
    "Kasna": [_Place("city", 800)],
    "Sector 37": [_Place("city", 800)],
    "Miramar": [_Place("city", 137_000, "Miramar")],
    "Jackson": [_Place("city", 170_000, "Jackson")],
    "Melaka": [_Place("city", 480_000, "Malacca")],
}


class _Gazetteer:
    def lookup(self, name: str) -> list[_Place]:
        return PLACES.get(name, [])


@pytest.fixture(autouse=True)
def stub_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.resolve import places
    from sitrep.resolve.gazetteer import Gazetteer

    monkeypatch.setattr(places, "is_known_place", lambda name, path=None: name in PLACES)
    monkeypatch.setattr(Gazetteer, "open", classmethod(lambda cls, path=None: _Gazetteer()))
    place_lookup._names_major_place.cache_clear()
    place_lookup._names_large_town.cache_clear()


def _frequency(word: str) -> float:
    return ZIPF.get(word, 2.0)


@pytest.mark.parametrize("name", ["Sector", "Hope"])
def test_an_everyday_word_naming_only_a_village_is_no_place(name: str) -> None:
    assert not place_lookup.is_place_name(name, None, _frequency)


@pytest.mark.parametrize("name", ["Nice", "Mobile"])
def test_an_everyday_word_naming_a_large_town_is_a_place(name: str) -> None:
    assert place_lookup.is_place_name(name, None, _frequency)


@pytest.mark.parametrize("name", ["Kasna", "Kathleen", "Sector 37"])
def test_rare_words_and_longer_names_are_asked_as_they_are(name: str) -> None:
    assert place_lookup.is_place_name(name, None, _frequency)


def test_an_unknown_name_is_no_place() -> None:
    assert not place_lookup.is_place_name("Gas Desk", None, _frequency)


def test_a_rare_word_naming_a_large_town_is_that_town() -> None:
    assert place_lookup.is_large_town_by_rare_name("Miramar", None, _frequency)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Jackson", "a common surname"),
        ("Kasna", "a village"),
        ("Melaka", "only another spelling of the town's name"),
        ("Sector 37", "not one word"),
    ],
)
def test_other_names_are_not_judged_large_towns(name: str, why: str) -> None:
    assert not place_lookup.is_large_town_by_rare_name(name, None, _frequency), why
