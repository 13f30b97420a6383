"""PLOVER types that hang on what a verb acts on or on the tense it is told in (our own news
sentences; the PLOVER definitions and the CAMEO-to-PLOVER map decide).

Expelling another state's diplomats or an agency's inspectors cuts relations (SANCTION,
CAMEO 166); expelling migrants or students is coercion (COERCE). A navy's or an army's
blockade restricts movement (COERCE), a crowd's road blockade is a protest, and lifting a
blockade is the retreat the sentence tells. A protest told as what will happen ("will
boycott the election unless ...") is a threat of dissent (THREATEN, CAMEO 133), while a
strike that happened stays a protest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitrep.knowledge.ontology import load_ontology


def _top(report: Any) -> Any:
    return max(report.events, key=lambda e: e.confidence)


def _plover_type(event: Any) -> str:
    return load_ontology().promised_type(event.type, event.modality)


def _types(report: Any) -> set[str]:
    return {e.type for e in report.events}


@pytest.mark.parametrize(
    "text",
    [
        "Estonia expelled two Russian diplomats on Tuesday, saying their activities were "
        "incompatible with their status.",
        "The military government expelled the United Nations observers from the northern "
        "province on Friday, days after they reported on the fighting near Kidal.",
    ],
)
def test_expelling_diplomats_or_observers_is_a_sanction(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    report = extract_notes(text)
    assert "SANCTION" in _types(report)
    assert "COERCE" not in _types(report)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Calais expelled about 300 migrants from a makeshift camp on Monday.",
        "Authorities expelled two foreign reporters from the country on Wednesday after they "
        "filmed the clashes in the capital.",
    ],
)
def test_expelling_other_people_stays_coercion(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    report = extract_notes(text)
    assert "COERCE" in _types(report)
    assert "SANCTION" not in _types(report)


def test_a_naval_blockade_restricts_movement(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "The navy tightened its blockade of the rebel-held port of Hodeidah on Thursday, "
        "officials said."
    )
    top = _top(report)
    assert (top.type, top.mode) == ("COERCE", "restrict")


def test_a_road_blockade_by_protesters_stays_a_protest(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Protesters enforced a blockade of the Dhaka-Chittagong highway on Sunday demanding "
        "the release of their leader."
    )
    assert "PROTEST" in _types(report)
    assert "COERCE" not in _types(report)


def test_lifting_an_army_blockade_is_no_coercion(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "The army lifted a week-old blockade on the town of Jenin on Sunday, allowing trucks "
        "to pass."
    )
    assert _top(report).type == "RETREAT"
    assert "COERCE" not in _types(report)


def test_a_boycott_told_ahead_is_a_threat(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Opposition parties said they would boycott next month's parliamentary election "
        "unless the electoral commission is reformed."
    )
    boycott = next(e for e in report.events if e.type == "PROTEST")
    assert boycott.modality == "future"
    assert _plover_type(boycott) == "THREATEN"


def test_a_strike_that_happened_stays_a_protest(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Hundreds of minibus drivers went on strike in Lagos on Monday over the rise in fuel "
        "prices."
    )
    top = _top(report)
    assert top.type == "PROTEST"
    assert _plover_type(top) == "PROTEST"
