"""ACLED coding of fire set by members of an armed or party group during a shutdown.

Issue #6, round 3, looked at whether "armed Maoists torched trucks" should leave the riot
category. ACLED's coders code such arson, set to enforce a bandh or strike and killing
nobody, as a riot; a fire bomb thrown at people stays an attack on them
(``test_acled_crowd_violence``). This pins the riot reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.events.coded import coded_event as _coded


def test_arson_to_enforce_a_shutdown_is_a_riot(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "Maoist cadres torched four trucks near Dumka on Wednesday, the first day of "
            "their two-day shutdown called to protest the arrest of a leader."
        )
    )
    assert event is not None
    assert event.acled.event_type in {"Riots", "Protests"}
