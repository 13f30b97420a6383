"""Crowds that press a demand in words the lexicon lacked: protesters who "turned out", a
"human barricade", people who "gathered ... and demanded", "demonstrated" told with its
agitators, a "sit in" written apart. Issue #6 (Riots/Protests notes that found no event);
sentences are our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

PUBLISHED = "2019-07-15"


@pytest.mark.parametrize(
    "text",
    [
        "About two thousand protesters turned out in Mandalay on Sunday against the dam.",
        "Villagers formed a human barricade on the road to stop the survey team in Aizawl.",
        "Party workers gathered outside the governor's house in Lahore and demanded a recount.",
        "Contract teachers gathered at the press club in Quetta over unpaid salaries.",
        "Residents demonstrated in Haldwani on Monday; the agitators blocked the bazaar road.",
        "Farmers took out a procession in Ludhiana on Monday demanding higher wheat prices.",
        "A rally was brought out by traders in Sylhet town on Sunday against the new tax.",
        "Students formed a human chain in front of the press club in Rangpur on Tuesday.",
        "Teachers observed a sit-in outside the education office in Khulna on Wednesday.",
        "Nurses held a three-hour sit in outside the health directorate in Multan on Monday.",
    ],
)
def test_crowds_pressing_a_demand_are_protests(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None, text
    assert event.type == "PROTEST", text
    assert event.acled.event_type == "Protests", text


@pytest.mark.parametrize(
    "text",
    [
        "It turned out that the bridge had been closed for repairs since March.",
        "Relatives gathered at the house for the wedding on Sunday.",
        "The new members will sit in the front row when the council meets on Monday.",
    ],
)
def test_look_alikes_are_no_protest(extract_notes: Callable[[str], Any], text: str) -> None:
    report = extract_notes(text)
    assert not [e for e in report.events if e.type == "PROTEST"]
