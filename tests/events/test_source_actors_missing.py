"""The doer of a harm told in a subordinate clause or as the other side of an armed exchange.

"Three students were injured as police opened fire on them": the victims are the main
clause's subject, the doer is the subject of the clause "as" opens, and the victims are never
the source. "A commander was killed in an encounter with security forces": the side after
"with" fought the one killed. Paragraphs written for this project, set in many countries.
"""

from __future__ import annotations

from typing import Any

import pytest


def _sources(report: Any) -> list[str]:
    return [
        a.name for e in report.events if e.type == "ASSAULT" for a in e.actors if a.role == "source"
    ]


def _first_source(report: Any) -> str | None:
    """The source of the first ASSAULT the report tells (the one a coder would code)."""
    for event in report.events:
        if event.type != "ASSAULT":
            continue
        return next((a.name for a in event.actors if a.role == "source"), None)
    return None


def _police(name: str | None) -> bool:
    return name is not None and "police" in name.lower()


def _state_forces(name: str | None) -> bool:
    return name is not None and any(
        word in name.lower() for word in ("police", "military", "army", "forces", "troops")
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Four students of the Sahel University union were injured as police opened fire on "
            "their march in Maradi on Tuesday."
        ),
        (
            "Two members of the opposition youth wing were wounded when police fired rubber "
            "bullets at them outside the courthouse in Kisumu on Friday."
        ),
        (
            "Three activists of the Teachers Front were hurt after police beat them with batons "
            "near the secretariat in Jaipur on Monday."
        ),
    ],
)
def test_the_doer_of_an_as_or_when_clause_is_its_own_subject(extract_notes: Any, text: str) -> None:
    report = extract_notes(text)
    assert _police(_first_source(report)), _sources(report)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Rafael Quintero, 38, suffered splinter injuries on his legs as assailants hurled a "
            "grenade at him in Cucuta on Sunday night.",
            "Quintero",
        ),
        (
            "A tuk-tuk driver, Sunil Perera, 45, sustained burn injuries when attackers threw a "
            "petrol bomb at his vehicle in Kurunegala on Wednesday.",
            "Perera",
        ),
        (
            "Mamadou Diallo, a shopkeeper, received head injuries as unidentified men attacked "
            "his stall in Conakry on Saturday.",
            "Diallo",
        ),
    ],
)
def test_who_suffered_injuries_is_never_the_source(
    extract_notes: Any, text: str, victim: str
) -> None:
    report = extract_notes(text)
    sources = _sources(report)
    assert sources, "the unnamed attackers are the source"
    assert not any(victim in name for name in sources)


def test_a_named_doer_inside_the_clause_wins_over_the_victim_before_it(
    extract_notes: Any,
) -> None:
    report = extract_notes(
        "A constable of the Armed Police Force was injured when protesters fired at a police "
        "patrol in Birgunj on Thursday."
    )
    assert _first_source(report) == "Protesters"


@pytest.mark.parametrize(
    "text",
    [
        (
            "A local commander of the Baloch Liberation Army was killed in an encounter with "
            "police in Turbat on Sunday."
        ),
        (
            "Two rebels of the National Liberation Front were killed during an exchange of fire "
            "with security forces in the hills near Mindanao's Cotabato on Friday."
        ),
        (
            "A suspected Maoist cadre was gunned down in a gunfight with police in Dantewada "
            "district on Saturday."
        ),
        (
            "In an exchange of fire with troops, three fighters of the Ogaden Front were killed "
            "near Degehabur on Monday."
        ),
    ],
)
def test_the_side_after_with_fought_the_one_killed(extract_notes: Any, text: str) -> None:
    report = extract_notes(text)
    assert _state_forces(_first_source(report)), _sources(report)


def test_a_doubted_gunfight_reads_no_side_as_the_doer(extract_notes: Any) -> None:
    """ "killed in a 'gunfight' with police": the paper doubts the story of an exchange."""
    report = extract_notes(
        "A student leader was killed in a 'gunfight' with police in Khulna early on Saturday."
    )
    assert not _police(_first_source(report))


def test_known_as_is_no_clause_of_its_own(extract_notes: Any) -> None:
    """ "a group known as the Red Hand attacked …": "as" after "known" opens no clause, so the
    group stays the subject of the verb."""
    report = extract_notes(
        "The National Patriotic Front, known as the NPF, attacked a police post in Bunia on "
        "Tuesday."
    )
    source = _first_source(report)
    assert source is not None and ("Patriotic" in source or source == "NPF"), _sources(report)


def test_police_who_had_an_encounter_keep_being_the_source(extract_notes: Any) -> None:
    report = extract_notes(
        "Police had an encounter with armed robbers on the highway near Kano on Sunday."
    )
    assert _police(_first_source(report))
