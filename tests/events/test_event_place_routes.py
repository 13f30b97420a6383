"""A place named as the end of a road or a journey is not where the event happened.

Issue #6/#5: notes on highway arson ("set ablaze on the Dhaka-Chittagong highway at
Feni") were coded at the road's first end. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from sitrep.resolve.geo.event_place import choose_event_place, names_route_end


def _span(text: str, name: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "route"),
    [
        ("Trucks were torched on the Karachi-Hyderabad highway at night.", "Karachi", True),
        ("Trucks were torched on the Karachi-Hyderabad highway at night.", "Hyderabad", True),
        ("Trucks were torched on the Karachi-Hyderabad Motorway Road.", "Karachi", True),
        ("Picketers stoned a Sylhet-bound bus near Habiganj.", "Sylhet", True),
        ("Picketers stoned a Sylhet-bound bus near Habiganj.", "Habiganj", False),
        ("Clashes in Karachi, Hyderabad road traffic halted.", "Hyderabad", False),
        ("Troops of the Kathmandu-based brigade were deployed.", "Kathmandu", False),
    ],
)
def test_names_route_end(text: str, name: str, route: bool) -> None:
    assert names_route_end(text, *_span(text, name)) is route


def test_town_on_the_road_beats_the_roads_ends() -> None:
    text = "Picketers set fire to a bus at the Lahore-Islamabad highway toll plaza, Chakwal police said."
    trigger = _span(text, "set fire")
    places = [_span(text, "Lahore"), _span(text, "Islamabad"), _span(text, "Chakwal")]
    assert choose_event_place(text, trigger, places) == 2
