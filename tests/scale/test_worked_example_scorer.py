"""The worked-example scorer pairs events by type and agreement, and names the wrong fields."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]

TEXT = (
    "MAZAR-I-SHARIF: Gunmen killed three police officers at a checkpoint in Balkh on Monday, "
    "the provincial police spokesman, Asif Waziri, said. Officials said more attacks could "
    "follow in the coming weeks."
)


def load_scorer() -> ModuleType:
    path = REPO / "benchmarks" / "worked_example.py"
    spec = importlib.util.spec_from_file_location("worked_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["worked_example"] = module
    spec.loader.exec_module(module)
    return module


def mention(text: str) -> dict[str, Any]:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text}


def report(date: str, future_date: str | None) -> dict[str, Any]:
    killing = mention("Gunmen killed three police officers at a checkpoint in Balkh on Monday")
    warning = mention("more attacks could follow in the coming weeks")
    return {
        "entities": [
            {
                "id": "e1",
                "type": "PERSON",
                "name": "Asif Waziri",
                "mentions": [mention("Asif Waziri")],
                "actor": None,
                "roles": [{"title": "provincial police spokesman", "current": True}],
                "status": None,
            },
            {
                "id": "e2",
                "type": "ORG",
                "name": "Police Forces of Afghanistan",
                "mentions": [mention("police officers")],
                "actor": None,
                "roles": [],
                "status": None,
            },
        ],
        "places": [
            {
                "id": "p1",
                "name": "Balkh",
                "country": "AF",
                "feature": "admin1",
                "lat": 36.7,
                "lon": 67.1,
                "mentions": [mention("Balkh")],
            },
        ],
        "events": [
            {
                "id": "v1",
                "type": "ASSAULT",
                "acled": {"event_type": "Violence against civilians"},
                "actors": [
                    {"role": "target", "entity": "e2", "name": "Police Forces of Afghanistan"}
                ],
                "arguments": [],
                "date": {"value": date},
                "place": "p1",
                "counts": {"killed": 3},
                "modality": "reported",
                "attribution": {"entity": "e1", "text": "Asif Waziri"},
                "evidence": [killing],
            },
            {
                "id": "v2",
                "type": "ASSAULT",
                "acled": {},
                "actors": [],
                "arguments": [],
                "date": {"value": future_date} if future_date else None,
                "place": None,
                "counts": {},
                "modality": "future" if future_date is None else "asserted",
                "attribution": None,
                "evidence": [warning],
            },
        ],
        "quotes": [],
    }


GOLD: dict[str, Any] = {
    "actors": [{"name": "Afghan police", "aliases": ["police officers"]}],
    "people": [
        {"name": "Asif Waziri", "roles": [{"title": "spokesman", "current": True}]},
    ],
    "places": [{"name": "Balkh", "country": "AF", "feature": "admin1"}],
    "events": [
        {
            "id": "E1",
            "plover": "ASSAULT",
            "acled": ["Battles", None],
            "target": "Afghan police",
            "date": "2024-05-06",
            "location": "Balkh",
            "country": "AF",
            "fatalities": 3,
            "attribution": "Asif Waziri",
            "modality": "reported",
        },
    ],
    "not_events": [{"text": "more attacks could follow in the coming weeks"}],
    "quotes": [],
}


def test_a_faithful_report_scores_its_fields_and_only_the_wrong_one_is_named() -> None:
    scorer = load_scorer().Scorer(report("2024-05-06", None), GOLD, TEXT)
    figures = scorer.score()
    assert figures["events"]["found"] == 1
    assert figures["events"]["pairs"] == [{"gold": "E1", "report": "v1", "wrong": ["acled_type"]}]
    assert figures["not_events"]["respected"] == 1
    assert figures["people"]["roles_found"] == 1.0
    assert figures["places"]["found"] == 1.0


def test_a_wrong_date_and_a_dated_future_event_are_counted_against_the_report() -> None:
    scorer = load_scorer().Scorer(report("2024-05-07", "2024-05-20"), GOLD, TEXT)
    figures = scorer.score()
    assert "date" in figures["events"]["pairs"][0]["wrong"]
    assert figures["events"]["extra"] == ["v2"]
    assert figures["not_events"]["respected"] == 0
