"""Who is on which side: noncombatants never attack; attackers' group told elsewhere."""

from __future__ import annotations

from dataclasses import dataclass, field

import spacy
from spacy.tokens import Span

from sitrep.events.attacker_groups import attacker_groups
from sitrep.events.participant_lexicon import load_participant_lexicon
from sitrep.events.perpetrator_groups import names_group


def _arguments(report, role):  # type: ignore[no-untyped-def]
    return [a.text for e in report.events for a in e.arguments if a.role == role]


def test_noncombatant_nouns_are_victims_not_attackers() -> None:
    lexicon = load_participant_lexicon()
    assert lexicon.class_of(["two", "catholic", "priests"]) == "noncombatant"
    assert lexicon.class_of(["villagers"]) == "noncombatant"
    assert lexicon.class_of(["three", "policemen"]) == "person"  # armed: either side
    assert lexicon.attacker_noun("guerrillas") == "guerrilla"
    assert lexicon.attacker_noun("villagers") is None
    assert lexicon.class_of(["the", "bombing"]) is None  # the act, not the weapon


def test_judges_on_the_agent_side_are_not_perpetrators(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "Two judges investigating the case said gunmen shot dead a lawyer in Medellin on Friday."
    )
    assert "Two judges" not in _arguments(report, "perpetrator")
    assert "a lawyer" in _arguments(report, "victim")


def test_the_rebels_belong_to_the_group_named_beside_them_elsewhere(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "ELN rebels have been active in the province for years, the governor said. "
        "On Tuesday the rebels blew up an oil pipeline near Saravena, army officials said."
    )
    perpetrators = [a for e in report.events for a in e.arguments if a.role == "perpetrator"]
    assert "the rebels" in [a.text for a in perpetrators]
    names = {e.id: e.name for e in report.entities}
    assert any(a.entity and "ELN" in names[a.entity] for a in perpetrators)


@dataclass
class _Group:
    """A stand-in for an entity cluster: its type and its mentions."""

    type: str
    mentions: list[Span] = field(default_factory=list)


def _groups_of(text: str, names: dict[str, str]) -> dict[str, object]:
    """Attacker noun -> the group name ``attacker_groups`` ties it to in ``text``."""
    doc = spacy.blank("en")(text)
    owner: dict[int, object] = {}
    for token in doc:
        if token.text in names:
            cluster = _Group(names[token.text], [doc[token.i : token.i + 1]])
            owner[token.i] = cluster
    lexicon = load_participant_lexicon()
    groups = attacker_groups(doc, owner, lexicon.attacker_noun, names_group)
    return {noun: mention.text for noun, (_, mention) in groups.items()}


def test_a_noun_tied_to_two_groups_is_tied_to_none() -> None:
    found = _groups_of(
        "ELN rebels and FARC rebels operate in Arauca ; guerrillas of the EPL raid farms .",
        {"ELN": "ORG", "FARC": "ORG", "EPL": "ORG", "Arauca": "GPE"},
    )
    assert found == {"guerrilla": "EPL"}


def test_a_countrys_adjective_is_no_group_but_an_acronym_is() -> None:
    found = _groups_of(
        "Salvadoran soldiers and FMLN guerrillas clashed .",
        {"Salvadoran": "NORP", "FMLN": "GPE"},
    )
    assert found == {"guerrilla": "FMLN"}


def test_a_weapon_modifying_the_attack_is_its_instrument(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "A dynamite attack destroyed the telephone office in San Pedro Sula on Monday."
    )
    assert "dynamite" in _arguments(report, "instrument")
    assert "the telephone office" in _arguments(report, "target")


def test_names_listed_after_a_colon_are_victims(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "Three people were injured by the blast: Maria Lopez, a nurse; Jorge Pena, a driver; "
        "and Ana Ruiz."
    )
    assert {"Maria Lopez", "Jorge Pena", "Ana Ruiz"} <= set(_arguments(report, "victim"))


def test_an_organised_force_is_a_perpetrator_only_on_the_agent_side(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "The air force bombed a village near Chalatenango on Sunday, killing four peasants."
    )
    assert "The air force" in _arguments(report, "perpetrator")
    assert "four peasants" in _arguments(report, "victim")
    report = extract_packaged("Rebels ambushed the army near Saravena on Sunday.")
    assert "the army" not in _arguments(report, "perpetrator") + _arguments(report, "victim")


def test_people_are_perpetrators_only_as_the_subject_of_the_verb(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "Five people were seriously wounded in the rebel attack on the town hall, the officer "
        "reported. In a second incident, three men shot dead a bus driver in Soyapango."
    )
    perpetrators = _arguments(report, "perpetrator")
    assert "Five people" not in perpetrators
    assert "the officer" not in perpetrators
    assert "three men" in perpetrators


def test_places_a_tagger_calls_people_are_no_victims(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "the rebels said they attacked army positions in morazan, usulutan, la paz and "
        "cabanas on sunday. in medellin, luis perez was shot dead by gunmen on sunday."
    )
    victims = " ".join(_arguments(report, "victim")).lower()
    assert "luis perez" in victims
    assert not {"morazan", "usulutan", "la paz", "cabanas"} & set(_arguments(report, "victim"))


def test_a_name_ending_in_a_place_word_is_a_place() -> None:
    from sitrep.events.victim_names import names_place

    doc = spacy.blank("en")("Guerrillas shelled Junin department and killed Rosa Mena .")
    place_words = load_participant_lexicon().place_words
    assert names_place(doc, doc[2:4], set(), place_words)
    assert not names_place(doc, doc[7:9], set(), place_words)
