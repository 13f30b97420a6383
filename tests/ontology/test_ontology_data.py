"""The packaged ontology loads, validates and holds the PLOVER, ACLED and GTD categories."""

from __future__ import annotations

import pytest

from sitrep.knowledge.ontology import DEFAULT_ONTOLOGY_PATH, Ontology, load_ontology

PLOVER_TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip


def test_loads_once_per_process() -> None:
    assert load_ontology() is load_ontology(DEFAULT_ONTOLOGY_PATH)


def test_sixteen_plover_types(ontology: Ontology) -> None:
    assert ontology.plover_types() == PLOVER_TYPES


def test_plover_modes(ontology: Ontology) -> None:
    assert {"beat", "firearms", "explosives", "suicide-attack", "heavy-weapons", "abduct"} <= set(
        ontology.modes("ASSAULT")
    )
    assert ontology.modes("PROTEST") == [
        "demo", "riot", "general", "strike", "hunger", "boycott", "obstruct",
    ]  # fmt: skip
    assert "arrest" in ontology.modes("COERCE")
    assert ontology.modes("CONSULT") == ["visit", "third-party", "multilateral", "phone"]
    assert ontology.modes("AGREE") == []


def test_old_plover_names_are_aliases(ontology: Ontology) -> None:
    assert ontology.normalise_type("FIGHT") == "ASSAULT"
    assert ontology.normalise_type("demand") == "REQUEST"
    assert ontology.normalise_type("DISAPPROVE") == "ACCUSE"
    assert ontology.normalise_type("INVESTIGATE") == "ACCUSE"
    assert ontology.normalise_type("DOCUMENT") is None
    assert ontology.modes("DEMAND") == ontology.modes("REQUEST")


def test_unknown_type_is_a_clear_error(ontology: Ontology) -> None:
    with pytest.raises(ValueError, match="Unknown PLOVER event type 'BOMBARD'"):
        ontology.modes("BOMBARD")


def test_acled_has_25_sub_event_types_in_6_types(ontology: Ontology) -> None:
    assert ontology.acled_event_types() == [
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    ]
    subs = ontology.acled_sub_event_types()
    assert len(subs) == len(set(subs)) == 25
    assert len(ontology.acled_sub_event_types("Strategic developments")) == 8
    assert "Remote explosive/landmine/IED" in ontology.acled_sub_event_types(
        "Explosions/Remote violence"
    )


def test_gtd_attack_types(ontology: Ontology) -> None:
    assert ontology.gtd_attack_types() == [
        "Assassination",
        "Armed Assault",
        "Bombing/Explosion",
        "Hijacking",
        "Hostage Taking (Barricade Incident)",
        "Hostage Taking (Kidnapping)",
        "Facility/Infrastructure Attack",
        "Unarmed Assault",
        "Unknown",
    ]


def test_legacy_acled_types(ontology: Ontology) -> None:
    assert ontology.legacy_acled_types("Riots/Protests") == ["Protests", "Riots"]
    assert ontology.legacy_acled_types("Battle-No change of territory") == ["Battles"]
    assert ontology.legacy_acled_types("Violence Against Civilians") == [
        "Violence against civilians"
    ]
    assert ontology.legacy_acled_types("Remote violence") == ["Explosions/Remote violence"]
    assert ontology.legacy_acled_types("Headquarters or base established") == [
        "Strategic developments"
    ]


def test_every_sector_has_an_inter_code(ontology: Ontology) -> None:
    for sector in ("GOV", "MIL", "COP", "SPY", "REB", "IMG", "PTY", "CVL", "UAF", "PRM", "IGO"):
        assert ontology.inter_code(sector, None) in range(1, 9), sector
