"""One incident told in several sentences keeps one event though its places differ (issue #6).

"The attack" in a later sentence names the attack just told, even where that sentence names
the place at another level (a neighbouring town, the district, the capital nearby) or the
gazetteer reads a place from a name (a colonel "Ponce" taken for the town in Puerto Rico).
A place in another country still keeps two events apart; a town alone in its country in an
article whose story lies in another country is no event's place, nor is a country named for
its embassy. The sentences are written for these tests; the last two need the packaged
pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from sitrep.events.coref_when_where import places_compatible_for_reference
from sitrep.events.event_places import coherent_places
from sitrep.events.place_choice import names_a_cause
from sitrep.resolve.gazetteer.place import GazPlace

PUBLISHED = "1990-03-06"


def _place(geonameid: int, name: str, country: str, admin1: str, feature: str = "city") -> Any:
    """A resolved place of the report, as the event reader holds it."""
    point = GazPlace(geonameid, name, 0.0, 0.0, country, admin1, None, feature, 1000, "PPL")
    return SimpleNamespace(name=name, place=point, within=None, feature=feature)


SOACHA = _place(1, "Soacha", "CO", "Cundinamarca")
BOGOTA = _place(2, "Bogota", "CO", "Bogota D.C.")
LIMA = _place(3, "Lima", "PE", "Lima")
PONCE = _place(4, "Ponce", "PR", "Ponce")
CUZCO = _place(5, "Cuzco", "PE", "Cusco")


def test_a_back_reference_may_name_another_town_of_the_country() -> None:
    assert places_compatible_for_reference(SOACHA, BOGOTA)


def test_a_back_reference_in_another_country_is_another_event() -> None:
    assert not places_compatible_for_reference(SOACHA, LIMA)


def test_an_unknown_place_conflicts_with_nothing() -> None:
    assert places_compatible_for_reference(None, LIMA)


def test_a_lone_town_of_another_country_is_no_place_of_a_backed_story() -> None:
    assert coherent_places([PONCE], [LIMA, CUZCO, PONCE]) == []


def test_a_backed_candidate_stays() -> None:
    assert coherent_places([PONCE, CUZCO], [LIMA, CUZCO, PONCE]) == [CUZCO]


def test_where_no_country_is_backed_the_candidates_stay() -> None:
    assert coherent_places([PONCE], [LIMA, PONCE]) == [PONCE]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A bomb exploded outside the U.S. embassy warehouse on Monday.", "U.S."),
        ("Rebels fired on the Soviet consulate in Lima, Peru.", "Soviet"),
    ],
)
def test_a_countrys_mission_or_people_is_no_place(text: str, place: str) -> None:
    assert names_a_cause(text, text.index(place) + len(place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a bus in Lima yesterday.", "Lima"),
        ("Ludhiana citizens held a large vigil on Sunday.", "Ludhiana"),
    ],
)
def test_a_place_where_it_happened_stays_a_place(text: str, place: str) -> None:
    assert not names_a_cause(text, text.index(place) + len(place))


@pytest.fixture(scope="module")
def attacks(extract_notes: Callable[[str], Any]) -> Callable[[str], list[Any]]:
    """The ASSAULT events the text tells."""

    def run(text: str) -> list[Any]:
        return [e for e in extract_notes(text).events if e.type == "ASSAULT"]

    return run


def test_the_attack_near_another_town_is_the_car_bombing(
    attacks: Callable[[str], list[Any]],
) -> None:
    found = attacks(
        "Guerrillas set off a car bomb outside a police station in Soacha, Cundinamarca, on "
        "Tuesday, killing three officers. The attack, which took place near the border with "
        "Bogota, was claimed by the National Liberation Army, police said."
    )
    assert len(found) == 1
    assert len(found[0].evidence) == 2


def test_a_misread_foreign_town_does_not_split_the_killing(
    attacks: Callable[[str], list[Any]],
) -> None:
    found = attacks(
        "Unidentified gunmen shot dead a municipal judge in Medellin, Antioquia, on Friday "
        "night. Police in Medellin said the killers escaped in a car. Colonel Carolina Ponce, "
        "the city's police commander, said the attack was the work of hired assassins."
    )
    assert len(found) == 1
    perpetrators = [a.text for a in found[0].arguments if a.role == "perpetrator"]
    assert "hired assassins" in perpetrators
