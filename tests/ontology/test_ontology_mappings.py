"""The YAML mapping rules put PLOVER events in the ACLED and GTD categories a coder would."""

from __future__ import annotations

import pytest

from sitrep.knowledge.ontology import EventContext, Ontology

ACLED_CASES = [
    # Troops fight rebels.
    ("ASSAULT", "firearms", EventContext(source_sector="MIL", target_sector="REB"),
     ("Battles", "Armed clash")),
    # A suicide bomber strikes a market.
    ("ASSAULT", "explosives", EventContext(source_sector="REB", instrument="suicide",
     target_is_civilian=True), ("Explosions/Remote violence", "Suicide bomb")),
    ("ASSAULT", "suicide-attack", EventContext(), ("Explosions/Remote violence", "Suicide bomb")),
    # Militants gun down villagers.
    ("ASSAULT", "firearms", EventContext(source_sector="REB", target_sector="CVL",
     target_is_civilian=True), ("Violence against civilians", "Attack")),
    ("ASSAULT", None, EventContext(source_sector="UAF", target_is_civilian=True),
     ("Violence against civilians", "Attack")),
    # Police detain a suspected militant commander.
    ("COERCE", "arrest", EventContext(source_sector="COP", target_sector="REB"),
     ("Strategic developments", "Arrests")),
    ("COERCE", "abduct", EventContext(source_sector="SPY", target_sector="JRN"),
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("ASSAULT", "abduct", EventContext(source_sector="REB", target_sector="CVL"),
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("PROTEST", "demo", EventContext(source_sector="EDU"), ("Protests", "Peaceful protest")),
    ("PROTEST", "riot", EventContext(), ("Riots", "Violent demonstration")),
    ("PROTEST", "demo", EventContext(flags=frozenset({"intervention"})),
     ("Protests", "Protest with intervention")),
    ("ASSAULT", "firearms", EventContext(source_sector="COP", target_kind="protester"),
     ("Protests", "Excessive force against protesters")),
    ("AGREE", None, EventContext(source_sector="GOV", target_sector="REB"),
     ("Strategic developments", "Agreement")),
    # Decision: a ministers' visit is coded Agreement, as in the worked example.
    ("CONSULT", "visit", EventContext(source_sector="GOV", target_sector="GOV"),
     ("Strategic developments", "Agreement")),
    ("ASSAULT", None, EventContext(instrument="airstrike", target_sector="REB"),
     ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", None, EventContext(instrument="shelling"),
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", None, EventContext(instrument="grenade"), ("Explosions/Remote violence", "Grenade")),
    ("ASSAULT", "explosives", EventContext(), ("Explosions/Remote violence",
     "Remote explosive/landmine/IED")),
    ("ASSAULT", "unconventional", EventContext(), ("Explosions/Remote violence", "Chemical weapon")),
    ("ASSAULT", "sexual", EventContext(source_sector="MIL"),
     ("Violence against civilians", "Sexual violence")),
    ("ASSAULT", "firearms", EventContext(source_sector="MIL", target_sector="REB",
     flags=frozenset({"territory_regained"})), ("Battles", "Government regains territory")),
    ("ASSAULT", "beat", EventContext(source_sector="CVL", target_sector="CVL"),
     ("Riots", "Mob violence")),
    ("ASSAULT", "destroy", EventContext(source_sector="PTY"),
     ("Riots", "Violent demonstration")),
    ("ASSAULT", "destroy", EventContext(),
     ("Strategic developments", "Looting/property destruction")),
    ("ASSAULT", "sideAB", EventContext(source_kind="partisans", target_kind="police"),
     ("Riots", "Violent demonstration")),
    ("ASSAULT", "sideAB", EventContext(source_sector="MIL", target_sector="REB"),
     ("Battles", "Armed clash")),
    ("COERCE", "arrest", EventContext(flags=frozenset({"during_protest"})), None),
    ("RETREAT", "withdraw", EventContext(source_sector="REB"),
     ("Strategic developments", "Non-violent transfer of territory")),
    ("COERCE", "confiscate", EventContext(flags=frozenset({"weapons_disrupted"})),
     ("Strategic developments", "Disrupted weapons use")),
    ("MOBILIZE", "troops", EventContext(source_sector="MIL"),
     ("Strategic developments", "Change to group/activity")),
    # The old name of a type is accepted.
    ("FIGHT", "heavy-weapons", EventContext(source_sector="MIL", target_sector="REB"),
     ("Battles", "Armed clash")),
]  # fmt: skip


@pytest.mark.parametrize(("plover_type", "mode", "context", "expected"), ACLED_CASES)
def test_acled_type(
    ontology: Ontology,
    plover_type: str,
    mode: str | None,
    context: EventContext,
    expected: tuple[str, str],
) -> None:
    assert ontology.acled_type(plover_type, mode, context) == expected


@pytest.mark.parametrize(
    ("plover_type", "mode"),
    [("CONSULT", "phone"), ("ACCUSE", "disapprove"), ("COOPERATE", None), ("REJECT", "meet")],
)
def test_no_acled_category(ontology: Ontology, plover_type: str, mode: str | None) -> None:
    assert ontology.acled_type(plover_type, mode, EventContext()) is None


def test_worked_example_attacks_on_police(ontology: Ontology) -> None:
    """A suicide blast at a police compound is remote violence; gunmen storming an office is a battle."""
    blast = "a suicide bomber blew himself up inside the police compound's mosque"
    instrument = ontology.instrument_from_text(blast)
    assert instrument == "suicide"
    assert ontology.acled_type(
        "ASSAULT", None, EventContext(target_sector="COP", instrument=instrument)
    ) == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )
    assert ontology.acled_type("ASSAULT", "firearms", EventContext(target_sector="COP")) == (
        "Battles",
        "Armed clash",
    )


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        ("two soldiers died when a roadside bomb struck their convoy", "ied"),
        ("a suicide car bomb rammed the checkpoint", "suicide"),
        ("militants fired a rocket-propelled grenade at the post", "shelling"),
        ("attackers hurled a hand grenade into the crowd", "grenade"),
        ("a drone strike hit a compound near the border", "drone"),
        ("the mob set fire to the shops", "fire"),
        ("villagers were hacked with machetes", "edged"),
        ("the minister held talks with the delegation", None),
    ],
)
def test_instrument_from_text(ontology: Ontology, text: str, instrument: str | None) -> None:
    assert ontology.instrument_from_text(text) == instrument


