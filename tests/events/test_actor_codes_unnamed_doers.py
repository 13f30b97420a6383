"""ACLED actor 1 codes for doers a note does not name by an organisation.

- A clash whose sides are told only as local groups ("two rival groups") or by a quarrel over
  land or water is a fight of unorganised local sides: ACLED codes them as a communal militia
  (identity militia, 4), not an unidentified armed group (3). A named party keeps its own
  reading.
- An armed noun said again after a group named it ("four TTP militants were killed when
  militants attacked") is that group's fighters, not an unidentified armed group.
- A people named as the doer of violence where one separatist insurgency fights in its name
  ("suspected Baloch separatists", read as "Baloch") is that rebel group (2).
- "received bullet injuries" beside a minister is harm, not a minister receiving a visitor.

The paragraphs are written for this project.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event
from tests.events.regions_coding import coded_fields

from sitrep.knowledge.ontology import Ontology, load_ontology

PUBLISHED = "2015-06-10"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def _source(report: Any) -> str | None:
    event = coded_event(report)
    assert event is not None
    return next((a.name for a in event.actors if a.role == "source"), None)


# ---- communal clashes


@pytest.mark.parametrize(
    "text",
    [
        # Bangladesh: sides told only as rival groups
        "Three people were killed and 20 injured in a clash between two rival groups over a "
        "land dispute at Char Alexander village in Noakhali on Tuesday.",
        # India: a verb clash of two groups over land
        "Two men were shot dead and 12 injured when two groups clashed over a land dispute in "
        "Rampur village of Bahraich district on Sunday.",
        # Bangladesh: no sides at all, only the quarrel over land
        "A farmer was hacked to death and eight others were wounded in a clash over a piece of "
        "land at Kumarpara village in Sirajganj on Friday.",
        # Pakistan: a feud of two families
        "Four people were killed when two families exchanged fire over previous enmity in a "
        "village near Mandi Bahauddin on Monday.",
    ],
)
def test_local_sides_of_a_clash_are_a_communal_militia(
    extract_notes: Callable[[str], Any], ontology: Ontology, text: str
) -> None:
    report = extract_notes(text)
    assert _source(report) == "Communal Militia"
    assert coded_fields(report, ontology)["inter1"] == 4


def test_a_named_party_keeps_its_clash(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Ten people were injured in a clash between Awami League and BNP activists over a land "
        "dispute in Feni on Monday."
    )
    assert _source(report) != "Communal Militia"


def test_communal_militia_name_is_an_identity_militia(ontology: Ontology) -> None:
    code = ontology.actor_inter(None, "Communal Militia", acled_event_type="Battles", role="source")
    assert code == 4


@pytest.mark.parametrize(
    ("name", "event_type", "expected"),
    [
        # "suspected Baloch separatists planted the bomb", read as "Baloch": a rebel group
        ("Baloch", "Explosions/Remote violence", 2),
        ("Baloch", "Battles", 2),
        # a Baloch association demonstrating is still protesters
        ("Baloch Students Organisation", "Protests", 6),
        # the province's name is no people
        ("Balochistan Assembly", "Explosions/Remote violence", 3),
    ],
)
def test_baloch_doers_are_a_rebel_group(
    ontology: Ontology, name: str, event_type: str, expected: int
) -> None:
    assert ontology.actor_inter(None, name, acled_event_type=event_type, role="source") == expected


# ---- an armed noun said again after its group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A soldier and four TTP militants were killed when militants attacked a check post "
            "in Datta Khel, North Waziristan, on Friday.",
            "TTP",
        ),
        (
            "Two Lashkar-e-Taiba militants were killed as militants stormed an army camp in Uri "
            "on Sunday.",
            "Lashkar-e-Taiba",
        ),
    ],
)
def test_the_armed_noun_again_is_the_named_group(
    extract_notes: Callable[[str], Any], text: str, group: str
) -> None:
    assert _source(extract_notes(text)) == group


def test_unnamed_militants_stay_unidentified(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Three policemen were injured when militants attacked a checkpoint in Bannu on Friday."
    )
    assert _source(report) == "Unidentified Armed Group"


# ---- "received injuries" is no visit


def test_received_injuries_beside_a_minister_is_no_visit(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Four villagers received bullet injuries as guards of a state minister opened fire on "
        "them in Kotchandpur on Friday."
    )
    assert all(event.type != "CONSULT" for event in report.events)


def test_a_visiting_delegation_is_still_received(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "The prime minister received a visiting Chinese trade delegation in Dhaka on Monday."
    )
    assert any(event.type == "CONSULT" for event in report.events)
