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


def test_muc4_victims_are_named_people_and_never_their_own_attackers(ontology) -> None:  # type: ignore[no-untyped-def]
    report = {
        "entities": [{"id": "e1", "type": "PERSON", "name": "Luis Pardo"}],
        "events": [
            _event(
                arguments=[
                    {"role": "victim", "text": "two civilians", "entity": None},
                    {"role": "victim", "text": "Pardo", "entity": "e1"},
                    {"role": "perpetrator", "text": "Pardo", "entity": "e1"},
                ]
            )
        ],
    }
    [template] = muc4.predicted_templates(report, ontology)
    assert template["roles"]["Victim"] == ["Luis Pardo"]  # GTT fills victims with names
    assert template["roles"]["PerpInd"] == []


def test_muc4_future_attacks_make_no_template(ontology) -> None:  # type: ignore[no-untyped-def]
    report = {"entities": [], "events": [_event(modality="future")]}
    assert muc4.predicted_templates(report, ontology) == []


def test_muc4_unnamed_forces_are_perpetrator_organisations(ontology) -> None:  # type: ignore[no-untyped-def]
    report = {
        "entities": [],
        "events": [
            _event(
                arguments=[
                    {"role": "perpetrator", "text": "the salvadoran air force", "entity": None},
                    {"role": "perpetrator", "text": "armed men", "entity": None},
                ]
            )
        ],
    }
    [template] = muc4.predicted_templates(report, ontology)
    assert template["roles"]["PerpOrg"] == ["the salvadoran air force"]
    assert template["roles"]["PerpInd"] == ["armed men"]


def test_muc4_lists_an_entity_once() -> None:
    assert muc4.one_per_entity(["urban guerrillas"], ["the guerrillas", "a bomb"]) == [
        "urban guerrillas",
        "a bomb",
    ]
    assert muc4.one_per_entity(["Galan"], ["Luis Carlos Galan"]) == ["Luis Carlos Galan"]


def test_muc4_a_country_is_no_perpetrator_organisation(ontology) -> None:  # type: ignore[no-untyped-def]
    report = {
        "entities": [
            {"id": "e1", "type": "GPE", "name": "El Salvador"},
            {"id": "e2", "type": "GPE", "name": "FMLN"},  # an acronym the tagger took for a place
        ],
        "events": [
            _event(
                actors=[
                    {"role": "source", "entity": "e1", "name": "El Salvador"},
                    {"role": "source", "entity": "e2", "name": "FMLN"},
                ]
            )
        ],
    }
    [template] = muc4.predicted_templates(report, ontology)
    assert template["roles"]["PerpOrg"] == ["FMLN"]
