"""Names that are places are no victims; ways and places after "on", "in" are no targets."""

from __future__ import annotations


def _arguments(report, role: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text for e in report.events for a in e.arguments if a.role == role]


def test_a_town_after_in_is_no_victim(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A bomb destroyed the offices of a bank in downtown Vina del Mar on Monday, police said."
    )
    assert not any("Vina" in v for v in _arguments(report, "victim"))
    assert "the offices" in _arguments(report, "target")


def test_the_city_of_a_name_is_no_victim(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Nine soldiers visiting the city of La Ceiba were attacked by gunmen early on Sunday."
    )
    assert not any("Ceiba" in v for v in _arguments(report, "victim"))


def test_a_name_before_a_farm_names_the_farm(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        'Guerrillas attacked the "Santo Tomas" presidential farm and kidnapped Luis Perez.'
    )
    victims = _arguments(report, "victim")
    assert "Luis Perez" in victims
    assert not any("Santo Tomas" in v for v in victims)


def test_a_person_after_a_comma_is_still_a_victim(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("In Medellin, gunmen shot dead Luis Perez, a local councillor.")
    assert "Luis Perez" in _arguments(report, "victim")


def test_a_road_where_officials_were_killed_is_no_target(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Rebels killed two state officials on a road linking two towns in Ancash department."
    )
    assert "a road" not in _arguments(report, "target")
    assert "two state officials" in _arguments(report, "victim")


def test_a_terrorist_attack_names_its_attackers(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "The offices of the deputy mayor were the objective of the terrorist attack on Friday."
    )
    assert "terrorist" in _arguments(report, "perpetrator")


def test_a_day_word_does_not_end_the_attackers_phrase(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("Police said that terrorists tonight bombed two embassies in Lima.")
    assert "terrorists" in _arguments(report, "perpetrator")


def test_a_span_of_hours_is_not_part_of_the_attackers(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "In the last few hours terrorists staged three bomb attacks against U.S. properties."
    )
    assert "terrorists" in _arguments(report, "perpetrator")


def test_a_ship_and_a_power_line_are_targets(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Gunmen fired on a fishing vessel and later dynamited the main powerline near Tumaco."
    )
    targets = _arguments(report, "target")
    assert any("vessel" in t for t in targets)
    assert any("powerline" in t for t in targets)


def test_weapons_seized_are_not_what_the_attack_used(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Troops killed two guerrillas near Tame and seized a rifle, a rocket launcher and "
        "three grenades."
    )
    assert _arguments(report, "instrument") == []


def test_weapons_the_attackers_carried_are_theirs(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("Gunmen armed with rifles killed two farmers near Tame on Tuesday.")
    assert "rifles" in _arguments(report, "instrument")
