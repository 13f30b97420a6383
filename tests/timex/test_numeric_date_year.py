"""The year of a yearless numeric date: nearest the publication date, a day past first."""

import datetime

from sitrep.annotate.timex import tag_times


def _values(text: str, reference: datetime.date) -> dict[str, str]:
    return {t.text: t.value for t in tag_times(text, reference)}


def test_a_range_ending_the_day_after_publication_ends_this_year() -> None:
    found = _values(
        "At least 40 people were killed in the fighting around Laukkai from 15/3-19/3.",
        datetime.date(2015, 3, 18),
    )
    assert found == {"15/3": "2015-03-15", "19/3": "2015-03-19"}


def test_a_day_just_past_at_the_turn_of_the_year_is_last_years() -> None:
    found = _values(
        "Activists blocked the highway near Janakpur (30/12).", datetime.date(2015, 1, 2)
    )
    assert found == {"30/12": "2014-12-30"}


def test_day_first_reading_a_day_ahead_beats_month_first_weeks_back() -> None:
    # 04/05 in a report of 3 May: tomorrow (day first), not 5 April
    found = _values("Traders have called a strike in Birgunj on 04/05.", datetime.date(2015, 5, 3))
    assert found["04/05"] == "2015-05-04"


def test_a_weekday_that_fits_only_last_years_date_is_a_slip() -> None:
    # 4 January 2015 was a Sunday; last year's 4 January was a Saturday
    found = _values(
        "On Saturday January 4th, Shiv Sena members demonstrated against a concert in Pune.",
        datetime.date(2015, 1, 4),
    )
    assert found == {"Saturday January 4th": "2015-01-04"}


def test_a_weekday_picks_the_near_year_that_fits_it() -> None:
    # written on 2 January 2015: "Wednesday, December 31st" is three days back
    found = _values(
        "On Wednesday, December 31st, police detained 20 activists in Kolkata.",
        datetime.date(2015, 1, 2),
    )
    assert found == {"Wednesday, December 31st": "2014-12-31"}
