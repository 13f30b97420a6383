"""Counts told as what an attack left behind: ", leaving six people dead", "left 3 dead".

ACLED coders read these as the event's fatalities (and the wounded as injured); the harm
verb itself ("clashed", "attacked") counts nobody.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PUBLISHED = "2024-06-03"


def _counts(report: Any) -> list[tuple[int | None, int | None]]:
    return [(e.counts.killed, e.counts.injured) for e in report.events if e.type == "ASSAULT"]


def test_leaving_people_dead_counts_the_killed(extract_notes: Any) -> None:
    report = extract_notes(
        "Rival militias clashed over a cattle market near Bor on Tuesday, leaving nine "
        "people dead, local officials said."
    )
    assert any(killed == 9 for killed, _ in _counts(report))


def test_the_dead_and_the_wounded_an_attack_left(extract_notes: Any) -> None:
    report = extract_notes(
        "The roadside bomb left 4 dead and 17 wounded in a busy street of Mogadishu on Monday."
    )
    assert (4, 17) in _counts(report)


def test_described_victims_between_number_and_state(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen ambushed a convoy near Gao on Saturday, leaving five Malian soldiers dead."
    )
    assert any(killed == 5 for killed, _ in _counts(report))


def test_a_town_left_behind_counts_nobody(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen attacked a checkpoint near Kidal on Sunday and left 2 vehicles burning."
    )
    assert all(killed in (None, 0) for killed, _ in _counts(report))


def test_a_broken_word_list_names_its_file(tmp_path: Path) -> None:
    from sitrep.errors import KnowledgeError
    from sitrep.events.left_dead import LeftDeadWords
    from sitrep.events.national_forces import NationalForceWords

    broken = tmp_path / "words.yaml"
    broken.write_text("leave_words: [leaving\n", encoding="utf-8")
    for reader in (LeftDeadWords.from_file, NationalForceWords.from_file):
        with pytest.raises(KnowledgeError, match="word list") as caught:
            reader(broken)
        assert caught.value.source == str(broken)
