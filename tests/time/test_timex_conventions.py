"""News conventions for resolving relative dates against the publication date."""

import datetime

from sitrep.annotate.timex import find_dateline, tag_times

# Tuesday 28 February 2023
TUESDAY = datetime.date(2023, 2, 28)


def values(text: str, reference: datetime.date | None = TUESDAY) -> dict[str, str]:
    return {timex.text: timex.value for timex in tag_times(text, reference)}


def test_bare_weekday_in_past_sentence_is_latest_on_or_before_reference() -> None:
    found = values("Gunmen stormed the compound on Tuesday, and troops returned fire on Sunday.")
    assert found == {"Tuesday": "2023-02-28", "Sunday": "2023-02-26"}


def test_bare_weekday_in_future_sentence_looks_forward() -> None:
    found = values("The two delegations will meet again on Friday in Doha, a spokesman said.")
    assert found == {"Friday": "2023-03-03"}


def test_last_week_is_previous_iso_week() -> None:
    [timex] = tag_times("Protesters blocked the highway last week.", TUESDAY)
    assert (timex.value, timex.first_day, timex.last_day) == (
        "2023-W08",
        datetime.date(2023, 2, 20),
        datetime.date(2023, 2, 26),
    )
    assert timex.precision == "week"


def test_month_day_without_year_past_tense_takes_the_date_before() -> None:
    # 3 December is nearer ahead of a 28 February story than behind it, but the
    # sentence is in the past tense.
    assert values("The ceasefire collapsed on December 3.") == {"December 3": "2022-12-03"}


def test_month_day_without_year_future_tense_takes_the_date_after() -> None:
    assert values("Parliament will vote on the budget on March 15.") == {"March 15": "2023-03-15"}


def test_overnight_and_last_night_are_the_night_before() -> None:
    for text in ("Overnight, rockets struck the port.", "Rockets struck the port last night."):
        [timex] = tag_times(text, TUESDAY)
        assert timex.value == "2023-02-27TNI"
        assert timex.first_day == timex.last_day == datetime.date(2023, 2, 27)


def test_dateline_with_full_date() -> None:
    text = "KABUL, Afghanistan (Jan. 25, 2013) — A suicide bomber struck a police post."
    assert find_dateline(text) == datetime.date(2013, 1, 25)


def test_dateline_without_year_takes_latest_such_day() -> None:
    text = "WASHINGTON, March 3 (Reuters) - The Senate passed the aid bill on Friday."
    assert find_dateline(text, today=datetime.date(2023, 2, 28)) == datetime.date(2022, 3, 3)


def test_no_dateline() -> None:
    assert find_dateline("The Senate passed the aid bill on Friday after a long debate.") is None


def test_dateline_gives_reference_for_relative_dates() -> None:
    text = "MOSUL, Iraq (Feb. 28, 2023) — Two people were killed yesterday."
    reference = find_dateline(text)
    assert values(text, reference)["yesterday"] == "2023-02-27"


def test_without_reference_relative_values_are_unresolved() -> None:
    [timex] = tag_times("The convoy was ambushed on Friday.", None)
    assert timex.value == "XXXX-WXX-5"
    assert timex.first_day is None


def test_given_sentences_are_used_for_tense() -> None:
    text = "Talks collapsed. They resume on Friday, envoys will say"
    sentences = [(0, 16), (17, len(text))]
    [timex] = tag_times(text, TUESDAY, sentences=sentences)
    assert timex.value == "2023-03-03"
