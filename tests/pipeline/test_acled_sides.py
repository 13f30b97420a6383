"""ACLED coding of two-sided fights, plural events told by a later verb, and "to death" killings."""

from __future__ import annotations

import pytest


def _extract(packaged_nlp, text: str, published: str = "2015-03-10"):  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    return extract(text, published=published, nlp=packaged_nlp)


def _sides(event) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {a.role: a.name for a in event.actors}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "A gunfight between police and Lashkar-e-Taiba militants broke out in Sopore on "
            "Friday.",
            "Police Forces of India",  # Sopore is in Jammu and Kashmir
            "Lashkar-e-Taiba",
        ),
        (
            "Heavy fighting between government troops and the Kachin Independence Army was "
            "reported in Hpakant on Sunday.",
            "Military Forces of Myanmar",  # Hpakant is in Kachin State
            "Kachin Independence Army",
        ),
        (
            # the district places the clash in India: its security forces are India's
            "Security forces and Maoist rebels clashed in Dantewada district on Tuesday.",
            "Military Forces of India",
            "Maoist",
        ),
    ],
)
def test_both_sides_of_a_clash_are_its_parties_and_make_it_a_battle(  # type: ignore[no-untyped-def]
    packaged_nlp, text: str, source: str, target: str
) -> None:
    [clash] = _extract(packaged_nlp, text).events
    assert _sides(clash) == {"source": source, "target": target}
    assert clash.acled is not None and clash.acled.event_type == "Battles"


def test_party_activists_on_both_sides_of_a_clash_stay_a_riot(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp, "Awami League and BNP activists clashed at the college on Monday."
    )
    [clash] = report.events
    assert _sides(clash) == {"source": "Awami League", "target": "BNP"}
    assert clash.acled is not None and clash.acled.event_type == "Riots"


def test_one_known_side_of_a_clash_is_still_its_source(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    # the second side is a name no reader knows; the army alone makes it a battle
    [clash] = _extract(
        packaged_nlp, "Fighting between the Burma Army and the SSA-N was reported."
    ).events
    assert _sides(clash).get("source") == "Burma Army"
    assert clash.acled is not None and clash.acled.event_type == "Battles"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Demonstrations against the new constitution were held in Kathmandu on Sunday.",
            "PROTEST",
        ),
        ("Protests by traders over the new tax have also continued in Lahore.", "PROTEST"),
    ],
)
def test_a_plural_event_told_by_a_verb_after_its_phrase_is_an_event(  # type: ignore[no-untyped-def]
    packaged_nlp, text: str, expected: str
) -> None:
    assert [e.type for e in _extract(packaged_nlp, text).events] == [expected]


def test_a_plural_event_in_a_general_statement_is_no_event(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protests against price hikes have become a feature of life in Dhaka."
    assert _extract(packaged_nlp, text).events == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A shopkeeper was stabbed to death by unidentified men in Karachi on Monday.", 1),
        ("Two farmers were hacked to death by suspected Maoists in Gaya district on Sunday.", 2),
        ("A trader was beaten to death by a mob in Dhaka on Tuesday.", 1),
    ],
)
def test_harm_done_to_death_counts_the_killed(  # type: ignore[no-untyped-def]
    packaged_nlp, text: str, killed: int
) -> None:
    [event] = _extract(packaged_nlp, text).events
    assert event.counts.killed == killed


def test_harm_without_death_counts_no_killed(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three people were stabbed in a brawl in Lahore on Monday."
    [event] = _extract(packaged_nlp, text).events
    assert not event.counts.killed
