"""The events benchmark times every pipeline stage and reports the event stage's share."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from eventsbench import speed  # noqa: E402

TEXTS = [
    (
        "Police in Dhaka arrested 14 opposition activists on Tuesday after a rally turned violent.",
        "2024-03-06",
    ),
    (
        "Two soldiers were killed when a roadside bomb hit their convoy near Gao, the army said.",
        None,
    ),
]


def test_every_stage_of_the_pipeline_is_timed_in_order() -> None:
    seconds = speed.stage_seconds(TEXTS)
    names = list(seconds)
    assert names[0] == "tokenizer"
    assert names.index("ner") < names.index("sitrep_events")
    assert all(value >= 0 for value in seconds.values())


def test_the_event_share_is_over_the_stages_before_it_only() -> None:
    share = speed.event_share({"tokenizer": 1.0, "ner": 3.0, "sitrep_events": 1.0, "later": 9.0})
    assert share["before_seconds"] == 4.0
    assert share["events_ratio"] == 0.25
