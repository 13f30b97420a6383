"""Where a note's event happened when its sentence names more than one kind of place.

Issue #6/#5: ACLED codes the event's admin1. A town the sentence names is where it
happened even when it stands nearer another event word or inside the actor's name; a
country named beside a town is the story's subject, not the place; a name the gazetteer
lacks ("Sadar upazila", known only as somewhere in Bangladesh) yields to the district
the sentence names. Needs the packaged pipeline (its NER finds the places).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "2015-02-10"


@pytest.fixture(scope="module")
def event_admin1(packaged_nlp: Any) -> Callable[[str], tuple[str | None, str | None]]:
    """(name, admin1) of the place of the first event the text tells."""
    from sitrep.pipeline import extract

    def run(text: str) -> tuple[str | None, str | None]:
        report = extract(text, published=PUBLISHED, nlp=packaged_nlp)
        event = min(report.events, key=lambda e: min(s.start for s in e.evidence))
        place = next((p for p in report.places if p.id == event.place), None)
        if place is None:
            return None, None
        return place.name, place.admin1 or (place.name if place.feature == "admin1" else None)

    return run


def test_place_inside_the_actors_name(event_admin1: Callable[[str], Any]) -> None:
    text = "Students of Rajshahi University staged a protest on the campus on Sunday."
    assert event_admin1(text)[1] == "Rajshahi"


def test_town_beats_the_country_the_protest_is_about(event_admin1: Callable[[str], Any]) -> None:
    text = "In Multan, hundreds of traders staged a protest against the persecution of Muslims in Myanmar."
    assert event_admin1(text) == ("Multan", "Punjab")


def test_town_nearer_another_event_word_beats_a_country_in_a_party_name(
    event_admin1: Callable[[str], Any],
) -> None:
    text = (
        "Activists of the Communist Party of India staged a sit-in at the collectorate in "
        "Guntur on Monday, demanding relief for drought-hit farmers."
    )
    assert event_admin1(text) == ("Guntur", "Andhra Pradesh")


def test_district_beats_a_subdistrict_the_gazetteer_lacks(
    event_admin1: Callable[[str], Any],
) -> None:
    text = "In Sirajganj, picketers torched two trucks in Sadar upazila on Tuesday morning."
    assert event_admin1(text)[1] == "Rajshahi"


def test_town_of_the_sentence_for_the_first_of_two_events(
    event_admin1: Callable[[str], Any],
) -> None:
    text = (
        "Two passengers were burnt after picketers hurled a petrol bomb at a bus near the "
        "medical college in Bogra on Thursday."
    )
    assert event_admin1(text)[1] == "Rajshahi"
