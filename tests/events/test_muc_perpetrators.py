"""Who did an attack, as a template coder reads it: claims, blame, and the article's one group."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.coded import attack_perpetrators as _perpetrators

from sitrep.errors import KnowledgeError
from sitrep.events.participant_lexicon import ParticipantLexicon, load_participant_lexicon


def test_a_group_that_claims_the_bombing_did_it(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "The ELN claimed responsibility for the bombing of an oil pipeline near Saravena on "
        "Monday, the army said."
    )
    assert "ELN" in _perpetrators(report)


def test_no_one_claiming_an_attack_names_no_perpetrator(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "No one has claimed responsibility for the attack on the police station in Tumaco."
    )
    assert _perpetrators(report) == []


def test_whom_an_official_blames_for_an_attack_did_it(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "President Duque blamed the FARC dissidents for the car bomb attack on the army base "
        "in Cucuta."
    )
    assert "FARC" in _perpetrators(report)


def test_an_attack_blamed_on_a_group(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "The ambush on the convoy was blamed on Shining Path remnants, officials in Lima said."
    )
    assert "Shining Path" in _perpetrators(report)


def test_the_articles_one_armed_group_takes_its_guerrillas_attack(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Shining Path has been active in the Apurimac valley for years. On Sunday the "
        "guerrillas ambushed a police patrol near Pichari, killing four officers."
    )
    assert {"the guerrillas", "Shining Path"} <= set(_perpetrators(report))


def test_gunmen_are_nobodys_members_by_their_name(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Shining Path has been active in the Apurimac valley for years. On Sunday unidentified "
        "gunmen shot dead a shopkeeper in Pichari."
    )
    assert "Shining Path" not in _perpetrators(report)


def test_two_groups_leave_the_guerrillas_untied(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Both the ELN and the FARC operate in Arauca. On Friday the guerrillas burned three "
        "trucks on the road to Tame."
    )
    perpetrators = _perpetrators(report)
    assert "the guerrillas" in perpetrators
    assert "ELN" not in perpetrators and "FARC" not in perpetrators


def test_those_found_responsible_for_a_killing_did_it(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "The report found that army soldiers were responsible for the killing of six priests "
        "in San Salvador."
    )
    assert "army soldiers" in _perpetrators(report)


def test_whom_witnesses_accuse_of_a_killing_did_it(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Witnesses accused the national police of killing two students in Tegucigalpa on Friday."
    )
    assert "the national police" in _perpetrators(report)


def test_who_was_responsible_is_no_one_yet(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "It is not clear who was responsible for the bombing of the bank in Medellin."
    )
    assert _perpetrators(report) == []


def test_the_word_lists_load_their_new_sections() -> None:
    lexicon = load_participant_lexicon()
    assert "guerrilla" in lexicon.group_members
    assert "gunman" not in lexicon.group_members
    assert "responsibility" in lexicon.responsibility["claim_nouns"]
    assert "blamed on" in lexicon.responsibility["blame_links"]


def test_a_misspelt_responsibility_key_is_named(tmp_path: Path) -> None:
    path = tmp_path / "participants.yaml"
    path.write_text("responsibility:\n  claim_verb: [claimed]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="claim_verbs"):
        ParticipantLexicon.from_file(path)
