"""ACLED event types that turn on who was hit and how the fight is told.

- An attack on people the text calls police, soldiers or militants is a battle, even where
  the knowledge base knows neither party ("a constable was shot dead by Naxals"); not when
  the victim is a former member of a force, or a civilian.
- A fight told as a gunfight or shootout with police is a battle of armed sides, even when
  party activists are on the other side; a scuffle of activists stays a riot.
- A harm told inside the clash of its own sentence ("was gunned down in a deadly clash
  between two groups") is that clash's toll, not one side's shooting.
- A petrol bomb thrown into a bus that burns passengers is an attack on civilians, also
  where the harm is told without a number ("a truck driver sustained burn injuries");
  thrown at an empty office, it is street violence.
- Troops of two countries that "targeted each other" fought a battle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event

PUBLISHED = "2016-03-08"


def _acled_type(extract_notes: Callable[[str], Any], text: str) -> str | None:
    event = coded_event(extract_notes(text))
    return event.acled.event_type if event is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "A head constable was shot dead by suspected Maoists near Kistaram in Sukma district "
        "on Monday evening.",
        "Two jawans of the Border Security Force were injured when militants opened fire on "
        "their patrol near Hiranagar on Tuesday.",
        "Security forces killed three militants of a banned outfit in Tamenglong district on "
        "Sunday night, police said.",
    ],
)
def test_attack_on_armed_men_is_a_battle(extract_notes: Callable[[str], Any], text: str) -> None:
    assert _acled_type(extract_notes, text) == "Battles"


def test_attack_on_retired_officer_is_violence_against_civilians(
    extract_notes: Callable[[str], Any],
) -> None:
    text = (
        "Unidentified gunmen shot dead a retired army officer outside his house in Anantnag "
        "on Friday morning."
    )
    assert _acled_type(extract_notes, text) == "Violence against civilians"


def test_gunfight_with_police_is_a_battle(extract_notes: Callable[[str], Any]) -> None:
    text = (
        "Three activists of the opposition party's student wing sustained bullet wounds in a "
        "gunfight with police at Rahimpur village in Sadar upazila early Thursday."
    )
    assert _acled_type(extract_notes, text) == "Battles"


def test_scuffle_of_activists_stays_a_riot(extract_notes: Callable[[str], Any]) -> None:
    text = (
        "At least twelve people were injured when activists of two factions of the ruling "
        "party clashed over control of a bus terminal in Bogura on Saturday."
    )
    assert _acled_type(extract_notes, text) == "Riots"


def test_shooting_told_inside_a_clash_is_the_clash(extract_notes: Callable[[str], Any]) -> None:
    text = (
        "Two farmers were shot dead and nine others were injured in a fierce clash between "
        "two groups of villagers over a disputed pond at Char Kalia in Pabna on Friday."
    )
    assert _acled_type(extract_notes, text) == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified assailants hurled a petrol bomb into a moving bus at Kanchpur on the "
        "Dhaka-Sylhet highway on Wednesday night, injuring eleven passengers.",
        "A truck driver was burnt to death when blockade supporters threw petrol bombs at his "
        "vehicle near Bogura town early on Sunday.",
        "A rickshaw-puller sustained burn injuries as assailants hurled a petrol bomb at his "
        "rickshaw near the railway station in Jamalpur town on Thursday evening.",
    ],
)
def test_fire_bomb_on_passengers_is_violence_against_civilians(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    assert _acled_type(extract_notes, text) == "Violence against civilians"


def test_fire_bomb_on_an_empty_office_is_a_riot(extract_notes: Callable[[str], Any]) -> None:
    text = (
        "Unidentified men hurled two petrol bombs at the local office of the ruling party in "
        "Rangpur town late on Monday night, damaging its furniture."
    )
    assert _acled_type(extract_notes, text) == "Riots"


def test_troops_that_targeted_each_other_fought_a_battle(
    extract_notes: Callable[[str], Any],
) -> None:
    text = (
        "Indian and Pakistani troops targeted each other along the Line of Control in the "
        "Krishna Ghati sector of Poonch district on Tuesday night."
    )
    assert _acled_type(extract_notes, text) == "Battles"
