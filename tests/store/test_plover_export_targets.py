"""The PLOVER export codes what PLOVER coders code: the place acted on as the target when no
actor is, and conflict told as lying ahead as a threat (our own sentences and records)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.store.event_rows import event_row


def test_the_place_shelled_is_the_target_when_no_actor_is() -> None:
    from sitrep.store.export import plover_record

    record = plover_record(
        event_row(type="ASSAULT", actor1="SPLA", place="Malakal", geonameid=370737)
    )
    assert (record["target"], record["target_kind"], record["target_id"]) == (
        "Malakal",
        "place",
        None,
    )
    assert record["location"]["name"] == "Malakal"


def test_a_target_actor_wins_over_the_place() -> None:
    from sitrep.store.export import plover_record

    record = plover_record(
        event_row(type="COERCE", actor1="Police", actor2="Students", actor2_id=None, place="Sivas")
    )
    assert (record["target"], record["target_kind"]) == ("Students", "actor")
    nowhere = plover_record(event_row(type="PROTEST", actor1="Farmers"))
    assert (nowhere["target"], nowhere["target_kind"]) == (None, "none")


def test_an_attack_told_as_future_is_a_threat() -> None:
    from sitrep.store.export import plover_record

    record = plover_record(event_row(type="COERCE", mode="curfew", modality="future"))
    assert (record["event_type"], record["mode"], record["promised_action"]) == (
        "THREATEN",
        None,
        "COERCE",
    )
    done = plover_record(event_row(type="COERCE", mode="curfew"))
    assert (done["event_type"], done["mode"]) == ("COERCE", "curfew")


def test_exported_shelling_of_a_town_targets_the_town(
    store: Any, packaged_nlp: Any, tmp_path: Path
) -> None:
    from sitrep.pipeline import extract
    from sitrep.store.export import export_events

    text = "Rebels shelled the southern town of Malakal on Sunday, relief officials said."
    report = extract(text, published="2024-05-06", id="malakal-1", nlp=packaged_nlp)
    shelling = next(e for e in report.events if e.type == "ASSAULT")
    assert not [a for a in shelling.actors if a.role == "target"]  # the report keeps actors
    store.save(report, text)
    out = tmp_path / "plover.json"
    export_events(store, out, "plover-json")
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["event_type"], r["target"], r["target_kind"]) for r in records] == [
        ("ASSAULT", "Malakal", "place")
    ]
