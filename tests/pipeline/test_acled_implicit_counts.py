"""ACLED's fatality rules read the killed count the report gives, written as a number or not."""

from __future__ import annotations

from sitrep import extract


def test_a_death_told_without_a_number_counts_for_the_acled_type() -> None:
    text = (
        "A man was killed when supporters of two rival village factions clashed with sticks "
        "and knives in Comilla on Sunday, police said."
    )
    clash = next(e for e in extract(text, published="2015-03-09").events if e.type == "ASSAULT")
    assert clash.counts.killed == 1
    assert clash.acled is not None and clash.acled.event_type == "Battles"
