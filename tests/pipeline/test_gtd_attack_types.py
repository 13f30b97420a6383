"""GTD attack types from weapons: projectiles and placed devices make a bombing, guns with
them an armed assault (GTD codebook); MUC-4 counts mortar fire as an attack."""

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


def _gtd(ontology: Ontology, sentence: str, mode: str | None = None) -> str | None:
    context = EventContext(instrument=ontology.instrument_from_text(sentence))
    return ontology.gtd_type("ASSAULT", mode, context)


@pytest.mark.parametrize(
    ("sentence", "mode", "expected"),
    [
        (
            "Rebels fired mortars at the army barracks on the edge of the town overnight.",
            None,
            "Bombing/Explosion",
        ),
        (
            "Guerrillas attacked the presidential palace with mortar fire late on Sunday.",
            "explosives",
            "Bombing/Explosion",
        ),
        (
            "Insurgents fired rockets and rifles at a police post near the border.",
            "firearms",
            "Armed Assault",
        ),
    ],
)
def test_projectile_attacks(
    ontology: Ontology, sentence: str, mode: str | None, expected: str
) -> None:
    assert _gtd(ontology, sentence, mode) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A car bomb exploded outside the ministry of justice, wounding four guards.",
        "Militants threw a hand grenade into a crowded market in the capital.",
        "Saboteurs blew up a section of the oil pipeline with dynamite.",
    ],
)
def test_explosive_devices_are_bombings(ontology: Ontology, sentence: str) -> None:
    assert _gtd(ontology, sentence) == "Bombing/Explosion"


def test_state_shelling_is_no_gtd_attack(ontology: Ontology) -> None:
    context = EventContext(source_sector="MIL", instrument="shelling")
    assert ontology.gtd_type("ASSAULT", None, context) is None


def _report(sentence: str, instrument: str) -> dict[str, Any]:
    event = {
        "type": "ASSAULT",
        "mode": "explosives",
        "modality": "asserted",
        "acled": {"event_type": "Explosions/Remote violence"},
        "place": "p1",
        "actors": [],
        "arguments": [{"role": "instrument", "text": instrument, "entity": None}],
        "evidence": [{"start": 0, "end": len(sentence), "text": sentence}],
    }
    return {"entities": [], "events": [event]}


def test_muc4_mortar_attack_is_an_attack_incident(ontology: Ontology) -> None:
    report = _report("Urban guerrillas attacked the garrison with mortar fire.", "mortar fire")
    assert muc4.predicted_templates(report, ontology)[0]["incident_type"] == "attack"


def test_muc4_dynamite_attack_is_a_bombing_incident(ontology: Ontology) -> None:
    report = _report("A dynamite charge wrecked the offices of the electoral board.", "dynamite")
    assert muc4.predicted_templates(report, ontology)[0]["incident_type"] == "bombing"
