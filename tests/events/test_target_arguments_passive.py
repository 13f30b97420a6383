"""Physical targets: the subject of a passive verb with a manner adverb, camps and premises."""

from __future__ import annotations


def _targets(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text for e in report.events for a in e.arguments if a.role == "target"]


def test_a_store_partially_destroyed_is_the_target(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Finally, a store was partially destroyed in Tegucigalpa on Sunday night when a "
        "powerful bomb exploded."
    )
    assert any(t.endswith("store") for t in _targets(report))


def test_premises_a_bomb_was_thrown_onto_are_the_target(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Unknown men threw a bomb onto the consular premises, injuring a security guard."
    )
    assert any(t.endswith("premises") for t in _targets(report))


def test_a_camp_shelled_is_the_target(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("Army artillery shelled a refugee camp near the border, killing four.")
    assert any(t.endswith("camp") for t in _targets(report))
