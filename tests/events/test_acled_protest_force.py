"""ACLED coding of force that police or troops use on a protest told in the same sentence.

Issue #6, round 2: "a student was killed as police fired on the rally" was coded as
violence against civilians; ACLED codes the force as part of the demonstration
(excessive force against protesters). A clash of two sides and an attack with bombs are
not force used on a crowd and keep their own category.
Needs the packaged pipeline: its tagger tells a finite verb from a participle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

PUBLISHED = "2016-04-12"


def test_police_firing_on_a_protest_is_force_against_protesters(
    extract_notes: Callable[[str], Any],
) -> None:
    event = _coded(
        extract_notes(
            "Police opened fire on a demonstration by college students in Sylhet on Monday, "
            "injuring 12 people."
        )
    )
    assert event is not None
    assert event.acled.event_type == "Protests"
    assert event.acled.sub_event_type == "Excessive force against protesters"


def test_police_force_without_a_protest_keeps_its_category(
    extract_notes: Callable[[str], Any],
) -> None:
    event = _coded(
        extract_notes("Police opened fire on a car at a checkpoint in Sylhet on Monday.")
    )
    assert event is None or event.acled.event_type != "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "Several bombs exploded in Dhaka on Tuesday, the first day of the opposition's "
        "nationwide road blockade; no one was hurt.",
    ],
)
def test_bombs_during_a_blockade_are_no_force_on_a_protest(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is None or event.acled.sub_event_type != "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted between agitators and police in Janakpur on Sunday, injuring a dozen "
        "people.",
        "A clash broke out between bandh enforcers and security personnel in Kalanki on Monday.",
    ],
)
def test_a_crowd_clashing_with_police_is_a_riot(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None, text
    assert event.acled.event_type in {"Riots", "Protests"}, (text, event.acled)
