"""Numbers and words that look like dates but are not."""

import datetime

import pytest

from sitrep.annotate.timex import tag_times

REFERENCE = datetime.date(2023, 2, 28)


def texts(text: str) -> list[str]:
    return [timex.text for timex in tag_times(text, REFERENCE)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers from PD 17 sealed off the street.",
        "The suspects were taken to Police Station 5 for questioning.",
        "The council cited Resolution 2334 in its statement.",
        "The convoy was stopped on Route 66 near the border.",
        "The May 9 Movement called for a general strike.",
        "Residents said a 25-year-old man was among the victims.",
        "The victim, aged 30, was a teacher.",
        "At least 12 people were injured in the blast.",
        "Officials said the talks may collapse without new guarantees.",
        "Thousands joined the march on parliament.",
        "The March on the capital was led by students.",
        "The Sunday Times published the leaked memo.",
        "The flood destroyed 1998 homes in the province.",
    ],
)
def test_not_a_time_expression(sentence: str) -> None:
    assert texts(sentence) == []


def test_bare_year_used_as_date() -> None:
    found = {
        t.text: t.value
        for t in tag_times("The group, active since 2001, was banned in 1998.", REFERENCE)
    }
    assert found == {"2001": "2001", "1998": "1998"}


def test_may_as_month_with_preposition() -> None:
    found = tag_times("Elections were postponed in May.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("May", "2022-05")]


def test_sunday_in_sentence_next_to_newspaper_name() -> None:
    found = tag_times("The Sunday Times reported that the strike happened on Sunday.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("Sunday", "2023-02-26")]
