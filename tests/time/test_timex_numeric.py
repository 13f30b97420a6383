"""Numeric dates ("(17/01)", "17/01/2015", "12/25/2014") and bare clock times."""

import datetime

from sitrep.annotate.timex import tag_times

# Sunday 18 January 2015
PUBLISHED = datetime.date(2015, 1, 18)


def values(text: str, reference: datetime.date | None = PUBLISHED) -> dict[str, str]:
    return {timex.text: timex.value for timex in tag_times(text, reference)}


def test_bracketed_day_month_after_a_weekday() -> None:
    found = values("Pickets torched a bus in the district town on Saturday (17/01).")
    assert found["17/01"] == "2015-01-17"


def test_day_month_after_on() -> None:
    assert values("A youth was hacked to death on 16/01 near the bazaar.") == {
        "16/01": "2015-01-16"
    }


def test_day_month_of_last_december_early_in_january() -> None:
    found = values(
        "Two houses were set on fire on 30/12 in the village.", datetime.date(2015, 1, 2)
    )
    assert found == {"30/12": "2014-12-30"}


def test_ambiguous_order_takes_the_reading_just_before_publication() -> None:
    # 05/01 as 5 January is two weeks back; as 1 May it would be eight months back
    assert values("Activists clashed with police on 05/01 in the port city.") == {
        "05/01": "2015-01-05"
    }


def test_month_first_when_the_second_number_cannot_be_a_month() -> None:
    found = values("The ballot boxes were seized on 12/25/2014, officials said.")
    assert found == {"12/25/2014": "2014-12-25"}


def test_day_first_with_a_year() -> None:
    assert values("He was picked up from his home on 17/01/2015.") == {"17/01/2015": "2015-01-17"}


def test_ambiguous_full_date_prefers_the_reading_before_publication() -> None:
    # 3 January 2015 is past; 1 March 2015 would lie ahead of the report
    assert values("Curfew was declared on 03/01/2015.") == {"03/01/2015": "2015-01-03"}


def test_without_publication_date_day_comes_first() -> None:
    assert values("The strike was called on 03/04.", None) == {"03/04": "XXXX-04-03"}


def test_rough_counts_are_not_dates() -> None:
    assert values("Witnesses said 10/12 assailants stormed the shop.") == {}
    assert values("At least 3/4 crude bombs went off near the gate.") == {}
    assert values("Police said 5/6 people were injured.") == {}


def test_range_of_numeric_days() -> None:
    found = values("A shutdown was observed from 15/1-17/1 across the hill districts.")
    assert found == {"15/1": "2015-01-15", "17/1": "2015-01-17"}


def test_bare_clock_time_gives_no_calendar_day() -> None:
    [timex] = tag_times("Unidentified men opened fire on the guard post around 9pm.", PUBLISHED)
    assert timex.type == "TIME"
    assert timex.first_day is None and timex.precision == "unknown"


def test_clock_time_after_a_named_day_keeps_that_day() -> None:
    timexes = tag_times("The attack began on Friday. Firing stopped at 11pm.", PUBLISHED)
    clock = next(t for t in timexes if t.text.startswith("11pm"))
    assert clock.first_day == datetime.date(2015, 1, 16)


def test_an_attributive_planned_does_not_make_the_weekday_future() -> None:
    # the rally was planned; the police barred it last Monday
    found = values(
        "Opposition men clashed with police when the police barred a planned rally on Monday.",
        datetime.date(2015, 3, 10),
    )
    assert found == {"Monday": "2015-03-09"}


def test_planned_as_a_verb_still_looks_forward() -> None:
    assert values("A rally is planned for Monday.", datetime.date(2015, 3, 10)) == {
        "Monday": "2015-03-16"
    }
