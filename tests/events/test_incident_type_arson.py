"""The incident type of a building set on fire: arson (GTD facility attack by fire).

"set two shops on fire", "left the bus ablaze" name fire as the instrument as "torched"
does, so an arson event told that way is a facility attack with fire, not an attack of
unknown type.
"""

from __future__ import annotations

import pytest

from sitrep.knowledge.ontology import EventContext, Ontology, load_ontology


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.mark.parametrize(
    "text",
    [
        "the rebels set two shops and a school on fire",
        "the mob left the bus ablaze",
        "armed men set alight the fuel depot before dawn",
    ],
)
def test_fire_told_with_on_fire_or_ablaze_is_the_instrument(ontology: Ontology, text: str) -> None:
    assert ontology.instrument_from_text(text) == "fire"


def test_an_arson_with_fire_and_no_named_target_is_a_facility_attack(ontology: Ontology) -> None:
    context = EventContext(instrument="fire")
    assert ontology.gtd_type("ASSAULT", "arson", context) == "Facility/Infrastructure Attack"


def test_gunfire_is_not_read_as_arson(ontology: Ontology) -> None:
    assert ontology.instrument_from_text("gunmen opened fire on a bus") == "firearms"
