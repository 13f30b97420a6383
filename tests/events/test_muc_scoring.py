"""The MUC-4 scorer's output: one filler per entity, and per-role precision and recall."""

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

TEXT = (
    "Members of the Popular Liberation Army (PLA) set off a bomb at the town hall, the PLA "
    "said in a statement."
)


@pytest.fixture(scope="module")
def ontology():  # type: ignore[no-untyped-def]
    from sitrep.knowledge.ontology import load_ontology

    return load_ontology()


def _report() -> dict[str, Any]:
    event = {
        "type": "ASSAULT",
        "mode": "explosives",
        "modality": "asserted",
        "acled": {"event_type": "Explosions/Remote violence"},
        "place": "p1",
        "counts": {},
        "actors": [{"role": "source", "entity": "e1", "name": "Popular Liberation Army"}],
        "arguments": [
            {"role": "perpetrator", "text": "PLA", "entity": "e1"},
            {"role": "instrument", "text": "a bomb", "entity": None},
            {"role": "target", "text": "the town hall", "entity": None},
        ],
        "evidence": [{"start": 0, "end": len(TEXT), "text": TEXT}],
    }
    return {
        "entities": [{"id": "e1", "type": "ORG", "name": "Popular Liberation Army"}],
        "events": [event],
    }


def test_an_entity_fills_a_role_once_whatever_it_is_called(ontology) -> None:  # type: ignore[no-untyped-def]
    [template] = muc4.predicted_templates(_report(), ontology)
    assert template["roles"]["PerpOrg"] == ["PLA"]  # the text's own words, once


def test_per_role_precision_and_recall_are_reported(ontology) -> None:  # type: ignore[no-untyped-def]
    gold = muc4.MucDoc(
        id="d1",
        text=TEXT,
        templates=[
            muc4.Template(
                "bombing",
                {
                    "PerpInd": [["members of the popular liberation army"]],
                    "PerpOrg": [["popular liberation army", "pla"]],
                    "Target": [["town hall"]],
                    "Victim": [],
                    "Weapon": [["bomb"]],
                },
            )
        ],
    )
    figures = muc4.score([gold], [_report()], ontology)
    assert figures["PerpOrg_p"] == 1.0 and figures["PerpOrg_r"] == 1.0
    assert figures["PerpInd_r"] == 0.0
    assert figures["Target_p"] == 1.0 and figures["Weapon_r"] == 1.0
