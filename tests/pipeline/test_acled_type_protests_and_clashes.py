"""ACLED event types of short notes: demonstrations told by verbs, and two-sided gunfire.

Issue #6: notes such as "workers demonstrated against ..." found no event at all, and
an exchange of fire between two armies that killed a bystander was coded as violence
against civilians (or a riot) instead of a battle.
"""

from __future__ import annotations

from typing import Any

import pytest


def _extract(packaged_nlp: Any, text: str, published: str = "2015-08-10") -> Any:
    from sitrep.pipeline import extract

    return extract(text, published=published, nlp=packaged_nlp)


def _acled_types(report: Any) -> list[str | None]:
    return [e.acled.event_type if e.acled else None for e in report.events]


@pytest.mark.parametrize(
    "text",
    [
        "About 300 nurses demonstrated against the state government's pay policy in Lucknow "
        "on Monday.",
        "Contract workers marched to the district office in Noida on Monday to demand "
        "regular jobs.",
        "Farmers continued an indefinite fast in Mandya on Sunday demanding a loan waiver.",
        "Hundreds of garment workers gathered in front of the factory in Gazipur on Monday "
        "to demand unpaid wages.",
        "Protesters obstructed vehicles on the highway in Chitwan on Tuesday.",
    ],
)
def test_a_demonstration_told_by_a_verb_is_a_protest(packaged_nlp: Any, text: str) -> None:
    assert "Protests" in _acled_types(_extract(packaged_nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people gathered at the hospital in Quetta after the blast.",
        "The committee will assemble next week in Kathmandu to discuss the budget.",
    ],
)
def test_a_gathering_without_a_grievance_is_no_protest(packaged_nlp: Any, text: str) -> None:
    assert "Protests" not in _acled_types(_extract(packaged_nlp, text))


def test_an_arrest_at_a_march_leaves_the_march_as_the_protest(packaged_nlp: Any) -> None:
    report = _extract(
        packaged_nlp,
        "Over 50 activists were arrested in Chennai on Monday when they tried to take out a "
        "march to the secretariat demanding a judicial probe.",
    )
    assert "Protests" in _acled_types(report)
    assert "Strategic developments" not in _acled_types(report)


def test_firing_between_two_armies_is_a_battle(packaged_nlp: Any) -> None:
    report = _extract(
        packaged_nlp,
        "A civilian was killed on Monday in firing between the troops of India and Pakistan "
        "along the Line of Control in Poonch.",
    )
    [firing] = [e for e in report.events if e.type == "ASSAULT"]
    assert firing.mode == "sideAB"
    assert firing.acled is not None and firing.acled.event_type == "Battles"


def test_firing_at_a_market_stays_one_sided(packaged_nlp: Any) -> None:
    report = _extract(
        packaged_nlp, "Police said the firing at the market killed two traders in Quetta on Sunday."
    )
    assert [e.mode for e in report.events if e.type == "ASSAULT"] == ["firearms"]


def test_a_gunfight_between_party_men_and_police_is_a_battle(packaged_nlp: Any) -> None:
    report = _extract(
        packaged_nlp,
        "Two Chhatra Dal activists were killed in a gunfight with police in Barisal early "
        "on Saturday.",
    )
    assert _acled_types(report)[0] == "Battles"


def test_party_men_clashing_with_sticks_stay_a_riot(packaged_nlp: Any) -> None:
    report = _extract(
        packaged_nlp,
        "Activists of two factions of the ruling party clashed with sticks at the college "
        "campus in Bogra on Monday, leaving ten injured.",
    )
    assert _acled_types(report)[0] == "Riots"


def test_a_clash_between_villagers_that_kills_is_a_battle(packaged_nlp: Any) -> None:
    report = _extract(
        packaged_nlp,
        "Three people were killed in a clash between two groups of villagers over a land "
        "dispute in Sherpur on Friday.",
    )
    assert "Battles" in _acled_types(report)
    assert "Riots" not in _acled_types(report)
