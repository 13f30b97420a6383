"""Each kind of TIMEX3 value the tagger produces, on invented news sentences."""

import datetime

import pytest

from sitrep.annotate.timex import Timex, tag_times

REFERENCE = datetime.date(2023, 2, 28)  # a Tuesday


def only(text: str) -> Timex:
    found = tag_times(text, REFERENCE)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "type_", "value", "precision"),
    [
        (
            "Protests began on February 13 in the capital.",
            "February 13",
            "DATE",
            "2023-02-13",
            "day",
        ),
        (
            "The accord was signed on Feb. 13, 2023, in Ankara.",
            "Feb. 13, 2023",
            "DATE",
            "2023-02-13",
            "day",
        ),
        ("Rebels seized the town on 13 February.", "13 February", "DATE", "2023-02-13", "day"),
        ("The report is dated 2023-02-13.", "2023-02-13", "DATE", "2023-02-13", "day"),
        ("Shelling intensified this week.", "this week", "DATE", "2023-W09", "week"),
        ("Elections are due next month.", "next month", "DATE", "2023-03", "month"),
        ("Inflation doubled last year.", "last year", "DATE", "2022", "year"),
        (
            "The army withdrew in the summer of 2022.",
            "the summer of 2022",
            "DATE",
            "2022-SU",
            "month",
        ),
        (
            "Exports fell in the third quarter of 2022.",
            "the third quarter of 2022",
            "DATE",
            "2022-Q3",
            "month",
        ),
        ("The militia was formed in the 1990s.", "the 1990s", "DATE", "199", "year"),
        ("Two soldiers died yesterday.", "yesterday", "DATE", "2023-02-27", "day"),
        ("The minister resigned today.", "today", "DATE", "2023-02-28", "day"),
        ("The curfew starts tonight.", "tonight", "TIME", "2023-02-28TNI", "day"),
        ("A bomb exploded two days ago.", "two days ago", "DATE", "2023-02-26", "day"),
        (
            "Earlier this month, the border was closed.",
            "Earlier this month",
            "DATE",
            "2023-02",
            "month",
        ),
        (
            "Police raided the camp on Tuesday morning.",
            "Tuesday morning",
            "TIME",
            "2023-02-28TMO",
            "day",
        ),
        (
            "The blast happened at 10:35 a.m. on Monday.",
            "10:35 a.m. on Monday",
            "TIME",
            "2023-02-27T10:35",
            "day",
        ),
    ],
)
def test_dates_and_times(sentence: str, span: str, type_: str, value: str, precision: str) -> None:
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value, timex.precision) == (span, type_, value, precision)
    assert sentence[timex.start : timex.end] == span


def test_day_range_of_month() -> None:
    timex = only("Food prices rose sharply in January.")
    assert (timex.first_day, timex.last_day) == (
        datetime.date(2023, 1, 1),
        datetime.date(2023, 1, 31),
    )


def test_early_march_keeps_month_and_marks_start() -> None:
    timex = only("Aid deliveries resumed in early March.")
    assert (timex.text, timex.value, timex.mod) == ("early March", "2022-03", "START")


def test_mid_year() -> None:
    timex = only("The offensive stalled in mid-2022.")
    assert (timex.text, timex.value, timex.mod) == ("mid-2022", "2022", "MID")


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The siege lasted three weeks.", "three weeks", "P3W"),
        ("Negotiators talked for 10 days.", "10 days", "P10D"),
        ("The fighting went on for five hours.", "five hours", "PT5H"),
        ("Violence has surged over the past three years.", "the past three years", "P3Y"),
    ],
)
def test_durations(sentence: str, span: str, value: str) -> None:
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, "DURATION", value)
    assert timex.first_day is None and timex.precision == "unknown"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Families gather at the prison every Friday.", "every Friday", "XXXX-WXX-5"),
        ("Patrols pass through the village daily.", "daily", "P1D"),
        ("The committee meets twice a month.", "twice a month", "P1M"),
    ],
)
def test_sets(sentence: str, span: str, value: str) -> None:
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, "SET", value)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Clashes have recently spread to the north.", "recently", "PAST_REF"),
        ("Such attacks were rare in the past.", "the past", "PAST_REF"),
        ("The road is now closed.", "now", "PRESENT_REF"),
        ("The camp currently houses 4,000 people.", "currently", "PRESENT_REF"),
        ("More troops will arrive in the coming weeks.", "the coming weeks", "FUTURE_REF"),
        ("The bridge will soon reopen.", "soon", "FUTURE_REF"),
    ],
)
def test_vague_references(sentence: str, span: str, value: str) -> None:
    timex = only(sentence)
    assert (timex.text, timex.value, timex.first_day) == (span, value, None)


def test_offsets_are_character_offsets() -> None:
    text = "Überall: the strike began on Friday."
    timex = only(text)
    assert text[timex.start : timex.end] == "Friday"