@pytest.mark.parametrize(
    ("plover_type", "mode", "context", "expected"),
    [
        ("ASSAULT", "assassinate", EventContext(source_sector="REB"), "Assassination"),
        ("ASSAULT", "firearms", EventContext(source_sector="REB"), "Armed Assault"),
        ("ASSAULT", None, EventContext(instrument="ied"), "Bombing/Explosion"),
        ("ASSAULT", "suicide-attack", EventContext(), "Bombing/Explosion"),
        ("ASSAULT", "abduct", EventContext(source_sector="REB"), "Hostage Taking (Kidnapping)"),
        ("ASSAULT", "abduct", EventContext(flags=frozenset({"hijacking"})), "Hijacking"),
        ("ASSAULT", "abduct", EventContext(flags=frozenset({"barricade"})),
         "Hostage Taking (Barricade Incident)"),
        ("ASSAULT", None, EventContext(instrument="fire"), "Facility/Infrastructure Attack"),
        ("ASSAULT", "beat", EventContext(), "Unarmed Assault"),
        ("ASSAULT", None, EventContext(), "Unknown"),
        # GTD records no state violence and no non-violent events.
        ("ASSAULT", "firearms", EventContext(source_sector="MIL"), None),
        ("PROTEST", "demo", EventContext(), None),
    ],
)  # fmt: skip
def test_gtd_type(
    ontology: Ontology, plover_type: str, mode: str | None, context: EventContext, expected: str
) -> None:
    assert ontology.gtd_type(plover_type, mode, context) == expected


def test_inter_codes(ontology: Ontology) -> None:
    assert ontology.inter_code("MIL", None) == 1
    assert ontology.inter_code("COP", "police") == 1
    assert ontology.inter_code("REB", None) == 2
    assert ontology.inter_code("UAF", None) == 3
    assert ontology.inter_code("CVL", None) == 7
    assert ontology.inter_code(None, "identity militia") == 4
    assert ontology.inter_code(None, None) is None
    # What an actor does can decide: party activists demonstrating are Protesters.
    assert ontology.inter_code("PTY", None, acled_event_type="Protests", role="source") == 6
    assert ontology.inter_code("PTY", None, acled_event_type="Riots", role="source") == 5
    assert ontology.inter_code("PTY", None, acled_event_type="Battles", role="source") == 3
