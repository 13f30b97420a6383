"""ACLED inter codes of named armed groups whose ACLED code is not their sector's.

ACLED fixes one inter code per actor in its actor list, and for some armed groups it is
not the code their sector suggests: the ethnic armed organisations of Myanmar's
ceasefire areas are political militias (3), the Arakan Army an identity militia (4).
The knowledge base carries that code (``acled_inter``); the ontology uses it for an
actor the report links, unless what the actor did decides (demonstrators are
protesters whoever they are).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event

from sitrep.knowledge.ontology import Ontology, load_ontology

PUBLISHED = "2024-03-11"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def source_code(ontology: Ontology, sector: str | None, name: str | None, event_type: str) -> Any:
    return ontology.actor_inter(sector, name, acled_event_type=event_type, role="source")


@pytest.mark.parametrize("name", ["KIA", "Kachin Independence Army", "TNLA", "MNDAA"])
def test_myanmar_ethnic_armed_organisations_are_political_militias(
    ontology: Ontology, name: str
) -> None:
    assert source_code(ontology, "REB", name, "Battles") == 3


def test_the_arakan_army_is_an_identity_militia(ontology: Ontology) -> None:
    assert source_code(ontology, "REB", "Arakan Army", "Battles") == 4


def test_a_group_without_its_own_code_keeps_its_sectors(ontology: Ontology) -> None:
    assert source_code(ontology, "REB", "Tehrik-i-Taliban Pakistan", "Battles") == 2


def test_separatists_get_the_code_of_their_entry(ontology: Ontology) -> None:
    # SEP has no code of its own in sector_inter: the entry's code decides
    assert source_code(ontology, "SEP", "Baloch Liberation Army", "Battles") == 2


def test_what_the_actor_did_still_comes_first(ontology: Ontology) -> None:
    assert source_code(ontology, "REB", "KIA", "Protests") == 6


def test_a_name_of_another_sector_does_not_lend_its_code(ontology: Ontology) -> None:
    # a report that links "Myanmar" to the army codes the army, not another entry
    assert source_code(ontology, "MIL", "Myanmar", "Battles") == 1


def note_inter(ontology: Ontology, report: Any) -> Any:
    """The source actor's inter code of the event an ACLED coder codes in a report."""
    event = coded_event(report)
    assert event is not None
    source = next((a for a in event.actors if a.role == "source"), None)
    entity = next((e for e in report.entities if source and e.id == source.entity), None)
    sector = entity.actor.sector if entity is not None and entity.actor is not None else None
    return ontology.actor_inter(
        sector,
        source.name if source else None,
        acled_event_type=event.acled.event_type,
        role="source",
    )


def test_a_clash_started_by_the_tnla_is_coded_to_a_political_militia(
    ontology: Ontology, extract_notes: Callable[[str], Any]
) -> None:
    report = extract_notes(
        "Fighters of the TNLA attacked a Myanmar army outpost near Namhsan on Sunday, "
        "and the two sides exchanged fire for several hours."
    )
    assert note_inter(ontology, report) == 3


def source_and_target(report: Any) -> tuple[str | None, str | None]:
    event = coded_event(report)
    assert event is not None
    names = {a.role: a.name for a in event.actors}
    return names.get("source"), names.get("target")


def test_militants_killed_in_an_encounter_with_police_are_its_target(
    ontology: Ontology, extract_notes: Callable[[str], Any]
) -> None:
    report = extract_notes("Two militants were killed in an encounter with police in Karachi.")
    source, target = source_and_target(report)
    assert source is not None and "Police" in source
    assert target == "Unidentified Armed Group"
    assert note_inter(ontology, report) == 1


def test_a_named_group_killed_in_an_exchange_of_fire_is_the_side_acted_on(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Four TTP militants were killed during an exchange of fire with security forces "
        "in Khyber district on Tuesday."
    )
    source, target = source_and_target(report)
    assert source is not None and "forces" in source.lower()
    assert target == "TTP"


def test_militants_who_start_a_gunfight_stay_its_source(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes("Militants attacked a police post in Bannu and a gunfight followed.")
    source, _ = source_and_target(report)
    assert source == "Unidentified Armed Group"
