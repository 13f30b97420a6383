"""GTD attack types read from the weapons a report names, after the GTD codebook.

Bombing/Explosion covers placed devices, thrown grenades and fired projectiles; guns
used with them make an armed assault. The weapon words are the ones 1989-1991 wire
copy uses ("used explosives against", "machineguns"). MUC-4's incident types follow
GTD's except that mortar, rocket and air fire is an ATTACK there.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from sitrep.knowledge.ontology import EventContext, Ontology, load_ontology

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:  # the MUC-4 scorer lives beside the benchmark script
    sys.path.insert(0, str(BENCHMARKS))
muc4 = importlib.import_module("eventsbench.muc4")


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def _gtd(ontology: Ontology, text: str, mode: str | None = None) -> str | None:
    context = EventContext(instrument=ontology.instrument_from_text(text.lower()))
    return ontology.gtd_type("ASSAULT", mode, context)


@pytest.mark.parametrize(
    ("phrase", "instrument"),
    [
        (
            "after killing the farmer's family, the attackers used explosives against the town hall",
            "ied",
        ),
        ("four explosive charges were placed under the jeep of the governor", "ied"),
        ("the rebels left a booby trap on the path to the pumping station", "ied"),
        ("the commando was armed with machineguns and two automatic weapons", "firearms"),
        ("they attacked the garrison with mortar fire; eight explosions were heard", "shelling"),
        ("helicopter gunships strafed the hillside above the village", "airstrike"),
    ],
)
def test_weapon_words_of_wire_copy(ontology: Ontology, phrase: str, instrument: str) -> None:
    assert ontology.instrument_from_text(phrase) == instrument


def test_explosives_used_against_a_building_are_a_bombing(ontology: Ontology) -> None:
    text = "Alleged guerrillas used explosives against the town hall of San Rafael on Tuesday."
    assert _gtd(ontology, text) == "Bombing/Explosion"


def test_a_thrown_grenade_is_a_bombing(ontology: Ontology) -> None:
    text = "A man threw a grenade into the crowded bus terminal of Puerto Alegre."
    assert _gtd(ontology, text) == "Bombing/Explosion"


def test_gunfire_outweighs_a_bomb_the_event_also_names(ontology: Ontology) -> None:
    text = "Gunmen shot dead the councillor outside his home; a bomb went off nearby later."
    assert _gtd(ontology, text, "firearms") == "Armed Assault"


def test_a_suicide_bombing_stays_a_bombing_when_guns_are_told(ontology: Ontology) -> None:
    text = "The attacker fired on the guards and then blew himself up at the checkpoint gate."
    assert _gtd(ontology, text, "firearms") == "Bombing/Explosion"


def test_crew_served_weapons_fire_projectiles(ontology: Ontology) -> None:
    assert ontology.gtd_type("ASSAULT", "heavy-weapons", EventContext()) == "Bombing/Explosion"


def test_a_shooting_with_no_weapon_named_is_an_armed_assault(ontology: Ontology) -> None:
    assert ontology.gtd_type("ASSAULT", "firearms", EventContext()) == "Armed Assault"


def _report(sentence: str, instrument: str | None, mode: str | None) -> dict[str, Any]:
    arguments = [{"role": "instrument", "text": instrument, "entity": None}] if instrument else []
    event = {
        "type": "ASSAULT",
        "mode": mode,
        "modality": "asserted",
        "acled": {"event_type": "Explosions/Remote violence"},
        "place": "p1",
        "actors": [],
        "arguments": arguments,
        "evidence": [{"start": 0, "end": len(sentence), "text": sentence}],
    }
    return {"entities": [], "events": [event]}


@pytest.mark.parametrize(
    ("sentence", "instrument", "mode", "incident"),
    [
        (
            "urban guerrillas attacked the presidency with mortar fire; eight explosions were heard.",
            None,
            "explosives",
            "attack",
        ),
        (
            "the air force bombed the hamlet with its aircraft before dawn.",
            "aircraft",
            None,
            "attack",
        ),
        (
            "terrorists hurled three explosives at the residence of the minister.",
            "three explosives",
            None,
            "bombing",
        ),
        (
            "a grenade was thrown at the offices of the electoral board.",
            "a grenade",
            None,
            "bombing",
        ),
    ],
)
def test_muc4_incident_of_the_weapon(
    ontology: Ontology, sentence: str, instrument: str | None, mode: str | None, incident: str
) -> None:
    report = _report(sentence, instrument, mode)
    assert muc4.predicted_templates(report, ontology)[0]["incident_type"] == incident
