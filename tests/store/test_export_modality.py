"""ACLED exports carry what happened; expectations and denials stay out."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from tests.store.event_rows import event_row


def test_acled_csv_leaves_out_expected_events(
    store: Any, packaged_nlp: Any, tmp_path: Path
) -> None:
    from sitrep.pipeline import extract
    from sitrep.store.export import export_events

    text = (
        "Gunmen killed two soldiers at a checkpoint in Quetta on Monday, police said. "
        "The interior minister will visit Quetta next week."
    )
    report = extract(text, published="2024-03-12", id="quetta-1", nlp=packaged_nlp)
    assert {e.modality for e in report.events} >= {"future"}
    store.save(report, text)
    out = tmp_path / "acled.csv"
    written = export_events(store, out, "acled-csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert written == len(rows) == 1
    assert rows[0]["fatalities"] == "2"
    geojson = tmp_path / "all.geojson"
    assert export_events(store, geojson, "geojson") == len(report.events)


def test_plover_record_codes_a_promised_visit_as_agree() -> None:
    """PLOVER has no modality: "will visit" is exported as a promise (AGREE)."""
    from sitrep.store.export import plover_record

    visit = plover_record(event_row(type="CONSULT", mode="visit", modality="future"))
    assert (visit["event_type"], visit["mode"], visit["promised_action"]) == (
        "AGREE",
        None,
        "CONSULT",
    )
    held = plover_record(event_row(type="CONSULT", mode="visit", modality="asserted"))
    assert (held["event_type"], held["mode"]) == ("CONSULT", "visit")
    threat = plover_record(event_row(type="ASSAULT", mode=None, modality="future"))
    assert threat["event_type"] == "THREATEN"  # conflict told as future is a threat
