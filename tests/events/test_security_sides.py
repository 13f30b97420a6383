"""Who acts and who suffers in security statements and foreign-force stories.

Military and police releases name the fighters they killed only as "terrorists" or "bandits",
tell the fight through a speaker ("Police said …", "According to the ISPR, …") and credit
strikes to a state by its short name ("a U.S. drone strike"). A careful coder codes the
unnamed fighters as an armed side, never the speaker as a party, and a state's strike to its
military. The paragraphs are written for these tests, from several theatres.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.support import actor_names, events_of

PUBLISHED = "2024-04-16"


def test_unnamed_terrorists_killed_by_own_troops_are_an_armed_side(extract_notes: Any) -> None:
    report = extract_notes(
        "During the clearance operation in the Shawal valley, own troops engaged the hideout "
        "and as a result, three terrorists were killed."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.acled.event_type == "Battles"
    assert "Unidentified Armed Group" in actor_names(attack, "target")


def test_armed_bandits_raiding_a_village_are_an_unidentified_armed_group(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        "Armed bandits stormed a village in Maru local government area of Zamfara State on "
        "Saturday night, killing nine residents."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.acled.event_type == "Violence against civilians"
    assert actor_names(attack, "source") == ["Unidentified Armed Group"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Police said two militants were killed in an encounter with security forces in the "
            "Zainapora area of Shopian district on Tuesday.",
            "Police Forces of India",
            id="police_who_only_tell_of_a_gunfight_are_no_side",
        ),
        pytest.param(
            "The ISPR said four terrorists were killed in an exchange of fire in the Datta Khel "
            "area of North Waziristan.",
            "ISPR",
            id="a_military_media_wing_that_reports_deaths_is_not_their_victim",
        ),
    ],
)
def test_a_speaker_who_reports_deaths_is_not_the_target(
    extract_notes: Any, text: str, speaker: str
) -> None:
    (attack,) = events_of(extract_notes(text), "ASSAULT")
    assert speaker not in actor_names(attack, "target")
    assert "Unidentified Armed Group" in actor_names(attack, "target")


def test_according_to_a_speaker_the_fight_is_between_others(extract_notes: Any) -> None:
    report = extract_notes(
        "According to the ISPR, an exchange of fire took place between troops and terrorists "
        "in the Tirah valley of Khyber district."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert attack.acled.event_type == "Battles"
    assert "Unidentified Armed Group" in actor_names(attack, "target")
    assert "ISPR" not in actor_names(attack, "target") + actor_names(attack, "source")


def test_a_named_group_before_terrorists_is_whose_fighters_they_were(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        "Troops of Operation Hadin Kai neutralised six ISWAP terrorists near Gwoza in Borno "
        "State on Friday."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert actor_names(attack, "source") == ["Military Forces of Nigeria"]
    assert "ISWAP" in actor_names(attack, "target")


def test_a_us_drone_strike_is_the_us_military(extract_notes: Any) -> None:
    report = extract_notes(
        "A U.S. drone strike killed three al-Shabaab fighters near Kismayo on Wednesday, the "
        "Somali government said."
    )
    (attack,) = events_of(report, "ASSAULT")
    assert actor_names(attack, "source") == ["Military Forces of United States"]
    assert attack.acled.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "Police said they killed two militants in a gunfight in Kulgam district on Monday "
            "night.",
            "Police Forces of India",
            id="a_speaker_whose_own_side_fought_stays_the_source",
        ),
        pytest.param(
            "Five civilians were killed by U.S. air strikes on a village near Raqqa, a monitoring "
            "group said on Sunday.",
            "Military Forces of United States",
            id="civilians_killed_by_us_air_strikes_were_hit_by_the_us_military",
        ),
        pytest.param(
            "A Turkish drone strike killed two PKK fighters near Sinjar in northern Iraq on "
            "Thursday, local officials said.",
            "Military Forces of Turkey",
            id="a_demonym_strike_and_a_state_name_strike_agree",
        ),
        pytest.param(
            "Operation Whirl Stroke troops neutralised three bandits in Benue State on Friday.",
            "Military Forces of Nigeria",
            id="troops_named_by_their_operation_are_the_states_military",
        ),
        pytest.param(
            "Troops of Operation Hadin Kai on Tuesday neutralised five ISWAP terrorists and "
            "arrested two of their suppliers at Gajiram in Borno State.",
            "Military Forces of Nigeria",
            id="troops_of_an_operation_are_the_states_military_with_a_date_between",
        ),
    ],
)
def test_the_acting_state_force_is_the_only_source(
    extract_notes: Any, text: str, source: str
) -> None:
    (attack,) = events_of(extract_notes(text), "ASSAULT")
    assert actor_names(attack, "source") == [source]
