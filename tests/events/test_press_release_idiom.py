"""Security forces' own statements and press releases, told in their own idiom.

Military and police press releases say "neutralised", "eliminated", "liquidated" or "sent to
hell" for killed, call their side "own troops" or "its forces", and join a kill and an arrest
in one sentence. A careful coder codes the forces the speaker owns as the source, the fighters
they killed as the target, and each count where the release gives it. The paragraphs are
written for these tests, from several theatres.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.support import actor_names, events_of

PUBLISHED = "2024-03-12"


def test_own_troops_in_an_ispr_release_are_no_victims(extract_notes: Any) -> None:
    report = extract_notes(
        "Security forces conducted an intelligence based operation in Mir Ali, North Waziristan "
        "District, on the reported presence of terrorists. During the conduct of the "
        "operation, own troops effectively engaged the terrorists' location and as a result, "
        "six terrorists were killed, the ISPR said."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.counts.killed == 6
    assert "Military Forces of Pakistan" in actor_names(attack, "source")
    assert "own troops" not in [a.text for a in attack.arguments if a.role == "victim"]


def test_terrorists_killed_by_own_troops_are_a_battle(extract_notes: Any) -> None:
    report = extract_notes(
        "During the operation, own troops engaged the terrorists' hideout and as a result, "
        "four terrorists were killed."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.acled.event_type == "Battles"


def test_neutralised_terrorists_and_an_arrest_in_one_nigerian_army_sentence(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        "Troops of Operation Hadin Kai on Sunday neutralised seven ISWAP terrorists and "
        "arrested three of their informants during a fighting patrol near Damboa in Borno State."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.counts.killed == 7
    assert attack.acled.event_type == "Battles"
    assert "ISWAP" in actor_names(attack, "target")
    (arrest,) = events_of(report, "COERCE")
    assert arrest.counts.arrested == 3
    assert "ISWAP" not in actor_names(arrest, "source")


def test_the_israeli_militarys_aircraft_are_its_own(extract_notes: Any) -> None:
    report = extract_notes(
        "The Israel Defense Forces said its aircraft struck a Hamas rocket launching post in "
        "Rafah on Monday night, killing two militants."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert actor_names(attack, "source") == ["Israel Defense Forces"]
    assert "Hamas" in actor_names(attack, "target")
    assert attack.counts.killed == 2


def test_a_strike_by_its_aircraft_is_an_air_strike(extract_notes: Any) -> None:
    report = extract_notes(
        "The Israel Defense Forces said its aircraft struck a Hamas weapons depot in Khan "
        "Younis overnight."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.acled.sub_event_type == "Air/drone strike"


def test_a_general_staff_speaks_for_its_states_forces(extract_notes: Any) -> None:
    report = extract_notes(
        "Ukraine's General Staff said its forces liquidated 25 Russian soldiers near Avdiivka "
        "on Saturday."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert actor_names(attack, "source") == ["Military Forces of Ukraine"]
    assert attack.counts.killed == 25
    assert attack.acled.event_type == "Battles"


def test_neutralized_rebels_in_a_philippine_army_statement(extract_notes: Any) -> None:
    report = extract_notes(
        "Soldiers of the 94th Infantry Battalion neutralized three New People's Army rebels in "
        "a firefight in Guihulngan City, Negros Oriental, the army said on Tuesday."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.counts.killed == 3
    assert attack.acled.event_type == "Battles"
    assert "New People's Army" in actor_names(attack, "target")


@pytest.mark.parametrize(
    ("text", "killed", "event_type"),
    [
        pytest.param(
            "Kenya Defence Forces troops neutralised five al-Shabaab militants who attempted to "
            "attack a camp in Lamu County on Saturday.",
            5,
            "Battles",
            id="neutralised_al_shabaab_militants_in_a_kenyan_statement",
        ),
        pytest.param(
            "Two terrorists were eliminated in an encounter with security forces in Kupwara "
            "district on Friday, the Army said.",
            2,
            "Battles",
            id="eliminated_in_an_encounter_in_an_indian_army_statement",
        ),
        pytest.param(
            "According to the ISPR, three terrorists were sent to hell during an intense exchange "
            "of fire in Tank District on Wednesday.",
            3,
            None,
            id="sent_to_hell_is_killed",
        ),
    ],
)
def test_a_press_release_kill_word_counts_the_dead(
    extract_notes: Any, text: str, killed: int, event_type: str | None
) -> None:
    """One attack with the release's count; ``event_type`` None where the case checks no type."""
    (attack,) = events_of(extract_notes(text), "ASSAULT")
    assert attack.counts.killed == killed
    if event_type is not None:
        assert attack.acled.event_type == event_type


def test_a_raid_and_an_arrest_share_the_forces_as_subject(extract_notes: Any) -> None:
    report = extract_notes(
        "The military said soldiers raided a hideout of the ELN in Arauca and arrested four "
        "suspected members on Thursday."
    )
    (arrest,) = events_of(report, "COERCE")
    assert arrest.counts.arrested == 4
    assert actor_names(arrest, "source") == ["Military Forces of Colombia"]


def test_the_second_of_two_joined_verbs_keeps_the_first_ones_subject(extract_notes: Any) -> None:
    report = extract_notes(
        "Militants attacked a police post in Bannu and killed two constables, police said."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert actor_names(attack, "source") == ["Unidentified Armed Group"]
    assert attack.counts.killed == 2


@pytest.mark.parametrize(
    "text",
    [
        # a recovery of weapons is no event by itself
        "The army said troops recovered arms and ammunition from an abandoned camp in Sambisa "
        "Forest on Monday.",
        # "eliminate" outside a fight names no killing
        "The minister said the government would eliminate poverty in the district within five "
        "years.",
    ],
)
def test_press_release_words_outside_a_fight_tell_no_attack(extract_notes: Any, text: str) -> None:
    assert not events_of(extract_notes(text), "ASSAULT")


def test_a_joined_verb_after_a_subordinate_clause_keeps_its_own_clauses_subject(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        "When police arrived to reopen the highway, the demonstrators pelted them with stones "
        "and set two buses ablaze in Hapur on Friday."
    )
    arson = [e for e in events_of(report, "ASSAULT") if e.mode == "arson"]
    assert arson
    assert "Police" not in actor_names(arson[0], "source")
