"""Round-2 fixes: vague words that are no time, same-day anaphora, clock anchoring, UTC."""

import datetime

import pytest

from sitrep.annotate.timex import tag_times

# Tuesday 28 February 2023
TUESDAY = datetime.date(2023, 2, 28)


def found(text: str, reference: datetime.date | None = TUESDAY) -> dict[str, str]:
    return {timex.text: timex.value for timex in tag_times(text, reference)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid convoys will move in as soon as the road is cleared of mines.",
        "The minister resigned soon after the footage was published.",
        "The hostage was soon released and flown to the capital.",
        "The protest soon became a riot outside the governor's office.",
        "Now that the border is open, traders are returning to the market.",
    ],
)
def test_soon_and_now_as_conjunctions_are_not_time(sentence: str) -> None:
    assert found(sentence) == {}


def test_soon_in_a_future_sentence_and_as_soon_as_possible_are_future_refs() -> None:
    assert found("The ministry said it will soon publish the casualty list.") == {
        "soon": "FUTURE_REF"
    }
    assert found("Families asked for the bodies to be returned as soon as possible.") == {
        "as soon as possible": "FUTURE_REF"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Israeli daily Haaretz reported the strike first.",
        "The party daily Nhan Dan carried the statement on its front page.",
        "A weekly newspaper in the province was shut down by the authorities.",
    ],
)
def test_daily_and_weekly_naming_a_newspaper_are_not_sets(sentence: str) -> None:
    assert found(sentence) == {}


def test_daily_as_a_frequency_is_a_set() -> None:
    [timex] = tag_times("Shelling of the northern districts continues daily.", TUESDAY)
    assert (timex.type, timex.value) == ("SET", "P1D")


def test_later_that_day_is_the_day_named_before() -> None:
    text = (
        "Rebels seized the bridge on Sunday. Later that day, two army helicopters were shot down."
    )
    assert found(text) == {"Sunday": "2023-02-26", "Later that day": "2023-02-26"}
    [_, timex] = tag_times(text, TUESDAY)
    assert (timex.first_day, timex.last_day, timex.precision) == (
        datetime.date(2023, 2, 26),
        datetime.date(2023, 2, 26),
        "day",
    )


def test_the_same_day_without_an_earlier_day_is_the_publication_day() -> None:
    assert found("Two more bodies were recovered the same day, officials said.") == {
        "the same day": "2023-02-28"
    }


def test_on_the_day_in_market_news_is_the_publication_day() -> None:
    assert found("The index closed 2.4 percent lower on the day.") == {"the day": "2023-02-28"}


def test_the_day_before_an_event_is_not_an_anaphor() -> None:
    assert found("Residents fled the day before the offensive began.") == {}


def test_a_bare_clock_time_is_on_the_day_last_named() -> None:
    text = "The gunman entered the mosque on Friday. Police reached the building at 1:40 p.m."
    assert found(text) == {"Friday": "2023-02-24", "1:40 p.m.": "2023-02-24T13:40"}


def test_a_clock_time_before_any_day_is_on_the_publication_day() -> None:
    assert found("The curfew begins at 9 p.m. in the old city.") == {"9 p.m.": "2023-02-28T21:00"}


def test_a_clock_time_next_to_its_own_day_keeps_that_day() -> None:
    text = "Fighting broke out on Sunday. The truce took effect at 6 a.m. Monday."
    assert found(text) == {"Sunday": "2023-02-26", "6 a.m. Monday": "2023-02-27T06:00"}


@pytest.mark.parametrize("zone", ["UTC", "GMT"])
def test_universal_time_is_marked_z(zone: str) -> None:
    assert found(f"The launch was set for 18:00 {zone} today.") == {
        f"18:00 {zone} today": "2023-02-28T18:00Z"
    }


def test_local_time_zone_is_not_marked_z() -> None:
    assert found("The polls closed at 8 p.m. EST.") == {"8 p.m. EST": "2023-02-28T20:00"}


def test_headline_weekday_does_not_join_the_date_line_below() -> None:
    text = "Border crossings closed on Friday\nMarch 6, 2023\nThe interior ministry said"
    assert found(text, datetime.date(2023, 3, 6)) == {
        "Friday": "2023-03-03",
        "March 6, 2023": "2023-03-06",
    }


def test_the_following_year_counts_from_the_year_named_before() -> None:
    text = "He was promoted to colonel in 2014, and the following year he led the offensive."
    assert found(text) == {"2014": "2014", "the following year": "2015"}


def test_that_year_is_the_year_named_before() -> None:
    text = "The militia was founded in 2011. Later that year it seized the airport."
    assert found(text) == {"2011": "2011", "Later that year": "2011"}


def test_the_following_month_without_an_earlier_date_counts_from_publication() -> None:
    assert found("Talks collapsed, and the following month the siege resumed.") == {
        "the following month": "2023-03"
    }
