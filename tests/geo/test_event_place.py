"""The event-place rule on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitrep.resolve.geo.event_place import choose_event_place

SpanFinder = Callable[[str, Sequence[str]], list[tuple[int, int]]]


def test_picks_the_place_introduced_by_in_after_the_verb(find_spans: SpanFinder) -> None:
    text = "Pakistani officials said gunmen killed three soldiers in Bannu on Friday."
    verb = find_spans(text, ["killed"])[0]
    places = find_spans(text, ["Pakistani", "Bannu"])
    assert choose_event_place(text, verb, places) == 1


def test_prefers_the_event_place_over_the_speaker_location(find_spans: SpanFinder) -> None:
    text = "Speaking from Islamabad, the minister said a bomb exploded at a market in Quetta."
    verb = find_spans(text, ["exploded"])[0]
    places = find_spans(text, ["Islamabad", "Quetta"])
    assert choose_event_place(text, verb, places) == 1


def test_no_places_gives_none() -> None:
    assert choose_event_place("Troops fired on protesters.", (7, 12), []) is None
