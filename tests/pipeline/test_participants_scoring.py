"""How the MUC-4 and WikiEvents scorers read participant arguments (GTT-style rules)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:  # the scorers live beside the benchmark script
    sys.path.insert(0, str(BENCHMARKS))
muc4 = importlib.import_module("eventsbench.muc4")
wikievents = importlib.import_module("eventsbench.wikievents")

TEXT = "Urban guerrillas set off a car bomb at the embassy, killing a guard named Luis Pardo."


def _event(**fields: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "ASSAULT",
        "mode": "explosive",
        "modality": "asserted",
        "acled": {"event_type": "Explosions/Remote violence"},
        "place": "p1",
        "counts": {"killed": 1},
        "actors": [],
        "arguments": [],
        "evidence": [{"start": 0, "end": len(TEXT), "text": TEXT}],
    }
    event.update(fields)
    return event


@pytest.fixture(scope="module")
def ontology():  # type: ignore[no-untyped-def]
    from sitrep.knowledge.ontology import load_ontology

    return load_ontology()


def _report() -> dict[str, Any]:
    return {
        "entities": [{"id": "e1", "type": "PERSON", "name": "Luis Pardo"}],
        "events": [
            _event(
                actors=[{"role": "source", "entity": None, "name": "Unidentified Armed Group"}],
                arguments=[
                    {"role": "perpetrator", "text": "Urban guerrillas", "entity": None},
                    {"role": "instrument", "text": "a car bomb", "entity": None},
                    {"role": "target", "text": "the embassy", "entity": None},
                ],
            ),
            _event(arguments=[{"role": "victim", "text": "he", "entity": "e1"}]),
            _event(acled={"event_type": "Battles"}, place="p2"),
        ],
    }


def test_muc4_one_template_per_incident_with_phrase_fillers(ontology) -> None:  # type: ignore[no-untyped-def]
    [template] = muc4.predicted_templates(_report(), ontology)
    roles = template["roles"]
    assert roles["PerpInd"] == ["Urban guerrillas"]  # not the label "Unidentified Armed Group"
    assert roles["Weapon"] == ["a car bomb"]
    assert roles["Target"] == ["the embassy"]
    assert roles["Victim"] == ["Luis Pardo"]  # the person "he" stands for


def test_muc4_scores_head_noun_phrase_matches(ontology) -> None:  # type: ignore[no-untyped-def]
    gold = muc4.MucDoc(
        id="d1",
        text=TEXT,
        templates=[
            muc4.Template(
                "bombing",
                {
                    "PerpInd": [["urban guerrillas"]],
                    "PerpOrg": [],
                    "Target": [["embassy"]],
                    "Victim": [["luis pardo", "guard"]],
                    "Weapon": [["car bomb", "bomb"]],
                },
            )
        ],
    )
    figures = muc4.score([gold], [_report()], ontology)
    assert figures["f1"] == 1.0
    assert figures["incident_f1"] == 1.0


def test_an_actor_is_a_filler_only_when_it_is_text() -> None:
    event = _event()
    assert muc4.actor_in_text({"entity": None, "name": "Urban guerrillas"}, event)
    assert not muc4.actor_in_text({"entity": None, "name": "Unidentified Armed Group"}, event)
    assert muc4.actor_in_text({"entity": "e3", "name": "FMLN"}, event)


def test_wikievents_reads_victims_and_attackers_from_arguments() -> None:
    found = wikievents._predicted_arguments(_report())
    assert {"urban", "guerrillas"} in found["attacker"]
    assert {"he"} in found["victim"]
    assert all("unidentified" not in words for words in found["attacker"])
