"""Victims told without a name: ranks and military people, crowds, bare numbers, "others";
and pronouns that are no victim by their form ("his", a subject after an active verb)."""

from __future__ import annotations


def _victims(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text for e in report.events for a in e.arguments if a.role == "victim"]


def test_a_rank_killed_is_a_victim(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A brigadier general was killed by a roadside bomb near Mosul on Monday."
    )
    assert any(v.endswith("general") for v in _victims(report))


def test_military_personnel_wounded_are_victims(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Four military personnel were wounded when their vehicle hit a mine in the north."
    )
    assert any(v.endswith("personnel") for v in _victims(report))


def test_service_members_killed_are_victims(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A suicide bomber rammed a convoy near the airfield, killing three service members."
    )
    assert any(v.endswith("service members") for v in _victims(report))


def test_protesters_beaten_are_victims(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("Riot police beat dozens of protesters outside parliament on Tuesday.")
    assert any(v.endswith("protesters") for v in _victims(report))


def test_others_injured_are_victims(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A car bomb exploded outside a market, killing four people and injuring 35 others."
    )
    assert any(v.endswith("others") for v in _victims(report))


def test_a_bare_number_wounded_is_a_victim(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("The blast at the bus depot killed nine people and wounded 42.")
    assert "42" in _victims(report)


def test_a_number_before_its_noun_is_no_bare_victim(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("Two paramilitary policemen were killed in an ambush on Sunday.")
    assert "Two" not in _victims(report)


def test_a_possessive_pronoun_is_no_victim(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Investigators said Omar Farouk deleted records of the attacks from his laptop."
    )
    assert "his" not in _victims(report)


def test_a_subject_pronoun_is_a_patient_only_before_the_trigger() -> None:
    import spacy

    from sitrep.events.victim_names import not_the_patient

    doc = spacy.blank("en")("he was shot after he shot them")
    assert not not_the_patient(doc[0], patient_before=True)  # "he was shot"
    assert not_the_patient(doc[4], patient_before=False)  # "shot ..., he said": a subject
    assert not not_the_patient(doc[6], patient_before=False)  # "shot them"


def test_people_seriously_wounded_are_counted_victims(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("Two policemen were seriously wounded in the attack on the checkpoint.")
    assert "Two policemen" in _victims(report)
    assert any(e.counts.injured == 2 for e in report.events)


def test_the_injured_named_in_the_next_sentence_are_victims(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A grenade exploded outside a pharmacy in Cucuta on Friday. "
        "The injured were Marta Quintero and Diego Salazar."
    )
    victims = _victims(report)
    assert any("Marta Quintero" in v for v in victims)
    assert any("Diego Salazar" in v for v in victims)
