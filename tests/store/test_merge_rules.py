"""The merge decision on its own: same event, look-alikes, figures, vague dates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sitrep.errors import KnowledgeError
from sitrep.store.merge import EventFacts, load_merge_rules, match_score

RULES = load_merge_rules()
KANDAHAR = EventFacts(
    family="violence",
    type="ASSAULT",
    date_start="2024-09-02",
    date_end="2024-09-02",
    precision="day",
    country="AF",
    admin1="Kandahar",
    place="Kandahār",
    feature="city",
    lat=31.61,
    lon=65.71,
    counts={"killed": 2},
    documents=frozenset({"a"}),
)


def test_same_bombing_told_by_another_outlet_merges() -> None:
    other = replace(
        KANDAHAR, counts={"killed": 3}, documents=frozenset({"b"}), lat=31.63, lon=65.74
    )
    assert match_score(other, KANDAHAR, RULES) is not None


def test_attack_in_another_town_the_same_day_does_not() -> None:
    herat = replace(
        KANDAHAR, admin1="Herat", place="Herāt", lat=34.35, lon=62.2, documents=frozenset({"b"})
    )
    assert match_score(herat, KANDAHAR, RULES) is None


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"counts": {"killed": 40}}, "2 and 40 killed are not one event"),
        ({"family": "protest", "type": "PROTEST"}, "another kind of event"),
        ({"date_start": "2024-09-06", "date_end": "2024-09-06"}, "four days later"),
        ({"documents": frozenset({"a"})}, "one article's two events stay two"),
        ({"linked_actors": frozenset({"source:ttp"})}, "clashing named perpetrators"),
        ({"date_start": "2024-01-01", "date_end": "2024-12-31", "precision": "year"}, "too vague"),
        ({"modality": "hypothetical"}, "did not happen"),
    ],
)
def test_look_alikes_stay_apart(change: dict[str, object], why: str) -> None:
    event = replace(KANDAHAR, linked_actors=frozenset({"source:iskp"}))
    mention = replace(event, documents=frozenset({"b"}))
    mention = replace(mention, **change)  # type: ignore[arg-type]
    assert match_score(mention, event, RULES) is None, why


def test_a_town_inside_the_reported_province_merges() -> None:
    province = replace(
        KANDAHAR, place="Kandahar", feature="admin1", lat=31.0, lon=65.5, documents=frozenset({"b"})
    )
    assert match_score(province, KANDAHAR, RULES) is not None


def test_broken_rules_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("families: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="merge rules"):
        load_merge_rules(path)
