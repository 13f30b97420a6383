"""Perpetrators a text names by accusation or by description rather than as the subject of
the attack verb: the accused object of "charged X with", "accused X of being responsible
for", "implicated X in"; every item of a list of accused; and the doer a "who" clause
describes ("the men who kidnapped ...", "four men who were travelling in a car opened fire
...")."""

from __future__ import annotations

from typing import Any

KILLING = "Gunmen killed six priests at a university in San Salvador on 16 November. "


def _perpetrators(report: Any, types: tuple[str, ...] = ("ASSAULT",)) -> list[str]:
    return [
        a.text
        for e in report.events
        if e.type in types
        for a in e.arguments
        if a.role == "perpetrator"
    ]


def test_the_accused_of_being_responsible_are_perpetrators(extract_notes: Any) -> None:
    report = extract_notes(
        KILLING + "The minister accused army dissidents and private firms of being responsible "
        "for the killings."
    )
    perpetrators = _perpetrators(report)
    assert "army dissidents" in perpetrators
    assert "private firms" in perpetrators


def test_people_charged_with_taking_part_are_perpetrators(extract_notes: Any) -> None:
    report = extract_notes(
        KILLING + "The judge charged Juan Perez and Luis Gomez with participating in the killings."
    )
    perpetrators = _perpetrators(report)
    assert "Juan Perez" in perpetrators
    assert "Luis Gomez" in perpetrators


def test_officers_implicated_in_the_killings_are_perpetrators(extract_notes: Any) -> None:
    report = extract_notes(
        KILLING + "The president implicated four officers and five soldiers in the killings."
    )
    perpetrators = _perpetrators(report)
    assert "four officers" in perpetrators
    assert "five soldiers" in perpetrators


def test_every_item_of_a_list_involved_in_the_massacre_is_a_perpetrator(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        KILLING + "The president announced that a colonel, two lieutenants and two soldiers were "
        "involved in the massacre."
    )
    perpetrators = _perpetrators(report)
    for accused in ("a colonel", "two lieutenants", "two soldiers"):
        assert accused in perpetrators


def test_the_friend_of_a_bombing_suspect_did_not_bomb(extract_notes: Any) -> None:
    report = extract_notes(
        "A court has convicted a friend of the bombing suspect for impeding the investigation."
    )
    assert not any("friend" in p for p in _perpetrators(report))


def test_police_charging_a_crowd_with_batons_accuse_no_one(extract_notes: Any) -> None:
    report = extract_notes("Police charged the crowd with batons before the attack on the station.")
    assert not any("crowd" in p for p in _perpetrators(report))


def test_people_who_kidnapped_a_man_are_his_kidnappers(extract_notes: Any) -> None:
    report = extract_notes(
        "The family said the people who kidnapped the businessman are asking for 10 million "
        "dollars for his release."
    )
    assert any("people" in p for p in _perpetrators(report, ("COERCE",)))


def test_men_a_who_clause_sets_off_are_the_subject_of_the_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "Four heavily armed men, who posed as police agents, kidnapped a businessman from "
        "his home in Cali on Tuesday."
    )
    assert any("armed men" in p for p in _perpetrators(report, ("COERCE",)))


def test_who_clause_before_a_placed_bomb_names_its_planters(extract_notes: Any) -> None:
    report = extract_notes(
        "Unknown people who drove up to the embassy in a car placed a bomb under a diplomat's car."
    )
    assert "Unknown people" in _perpetrators(report)


def test_who_clause_of_victims_or_witnesses_names_no_perpetrator(extract_notes: Any) -> None:
    report = extract_notes(
        "The hostages were foreign citizens who were taken hostage when rebels attacked "
        "the hotel. The villagers who survived the massacre said soldiers arrived at dawn."
    )
    perpetrators = _perpetrators(report, ("ASSAULT", "COERCE"))
    assert not any("citizens" in p or "villagers" in p for p in perpetrators)


def test_someone_who_died_in_a_battle_did_not_kill(extract_notes: Any) -> None:
    report = extract_notes(
        "The day honours the naval hero Arturo Prat, who died in the battle of Iquique in 1879."
    )
    assert not any("Prat" in p for p in _perpetrators(report))
