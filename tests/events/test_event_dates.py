"""Which of a sentence's dates is the event's: not one that dates another noun.

A date inside a noun phrase ("against the government's June tax order", "the hanging of a
2015 blasts convict") or a possessive ("last year's fee increase") tells when that noun
happened, not the protest the sentence reports; the date of the event itself does.
Needs the packaged pipeline: its tagger tells the noun after the date.
"""

from __future__ import annotations

from typing import Any

PUBLISHED = "2024-05-06"  # a Monday


def _dates(report: Any, event_type: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in report.events if e.type == event_type]


def test_a_month_before_its_noun_dates_the_noun_not_the_protest(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Traders in Quetta protested against the government's June tax order on Saturday."
    )
    assert _dates(report, "PROTEST") == ["2024-05-04"]


def test_a_year_before_its_noun_dates_the_noun_not_the_arrest(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Police on Thursday detained dozens of lawyers in Lahore as they protested against "
        "the hanging of a 2015 blasts convict."
    )
    assert "2015" not in {str(d)[:4] for d in _dates(report, "PROTEST")}
    assert _dates(report, "COERCE") == ["2024-05-02"]


def test_a_possessive_outside_the_time_dates_its_noun(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Students marched in Peshawar against last year's fee increase on Friday."
    )
    assert _dates(report, "PROTEST") == ["2024-05-03"]


def test_a_date_before_the_trigger_noun_dates_the_event(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("The May 3 attack on a police post in Bannu killed two constables.")
    assert "2024-05-03" in _dates(report, "ASSAULT")


def test_a_date_that_opens_the_clause_dates_its_event(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes("On the night of May 4 militants attacked a checkpoint in Bannu.")
    assert _dates(report, "ASSAULT") == ["2024-05-04"]


def test_a_clock_with_its_bracketed_day_dates_the_blast(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Unidentified men hurled two crude bombs at a bus in Chittagong around 9:30pm (04/05)."
    )
    assert {str(d)[:10] for d in _dates(report, "ASSAULT")} == {"2024-05-04"}


def test_a_bracketed_date_restating_the_weekday_is_the_one_meant(extract_notes) -> None:  # type: ignore[no-untyped-def]
    # 2024-05-02 is a Thursday; the writer's bracket says 1 May, and that is the date coded
    report = extract_notes(
        "Students in Gularia took to the streets on Thursday [1 May] calling for an end to "
        "the strikes."
    )
    assert _dates(report, "PROTEST") == ["2024-05-01"]


def test_restated_times_leave_the_bracketed_date() -> None:
    from dataclasses import dataclass

    from sitrep.events.written_dates import without_restated

    @dataclass
    class Time:
        start: int
        end: int

    note = "Police fired teargas in Kalaiya on Monday [31 August] and on Tuesday."
    monday = Time(note.index("Monday"), note.index("Monday") + 6)
    august = Time(note.index("31 August"), note.index("31 August") + 9)
    tuesday = Time(note.index("Tuesday"), note.index("Tuesday") + 7)
    assert without_restated([monday, august, tuesday], note) == [august, tuesday]


def test_a_demand_told_with_a_date_leaves_it_to_the_protest_told_next(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Relatives of the missing fishermen on Saturday demanded their release. Hundreds of "
        "them blocked the highway in Cox's Bazar."
    )
    assert _dates(report, "PROTEST") == ["2024-05-04"]


def test_an_accusation_told_with_a_date_leaves_it_to_the_clash_told_next(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "The opposition on Saturday accused the government of rigging the polls. Its "
        "supporters clashed with police in Peshawar."
    )
    assert _dates(report, "ASSAULT") == ["2024-05-04"]


def test_a_dateline_without_its_place_dates_the_story_not_the_event() -> None:
    from sitrep.events.written_dates import in_dateline

    note = "Jan 21 (UNB) At least 25 crude bombs went off in the district town on Tuesday night."
    assert in_dateline(note, 0, len("Jan 21"))
    assert not in_dateline(note, note.index("Tuesday"), note.index("Tuesday") + 7)
    opening = "Tuesday (20/01): Activists torched two buses in Rajshahi."
    assert not in_dateline(opening, 0, len("Tuesday"))


def test_a_note_stamped_after_its_last_sentence_happened_on_the_stamp(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "The nationwide transport blockade by the opposition alliance entered its 25th day on "
        "Friday. Pickets blocked the highway at Jatrabari in Dhaka. (04/05)"
    )
    assert set(_dates(report, "PROTEST")) == {"2024-05-04"}


def test_a_bracketed_date_inside_the_last_sentence_is_no_stamp(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Pickets blocked the highway at Jatrabari in Dhaka on Friday. Police fired teargas at "
        "them on Saturday (04/05)."
    )
    assert _dates(report, "PROTEST") == ["2024-05-03"]


def test_a_short_note_naming_one_day_tells_of_that_day_throughout(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "Opposition supporters protested the minister's visit to Janakpur. Markets stayed "
        "shut across the town. The streets were deserted by noon. A petrol bomb was hurled "
        "at the temple gate on Saturday [4 May]."
    )
    assert _dates(report, "PROTEST") == ["2024-05-04"]
