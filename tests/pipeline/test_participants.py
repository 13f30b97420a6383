"""Unnamed participants as noun phrases: weapons, physical targets, victims and attackers."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.events.participant_lexicon import ParticipantLexicon, load_participant_lexicon


def _arguments(report, role):  # type: ignore[no-untyped-def]
    return [a.text for e in report.events for a in e.arguments if a.role == role]


def test_car_bomb_at_an_embassy(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "A car bomb exploded outside the Italian embassy in Lima on Sunday, killing two "
        "security guards, police said."
    )
    assert "A car bomb" in _arguments(report, "instrument")
    assert "the Italian embassy" in _arguments(report, "target")
    assert "two security guards" in _arguments(report, "victim")


def test_gunmen_are_perpetrators_and_passengers_victims(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "Gunmen opened fire on a minibus carrying pilgrims near Quetta, wounding nine passengers."
    )
    assert "Gunmen" in _arguments(report, "perpetrator")
    assert "a minibus" in _arguments(report, "target")
    assert "nine passengers" in _arguments(report, "victim")
    assert "pilgrims" not in _arguments(report, "perpetrator")


def test_a_group_of_armed_men_and_their_weapons(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "A group of armed men kidnapped a Catholic priest in the town of Jos on Saturday, "
        "church officials said. Three villagers were shot dead with rifles by the attackers."
    )
    assert "A group of armed men" in _arguments(report, "perpetrator")
    assert "a Catholic priest" in _arguments(report, "victim")
    assert "Three villagers" in _arguments(report, "victim")
    assert "rifles" in _arguments(report, "instrument")
    assert "the attackers" in _arguments(report, "perpetrator")


def test_lower_case_wire_copy_keeps_its_own_text_and_offsets(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    text = (
        "urban guerrillas threw a grenade at a police patrol in the capital yesterday, "
        "wounding three policemen and a street vendor."
    )
    report = extract_packaged(text)
    arguments = [a for e in report.events for a in e.arguments]
    assert {"urban guerrillas", "a grenade", "three policemen"} <= {a.text for a in arguments}
    for argument in arguments:
        assert argument.text == text[argument.start : argument.end]
        assert argument.entity is None


def test_participants_appear_in_the_report_json(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged("Militants set fire to a girls' school in Swat on Monday night.")
    dumped = report.model_dump(mode="json")
    roles = {(a["role"], a["text"]) for e in dumped["events"] for a in e["arguments"]}
    assert ("perpetrator", "Militants") in roles
    assert any(role == "target" and "school" in text for role, text in roles)


def test_lexicon_reads_plurals_irregulars_and_longest_endings() -> None:
    lexicon = load_participant_lexicon()
    assert lexicon.class_of(["two", "car", "bombs"]) == "weapon"
    assert lexicon.class_of(["three", "policemen"]) == "person"
    assert lexicon.class_of(["heavily", "armed", "men"]) == "perpetrator"
    assert lexicon.class_of(["women"]) == "person"
    assert lexicon.class_of(["the", "weather"]) is None


def test_an_unknown_section_is_a_clear_error(tmp_path: Path) -> None:
    from sitrep.errors import KnowledgeError

    path = tmp_path / "participants.yaml"
    path.write_text("weapons:\n  - bomb\n")
    with pytest.raises(KnowledgeError, match="unknown sections"):
        ParticipantLexicon.from_file(path)
