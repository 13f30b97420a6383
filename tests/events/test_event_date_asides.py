"""Which date is the event's when its sentence or story gives more than one.

A date inside a relative clause set off by commas ("Areas, which vote on April 25, saw
bombings on Wednesday") dates the clause's own verb; and where a story tells the same kind
of event with a coarse date ("this year") and a day inside it ("on Tuesday"), the day is the
most specific date the text gives. Needs the packaged pipeline.
"""

from __future__ import annotations

from typing import Any

PUBLISHED = "2024-05-09"  # a Thursday


def _dates(report: Any, event_type: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in report.events if e.type == event_type]


def test_a_date_in_a_relative_clause_dates_the_clause_not_the_event(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Violence spread in the villages of Hooghly, which go to polls on May 20, as "
        "supporters of the ruling party attacked opposition workers on Wednesday."
    )
    assert "2024-05-20" not in _dates(report, "ASSAULT")
    assert "2024-05-08" in _dates(report, "ASSAULT")


def test_a_day_narrows_a_year_told_of_the_same_killing(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A journalist has been stabbed to death in Khulna, the fourth such killing this "
        "year.\nPolice said Rafiq Hasan was murdered near his home in the city on Tuesday "
        "evening. No one has been arrested."
    )
    dates = _dates(report, "ASSAULT")
    assert dates and all(d == "2024-05-07" for d in dates)


def test_an_aside_time_dates_only_the_aside() -> None:
    from sitrep.events.written_dates import in_aside

    text = "Farmers, who began a sit-in on Monday, blocked the road on Tuesday."

    class Time:
        def __init__(self, word: str) -> None:
            self.start = text.index(word)
            self.end = self.start + len(word)

    blocked = text.index("blocked")
    assert in_aside(text, Time("Monday"), blocked)
    assert not in_aside(text, Time("Tuesday"), blocked)
    assert not in_aside(text, Time("Monday"), text.index("sit-in"))


def test_a_date_after_a_cause_noun_dates_the_cause(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A dawn-to-dusk hartal, called by the opposition in protest against the attack on "
        "its leader's convoy in Rajshahi on Monday, passed off peacefully on Wednesday."
    )
    assert _dates(report, "PROTEST") == ["2024-05-08"]


def test_a_cause_needs_an_event_noun_after_its_preposition() -> None:
    from sitrep.events.written_dates import dates_a_cause

    class Time:
        def __init__(self, text: str, word: str) -> None:
            self.start = text.index(word)
            self.end = self.start + len(word)

    over_killing = "Villagers clashed with police over the killing of a trader on Friday."
    assert dates_a_cause(over_killing, Time(over_killing, "Friday"), over_killing.index(" with"))
    against_bill = "Lawyers protested against the new bill in Karachi on Friday."
    assert not dates_a_cause(
        against_bill, Time(against_bill, "Friday"), against_bill.index(" against")
    )
