"""A trigger verb the tagger read as a noun ("an angry mob set a bus ablaze") is still an event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "An angry mob set a bus ablaze after a boy was run over near the market on Tuesday.",
            "arson",
        ),
        ("Villagers set two trucks on fire near the bridge on Monday.", "arson"),
    ],
)
def test_a_verb_between_a_noun_and_a_determiner(
    extract_notes: Callable[[str], Any], text: str, mode: str
) -> None:
    events = extract_notes(text).events
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", mode)]


def test_a_compound_noun_stays_one_event(extract_notes: Callable[[str], Any]) -> None:
    events = extract_notes(
        "The bomb blast the previous day killed three people in the town."
    ).events
    assert len(events) == 1 and events[0].mode == "explosives"
