"""Police force on a protest when the harm itself names nobody as its cause.

"Several workers were injured when police resorted to lathicharge at the marchers": the
injuring has no source of its own, but the police in its sentence are the ones acting,
so ACLED codes it as the protest's excessive force, not as violence against civilians.
Police a report quotes ("police said") are not acting on anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.events.coded import coded_event

PUBLISHED = "2024-03-11"


def coded_type(report: Any) -> str | None:
    event = coded_event(report)
    return event.acled.event_type if event is not None else None


def test_injured_when_police_resorted_to_lathicharge_is_a_protest(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Several Congress workers were injured when police resorted to lathicharge at "
        "protesting party men in Agartala on Monday."
    )
    assert coded_type(report) == "Protests"


def test_police_who_baton_charged_marchers_used_force_on_their_protest(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Police baton-charged hundreds of teachers protesting outside the assembly in "
        "Patna, injuring twenty of them."
    )
    assert coded_type(report) == "Protests"


def test_police_quoted_on_an_attack_on_a_rally_did_not_use_force() -> None:
    from sitrep.events.police_at_work import unnamed_state_force_at_work
    from sitrep.pipeline import get_pipeline

    doc = get_pipeline()(
        "Two marchers were injured when unknown men attacked a rally, police said."
    )
    injured = next(t for t in doc if t.text == "injured")
    assert not unnamed_state_force_at_work(doc[injured.i : injured.i + 1])


def test_a_clash_with_police_is_no_force_told_by_its_subject() -> None:
    from sitrep.events.police_at_work import unnamed_state_force_at_work
    from sitrep.pipeline import get_pipeline

    doc = get_pipeline()("Three villagers were hurt in a scuffle with police near the mill.")
    hurt = next(t for t in doc if t.text == "hurt")
    assert not unnamed_state_force_at_work(doc[hurt.i : hurt.i + 1])
