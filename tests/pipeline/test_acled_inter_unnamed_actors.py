"""ACLED inter codes of actors a note names only by their men, rank or unit, or not usefully.

Coders' notes often name state forces by what they are ("government troops", "law
enforcers", "FC personnel") and sometimes the reader takes a weapon or a person for
the perpetrator; both must still get the code ACLED gives them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from sitrep import extract
from sitrep.knowledge.ontology import Ontology, load_ontology

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

from eventsbench import acled  # noqa: E402
from eventsbench.common import actor_sector, as_dict  # noqa: E402


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def code_of(
    ontology: Ontology, sector: str | None, name: str | None, event_type: str
) -> int | None:
    return ontology.actor_inter(sector, name, acled_event_type=event_type, role="source")


def note_inter(ontology: Ontology, text: str) -> int | None:
    """The inter code of the source actor of the event a note codes, as the benchmark reads it."""
    report: dict[str, Any] = as_dict(extract(text, published="2019-03-12"))
    event = acled.coded_event(report)
    assert event is not None
    predicted = (event.get("acled") or {}).get("event_type")
    source = next(
        (a.get("name") for a in event.get("actors") or [] if a.get("role") == "source"), None
    )
    return ontology.actor_inter(
        actor_sector(report, event, "source"), source, acled_event_type=predicted, role="source"
    )


@pytest.mark.parametrize(
    "name",
    ["Troops", "Government troops", "FC", "Law enforcers", "Rapid Action Battalion", "Jawans"],
)
def test_state_forces_named_by_their_men_or_unit_are_state_forces(
    ontology: Ontology, name: str
) -> None:
    assert code_of(ontology, None, name, "Battles") == 1


def test_a_name_telling_nothing_in_one_sided_violence_is_an_unknown_perpetrator(
    ontology: Ontology,
) -> None:
    # "An IED went off near the market": the weapon is no actor; nobody is named
    assert code_of(ontology, None, "IED", "Explosions/Remote violence") == 3
    assert code_of(ontology, None, "Rahim Uddin", "Violence against civilians") == 3
    # so is an unnamed side of a battle ("gunmen exchanged fire with police")
    assert code_of(ontology, None, "Rahim Uddin", "Battles") == 3


def test_troops_in_a_note_are_state_forces(ontology: Ontology) -> None:
    text = "Government troops exchanged fire with fighters of an armed group near Lashio on Monday."
    assert note_inter(ontology, text) == 1


def test_law_enforcers_who_arrest_are_state_forces(ontology: Ontology) -> None:
    text = "Law enforcers arrested 40 opposition activists in Rajshahi city on Sunday night."
    assert note_inter(ontology, text) == 1


@pytest.mark.parametrize("name", ["Maoists", "Armed Maoists", "Naxals", "Baloch separatists"])
def test_rebels_named_by_their_cause_are_rebels(ontology: Ontology, name: str) -> None:
    # "Maoists" alone may be Nepal's party or India's insurgents, so it links to no group;
    # as the perpetrator of violence it still reads as a rebel group
    assert code_of(ontology, None, name, "Violence against civilians") == 2
