"""State forces named by a nationality keep the words that name them, and both joined sides.

"Russian warplanes struck …" is coded to "Military Forces of Russia", but the report's actor
still points at the entity of "Russian", so a reader (or a scorer) finds the text that named
the state. "Russian and Malian soldiers attacked …" is told by two joined nationalities: the
force the phrase's head names is the source, and the other state's military joins the event
as a perpetrator linked to its demonym.
"""

from __future__ import annotations

from typing import Any

PUBLISHED = "2024-06-03"


def _assault(report: Any) -> Any:
    return next(e for e in report.events if e.type == "ASSAULT")


def _source(report: Any, event: Any) -> tuple[str, Any]:
    actor = next(a for a in event.actors if a.role == "source")
    return actor.name, report.entity(actor.entity) if actor.entity else None


def _perpetrator_texts(event: Any) -> list[str]:
    return [a.text for a in event.arguments if a.role == "perpetrator"]


def test_a_national_strike_links_the_demonym_that_named_the_state(extract_notes: Any) -> None:
    report = extract_notes(
        "Russian warplanes bombed a market in Maarat al-Numan on Monday, killing nine civilians."
    )
    name, entity = _source(report, _assault(report))
    assert name == "Military Forces of Russia"
    assert entity is not None
    assert "Russian" in [m.text for m in entity.mentions]


def test_two_strikes_by_one_demonym_stay_one_actor(extract_notes: Any) -> None:
    report = extract_notes(
        "An Israeli drone strike hit a car near Nabatieh on Sunday, killing two men. "
        "Hours later an Israeli air strike destroyed a house in Bint Jbeil."
    )
    names = {a.name for e in report.events for a in e.actors if a.role == "source"}
    assert names == {"Military Forces of Israel"}


def test_joined_nationalities_name_both_forces(extract_notes: Any) -> None:
    report = extract_notes(
        "Russian and Malian soldiers stormed the village of Diafarabe on Sunday, killing "
        "at least 20 residents, witnesses said."
    )
    event = _assault(report)
    name, _ = _source(report, event)
    assert name in {"Malian soldiers", "Military Forces of Mali"}
    assert "Russian" in _perpetrator_texts(event)


def test_joined_nationalities_on_warplanes_name_both_forces(extract_notes: Any) -> None:
    report = extract_notes(
        "Russian and Syrian warplanes pounded rebel positions near Jisr al-Shughur on Friday, "
        "killing 14 fighters."
    )
    event = _assault(report)
    assert _source(report, event)[0] == "Military Forces of Syria"
    assert "Russian" in _perpetrator_texts(event)


def test_a_list_of_victims_adds_no_force(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen ambushed a convoy near Gao on Tuesday, killing two French and three Malian "
        "soldiers."
    )
    event = _assault(report)
    assert "French" not in _perpetrator_texts(event)
