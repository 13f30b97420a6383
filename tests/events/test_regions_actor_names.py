"""Inter codes of actors a report names only by a phrase, as news outside South Asia does.

Sahel and Central African wires say "gendarmes", AU and UN reports "peacekeepers",
Nigerian and Somali ones "Fulani militiamen", "herdsmen" or "clan militias". ACLED codes
these as state forces (1), External/Other forces (8) and identity militias (4); an
unlinked name must not fall to the Unidentified Armed Group default (3).
"""

from __future__ import annotations

import pytest

from sitrep.knowledge.ontology import Ontology, load_ontology


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def name_code(ontology: Ontology, name: str) -> int | None:
    return ontology.actor_inter(
        None, name, acled_event_type="Violence against civilians", role="source"
    )


@pytest.mark.parametrize("name", ["Gendarmes", "the gendarmerie", "National Guard", "Marines"])
def test_state_forces_named_by_corps(ontology: Ontology, name: str) -> None:
    assert name_code(ontology, name) == 1


@pytest.mark.parametrize("name", ["AU peacekeepers", "UN peacekeepers"])
def test_peacekeepers_are_external_forces(ontology: Ontology, name: str) -> None:
    assert name_code(ontology, name) == 8


@pytest.mark.parametrize(
    "name",
    ["Fulani militiamen", "suspected herdsmen", "armed herders", "Clan militias", "Tribesmen"],
)
def test_communal_militias_are_identity_militias(ontology: Ontology, name: str) -> None:
    assert name_code(ontology, name) == 4


@pytest.mark.parametrize("name", ["militiamen", "cartel gunmen"])
def test_militias_without_a_community_are_political_militias(ontology: Ontology, name: str) -> None:
    assert name_code(ontology, name) == 3
