"""Attacks that wire copy tells in ways a trigger list misses: harm "in attacks by" a group,
hostages "taken as hostages", bombs "placed" or "hit", infrastructure "destroyed" by rebels.

Each is an incident a GTD or MUC-4 coder records; the sentences are the project's own.
"""

from __future__ import annotations

from typing import Any


def _events(report: Any, event_type: str, mode: str | None = None) -> list[Any]:
    return [e for e in report.events if e.type == event_type and (mode is None or e.mode == mode)]


def test_people_who_died_in_attacks_by_guerrillas_report_the_attacks(extract_notes: Any) -> None:
    report = extract_notes(
        "Twelve villagers died in attacks by about 80 guerrillas on three hamlets in the north."
    )
    assert _events(report, "ASSAULT")


def test_wounded_in_recent_bombings_reports_the_bombings(extract_notes: Any) -> None:
    report = extract_notes("Four policemen were wounded in recent bombings by rebels in the port.")
    assert _events(report, "ASSAULT")


def test_a_general_statement_about_attacks_is_still_no_event(extract_notes: Any) -> None:
    report = extract_notes("Attacks on embassies have become a worry for diplomats in the region.")
    assert not _events(report, "ASSAULT")


def test_engineers_taken_as_hostages_were_kidnapped(extract_notes: Any) -> None:
    report = extract_notes(
        "The rebels stormed the oil camp and took two foreign engineers as hostages on Friday."
    )
    assert _events(report, "COERCE", "abduct")


def test_a_mayor_held_as_a_hostage_was_kidnapped(extract_notes: Any) -> None:
    report = extract_notes("Armed men held the town's mayor as a hostage for six hours.")
    assert _events(report, "COERCE", "abduct")


def test_bombs_placed_at_a_hotel_are_a_bombing(extract_notes: Any) -> None:
    report = extract_notes("Unidentified men placed two bombs outside a hotel in the capital.")
    assert _events(report, "ASSAULT", "explosives")


def test_a_train_that_hit_a_dynamite_charge_was_bombed(extract_notes: Any) -> None:
    report = extract_notes(
        "A freight train was derailed on Monday after hitting a dynamite charge."
    )
    assert _events(report, "ASSAULT", "explosives")


def test_towers_destroyed_by_guerrillas_are_an_attack_on_property(extract_notes: Any) -> None:
    report = extract_notes("Guerrillas destroyed six electricity towers in the east overnight.")
    assert _events(report, "ASSAULT", "destroy")


def test_a_wall_destroyed_by_a_storm_is_no_attack(extract_notes: Any) -> None:
    report = extract_notes("Heavy rain destroyed a wall of the old market on Sunday.")
    assert not _events(report, "ASSAULT")


def test_dynamite_sticks_hurled_at_an_embassy_are_a_bombing(extract_notes: Any) -> None:
    report = extract_notes("Eight men hurled dynamite sticks at the consulate on Tuesday night.")
    assert _events(report, "ASSAULT", "explosives")


def test_dynamite_sticks_seized_by_police_are_no_attack(extract_notes: Any) -> None:
    report = extract_notes("Police seized 40 dynamite sticks from a farmhouse near the border.")
    assert not _events(report, "ASSAULT")


def test_bombs_set_off_in_the_city_are_a_bombing(extract_notes: Any) -> None:
    report = extract_notes("Two bombs were set off in the city centre late on Saturday.")
    assert _events(report, "ASSAULT", "explosives")


def test_travellers_who_set_off_are_no_bombing(extract_notes: Any) -> None:
    report = extract_notes("The marchers set off towards the parliament building at noon.")
    assert not _events(report, "ASSAULT")


def test_the_burning_of_buses_by_rebels_is_arson(extract_notes: Any) -> None:
    report = extract_notes(
        "Officials condemned the burning of four buses by rebels on the highway."
    )
    assert _events(report, "ASSAULT", "arson")


def test_a_death_from_gunshot_wounds_is_an_attack(extract_notes: Any) -> None:
    report = extract_notes("The union leader died from gunshot wounds in hospital on Sunday.")
    assert _events(report, "ASSAULT")


def test_a_journalist_seized_by_rebels_was_kidnapped(extract_notes: Any) -> None:
    report = extract_notes("The radio journalist was seized by rebels near the river on Sunday.")
    assert _events(report, "COERCE", "abduct")


def test_an_arms_cache_seized_by_guerrillas_is_no_kidnapping(extract_notes: Any) -> None:
    report = extract_notes("The weapons cache was seized by guerrillas in the hills on Friday.")
    assert not _events(report, "COERCE", "abduct")
