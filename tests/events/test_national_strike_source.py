"""A strike told by the nation that fired it: "a Russian missile struck", "an Israeli air strike".

A careful coder codes such an event to that state's military even though no force is named;
a demonym on a rebel's or a bomber's attack, or on a weapon's maker, names no state forces.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-06-03"


def _sources(report: Any) -> list[str]:
    return [
        a.name for e in report.events if e.type == "ASSAULT" for a in e.actors if a.role == "source"
    ]


@pytest.mark.parametrize(
    ("text", "military"),
    [
        (
            "A Russian cruise missile hit a shopping centre in Kharkiv on Saturday, "
            "killing at least 11 people.",
            "Military Forces of Russia",
        ),
        (
            "Turkish drones struck a fuel depot near Kobani late on Friday, killing one guard.",
            "Military Forces of Turkey",
        ),
        (
            "An Israeli drone strike on a car near Tyre killed two men on Sunday.",
            "Military Forces of Israel",
        ),
        (
            "Two farmers were killed by Indian shelling in the Neelum valley on Thursday.",
            "Military Forces of India",
        ),
    ],
)
def test_a_demonym_on_a_weapon_names_the_states_military(
    extract_notes: Any, text: str, military: str
) -> None:
    assert military in _sources(extract_notes(text))


def test_a_named_force_is_kept_over_the_weapons_nation(extract_notes: Any) -> None:
    report = extract_notes(
        "Houthi rebels fired Iranian missiles at a tanker off Hodeidah on Tuesday, officials said."
    )
    assert "Military Forces of Iran" not in _sources(report)


@pytest.mark.parametrize(
    "text",
    [
        "An Afghan suicide attack killed six worshippers at a mosque in Kunduz on Friday.",
        "Iranian-made drones struck an oil field near Erbil on Sunday, the Kurdish authorities said.",
    ],
)
def test_no_state_forces_for_a_bomber_or_a_weapons_maker(extract_notes: Any, text: str) -> None:
    assert not any(name.startswith("Military Forces of") for name in _sources(extract_notes(text)))


def test_unnamed_amhara_militiamen_are_the_identity_militia(extract_notes: Any) -> None:
    report = extract_notes(
        "Amhara militiamen killed at least 14 civilians in a village near Dessie on Thursday."
    )
    assert "Amhara militiamen" in _sources(report)
    linked = {e.name: e.actor.id for e in report.entities if e.actor}
    assert linked.get("Amhara militiamen") == "amhara_ethnic_militia"
