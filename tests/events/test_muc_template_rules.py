"""Template roles as a MUC-4 coder fills them: who is blamed, whose murder, which building,
and one attack told twice being one event."""

from __future__ import annotations

from typing import Any


def _attacks(report: Any) -> list[Any]:
    return [e for e in report.events if e.type == "ASSAULT"]


def _role(report: Any, role: str) -> list[str]:
    return [a.text for e in _attacks(report) for a in e.arguments if a.role == role]


def test_the_group_police_attribute_an_attack_to_did_it(extract_notes: Any) -> None:
    report = extract_notes(
        "police in san miguel attributed the attack on the bus to the fmln, a spokesman said."
    )
    assert "fmln" in [t.lower() for t in _role(report, "perpetrator")]


def test_the_owner_of_a_murder_is_its_victim(extract_notes: Any) -> None:
    report = extract_notes(
        "court employees went on strike on tuesday following judge mario alberto "
        "salcedo's murder in medellin."
    )
    victims = [t.lower() for t in _role(report, "victim")]
    assert any("salcedo" in v or "mario alberto" in v for v in victims)


def test_a_target_noun_with_its_name_is_the_named_target(extract_notes: Any) -> None:
    report = extract_notes(
        "unidentified men carried out a car bomb attack on the newspaper la prensa on monday."
    )
    assert any("la prensa" in t.lower() for t in _role(report, "target"))


def test_a_residence_named_by_its_owner_is_a_target(extract_notes: Any) -> None:
    report = extract_notes(
        "the guerrillas attacked governor luis mena's residence and two military garrisons "
        "in the capital."
    )
    assert any(t.lower().endswith("residence") for t in _role(report, "target"))


def test_a_telephone_booth_is_a_physical_target(extract_notes: Any) -> None:
    report = extract_notes(
        "a public telephone booth in northern lima was destroyed by a bomb, police said."
    )
    assert any("telephone booth" in t for t in _role(report, "target"))


def test_a_where_clause_is_not_what_was_attacked(extract_notes: Any) -> None:
    report = extract_notes(
        "the rebels dynamited the bridge near the village, where the army had set up a "
        "checkpoint last year."
    )
    targets = _role(report, "target")
    assert "the bridge" in targets
    assert not any("checkpoint" in t for t in targets)


def test_rebels_told_as_the_group_are_members_and_the_group(extract_notes: Any) -> None:
    report = extract_notes(
        "the farabundo marti national liberation front (fmln) launched an offensive in "
        "november. yesterday the rebels attacked the national police headquarters in "
        "san salvador."
    )
    attack = next(
        e
        for e in _attacks(report)
        if any(a.role == "target" and "headquarters" in a.text for a in e.arguments)
    )
    perpetrators = [a for a in attack.arguments if a.role == "perpetrator"]
    texts = [a.text.lower() for a in perpetrators]
    assert "the rebels" in texts
    rebels = next(a for a in perpetrators if a.text.lower() == "the rebels")
    assert rebels.entity is None  # the members, not another name of the front
    assert any(a.entity is not None for a in perpetrators if a.text.lower() != "the rebels")


def test_one_murder_told_twice_is_one_event(extract_notes: Any) -> None:
    report = extract_notes(
        "mayor pedro ruiz castillo was shot dead by two gunmen outside his home. "
        "the archbishop condemned the assassination of pedro ruiz castillo, which "
        "the government described as a cowardly act."
    )
    harmed = [
        e
        for e in _attacks(report)
        if any(a.role == "victim" and "ruiz" in a.text.lower() for a in e.arguments)
    ]
    assert len(harmed) == 1


def test_a_later_mention_of_the_same_murder_joins_it(extract_notes: Any) -> None:
    report = extract_notes(
        "labor leader ana maria quintero was shot dead in her office on friday. the "
        "bishops' conference later condemned the murder of ana maria quintero."
    )
    harmed = [
        e
        for e in _attacks(report)
        if any(a.role == "victim" and "quintero" in a.text.lower() for a in e.arguments)
    ]
    assert len(harmed) == 1
