"""Document-level threshold tuning: fillers of one entity count once, as in GTT scoring, so
adding more mentions of an entity the rules found gains nothing, while finding a missed
entity does."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from sitrep.training.argument_roles.document_tuning import DocumentScorer, tune_by_document
from sitrep.training.argument_roles.examples import Example, read_gtt
from sitrep.training.argument_roles.fit import fit, tune_thresholds


def _examples(document: int) -> list[Example]:
    """The rules found the victim Julio Castaneda; the model could add his later mentions
    ("Castaneda", same entity) and the missed perpetrators ("the gunmen")."""
    found = [
        Example(
            document,
            ["bias", "side=after", "ent=PERSON", "rule=victim"],
            "victim",
            "victim",
            filler="Julio Castaneda",
            entity="person-1",
        )
    ]
    for n in range(4):
        found.append(
            Example(
                document,
                ["bias", "side=after", "ent=PERSON"],
                "victim",
                None,
                filler="Castaneda",
                entity="person-1",
            )
        )
        found.append(
            Example(
                document,
                ["bias", "side=before", "class=perpetrator"],
                "perpetrator_individual",
                None,
                filler="the gunmen",
            )
        )
        found.append(
            Example(document, ["bias", "side=after", f"head=day{n}"], "none", None, f"day {n}")
        )
    return found


GOLD = {99: {"perpetrator": [["gunmen"]], "victim": [["julio castaneda"]]}}


def test_mentions_of_one_entity_are_one_prediction() -> None:
    held_out = [*_examples(99), Example(98, ["bias"], "none", None, filler="the soldiers")]
    gold = {**GOLD, 98: {}}
    scorer = DocumentScorer(held_out, gold, "victim", np.ones(len(held_out), dtype=bool))
    chosen = np.array([e.filler in {"Julio Castaneda", "Castaneda"} for e in held_out])
    assert scorer.counts(chosen) == (1, 1, 1)
    chosen[-1] = True  # "the soldiers" in a document without a victim: one false positive
    assert scorer.counts(chosen) == (1, 2, 1)
    nothing = np.zeros(len(held_out), dtype=bool)
    assert scorer.counts(nothing) == (0, 0, 1)


def test_repeated_mentions_earn_no_threshold_but_a_missed_entity_does() -> None:
    fitted = fit([e for d in range(5) for e in _examples(d)], l2=0.1, min_count=1)
    held_out = _examples(99)
    by_document = tune_by_document(fitted, held_out, GOLD)
    assert by_document["victim"]["threshold"] == 1.01
    assert by_document["victim"]["f1_with_model"] == by_document["victim"]["f1_rules"] == 1.0
    perpetrator = by_document["perpetrator_individual"]
    assert perpetrator["f1_rules"] == 0.0
    assert perpetrator["f1_with_model"] == 1.0
    assert perpetrator["threshold"] < 1.01
    # Candidate-level F1 counts each mention, so it would add the repeated victim mentions.
    assert tune_thresholds(fitted, held_out)["victim"]["threshold"] < 1.01


def test_gold_entities_are_read_once_per_document(tmp_path: Path) -> None:
    entity = [["urban guerrillas", 10], ["guerrillas", 40]]
    line = {
        "docid": "TEST-1",
        "doctext": "urban guerrillas attacked a bridge. the guerrillas fled.",
        "templates": [
            {"incident_type": "attack", "PerpInd": [entity], "Target": [[["bridge", 30]]]},
            {"incident_type": "bombing", "PerpInd": [entity], "PerpOrg": [[["fmln", 0]]]},
        ],
    }
    path = tmp_path / "gtt.json"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (document,) = read_gtt(path)
    assert document.entities["perpetrator"] == [["urban guerrillas", "guerrillas"], ["fmln"]]
    assert document.entities["target"] == [["bridge"]]
    assert "victim" not in document.entities
