"""An event's date where its note gives a day range, a denied casualty count, an ongoing
background clause or only a date of the talks that followed. Needs the packaged pipeline."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2024-05-09"  # a Thursday


def _dates(report: Any, event_type: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in report.events if e.type == event_type]


def _modalities(report: Any, event_type: str) -> list[str]:
    return [e.modality for e in report.events if e.type == event_type]


def test_a_range_of_days_dates_the_protest_on_its_first_day(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Hundreds of jute mill workers staged protests from 2-5 May in Khulna demanding "
        "payment of their arrears."
    )
    assert _dates(report, "PROTEST")[:1] == ["2024-05-02"]


def test_a_denied_injury_does_not_deny_the_attack(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Unidentified gunmen attacked a police post in Kurram on Tuesday. Nobody was injured "
        "in the attack, officials said."
    )
    assert "negated" not in _modalities(report, "ASSAULT")[:1]
    assert "2024-05-07" in _dates(report, "ASSAULT")


def test_a_denied_arrest_is_negated(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("No one has been arrested for the murder of the shopkeeper.")
    assert _modalities(report, "COERCE") in ([], ["negated"])


def test_an_ongoing_hunger_strike_in_a_relative_clause_is_not_history(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "On May 7, police detained Ram Kumar, who has been sitting on hunger strike for "
        "twelve days demanding land titles for tribal families."
    )
    assert "2024-05-07" in _dates(report, "PROTEST")


def test_a_protest_takes_the_only_day_of_a_short_note_told_beside_talks(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Unemployed graduates staged a protest outside the secretariat demanding jobs. "
        "Late Tuesday evening they were invited to talks with the labour minister."
    )
    assert _dates(report, "PROTEST")[:1] == ["2024-05-07"]


def test_killings_and_blasts_told_with_their_day_are_dated_events(extract_notes) -> None:  # type: ignore[no-untyped-def]
    slaughtered = extract_notes(
        "A ruling party activist was slaughtered by rivals in Jhenaidah on Monday night."
    )
    assert "2024-05-06" in _dates(slaughtered, "ASSAULT")
    went_off = extract_notes(
        "A crude bomb went off near the upazila parishad office in Feni on Tuesday."
    )
    assert "2024-05-07" in _dates(went_off, "ASSAULT")
    rampage = extract_notes(
        "Students of a polytechnic in Cuttack went on a rampage on Wednesday after their "
        "examination was cancelled."
    )
    assert "2024-05-08" in _dates(rampage, "PROTEST")


def test_troops_targeting_a_post_fight_on_their_day(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Troops targeted a border post in the Kotli sector on Tuesday night, officials said."
    )
    assert "2024-05-07" in _dates(report, "ASSAULT")


def test_a_campaign_targeting_voters_is_no_attack(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("The party targeted young voters with advertisements on Tuesday.")
    assert _dates(report, "ASSAULT") == []


def test_the_date_an_election_is_slated_for_does_not_date_the_violence(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Poll violence escalated ahead of the municipal election slated for May 30 as gunmen "
        "fired at a candidate in Faridpur."
    )
    assert "2024-05-30" not in _dates(report, "ASSAULT")


def test_a_plan_date_is_told_apart_from_the_event_date() -> None:
    from sitrep.events.written_dates import dates_a_noun

    text = "Police arrested 12 activists in Dhaka ahead of the polls scheduled for May 30."
    start = text.index("May 30")

    class Time:
        def __init__(self) -> None:
            self.start, self.end = start, start + len("May 30")

    assert dates_a_noun(text, Time(), text.index("arrested"))


def test_farmers_convening_to_oppose_a_policy_protest_on_their_day(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "On Tuesday, farmers from 30 villages convened in Sirsa to oppose the cut in their "
        "share of canal water."
    )
    assert "2024-05-07" in _dates(report, "PROTEST")


def test_a_cabinet_convening_is_no_protest(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("The cabinet convened in the capital on Tuesday to discuss the budget.")
    assert _dates(report, "PROTEST") == []
