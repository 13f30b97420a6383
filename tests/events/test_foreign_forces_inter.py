"""ACLED's inter code of a state's forces abroad: External/Other forces (8), at home 1.

Russian forces shelling a Ukrainian town, Turkish drones over northern Syria and Pakistani
troops firing into Kashmir are coded 8 by ACLED; the same forces at home stay state forces.
"""

from __future__ import annotations

import pytest

from sitrep.knowledge.ontology import Ontology, load_ontology


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def code(ontology: Ontology, sector: str | None, name: str, country: str | None) -> int | None:
    return ontology.actor_inter(
        sector,
        name,
        acled_event_type="Explosions/Remote violence",
        role="source",
        event_country=country,
    )


@pytest.mark.parametrize(
    ("sector", "name", "country"),
    [
        ("MIL", "Military Forces of Russia", "UA"),
        (None, "Military Forces of Turkey", "SY"),
        ("MIL", "Israeli forces", "LB"),
        (None, "Military Forces of Pakistan", "IN"),
        (None, "Police Forces of India", "BD"),
    ],
)
def test_state_forces_abroad_are_external(
    ontology: Ontology, sector: str | None, name: str, country: str
) -> None:
    assert code(ontology, sector, name, country) == 8


@pytest.mark.parametrize(
    ("sector", "name", "country"),
    [
        ("MIL", "Military Forces of India", "IN"),
        (None, "Police Forces of Pakistan", "PK"),
        ("MIL", "Military Forces of Russia", "RU"),
        (None, "Military Forces of Ukraine", None),
    ],
)
def test_state_forces_at_home_or_anywhere_unknown_stay_state_forces(
    ontology: Ontology, sector: str | None, name: str, country: str | None
) -> None:
    assert code(ontology, sector, name, country) == 1


def test_armed_groups_keep_their_code_across_a_border(ontology: Ontology) -> None:
    assert code(ontology, None, "Unidentified Armed Group", "SY") == 3
