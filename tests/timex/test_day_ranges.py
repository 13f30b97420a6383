"""A day range written with one month ("from 4-7 March") starts on its first day."""

import datetime

from sitrep.annotate.timex import tag_times
from sitrep.annotate.timex.ranges import range_from_first_day

REFERENCE = datetime.date(2024, 3, 9)


def _range_of(text: str, date_text: str) -> tuple[str, str, str] | None:
    timex = next(t for t in tag_times(text, REFERENCE) if t.text == date_text)
    found = range_from_first_day(text, timex)
    if found is None:
        return None
    return found.text, found.value, str(found.last_day)


def test_a_dashed_range_dates_its_first_day_and_ends_on_its_last() -> None:
    text = "Tea workers staged sit-ins at the estate from 4-7 March demanding higher wages."
    assert _range_of(text, "7 March") == ("4-7 March", "2024-03-04", "2024-03-07")


def test_a_spaced_dash_and_a_bracketed_range_read_the_same() -> None:
    text = "Nurses kept the hospital gates shut (3 - 6 March) over unpaid salaries."
    assert _range_of(text, "6 March") == ("3 - 6 March", "2024-03-03", "2024-03-06")


def test_a_single_day_is_no_range() -> None:
    text = "Farmers blocked the highway near the toll plaza on 7 March."
    assert _range_of(text, "7 March") is None


def test_a_number_glued_to_other_digits_is_no_first_day() -> None:
    text = "The court adjourned case 2023/4-7 March hearings to next week."
    timexes = [t for t in tag_times(text, REFERENCE) if t.text == "7 March"]
    assert all(range_from_first_day(text, t) is None for t in timexes)
