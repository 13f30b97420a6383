"""The store keys an event's actor by who acted, the same across articles: a state's forces
named by a nationality ("a Russian missile") are that military, not the country whose
demonym the report's actor points at for its words (our own sentence)."""

from __future__ import annotations


def test_forces_named_by_a_demonym_are_keyed_as_the_military() -> None:
    from sitrep.pipeline import extract
    from sitrep.store.records import event_actor_ids

    report = extract(
        "A Russian missile struck a shopping centre in Kharkiv on Monday, killing six people.",
        published="2024-05-28",
    )
    attack = next(e for e in report.events if e.type == "ASSAULT")
    sources = [
        (actor_id, name)
        for actor_id, role, name in event_actor_ids(report, attack)
        if role == "source"
    ]
    assert sources == [("actor:military-forces-of-russia", "Military Forces of Russia")]
    source = next(a for a in attack.actors if a.role == "source")
    assert report.entity(source.entity) is not None  # the words "Russian" stay in the report
