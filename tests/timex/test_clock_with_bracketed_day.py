"""A clock time followed by its day in brackets ("at 2:15pm (28/04)") is one time of that day.

Wire copy and coders' notes write the day after the hour in brackets; read apart, the
hour would take the publication day and the event the wrong date.
"""

import datetime

from sitrep.annotate.timex import tag_times

# Monday 6 May 2024
MONDAY = datetime.date(2024, 5, 6)


def _found(text: str) -> list[tuple[str, str, datetime.date | None]]:
    return [(t.text, t.value, t.first_day) for t in tag_times(text, MONDAY)]


def test_clock_then_day_in_round_brackets_is_one_time() -> None:
    found = _found("Two crude bombs went off near the bus stand at 2:15pm (28/04).")
    assert found == [("2:15pm (28/04)", "2024-04-28T14:15", datetime.date(2024, 4, 28))]


def test_clock_then_day_in_square_brackets_is_one_time() -> None:
    found = _found("Gunmen fired on a checkpoint in Bannu at 10 pm [3 May], police said.")
    assert found == [("10 pm [3 May]", "2024-05-03T22:00", datetime.date(2024, 5, 3))]


def test_brackets_that_hold_more_than_a_day_stay_apart() -> None:
    found = _found("Shops stayed shut from 6 am (28/04 to 30/04) across the district.")
    assert all(not text.startswith("6 am (") for text, _, _ in found)


def test_clock_then_day_without_brackets_is_still_joined() -> None:
    found = _found("The blast came at 8 am on Friday near the market.")
    assert found == [("8 am on Friday", "2024-05-03T08:00", datetime.date(2024, 5, 3))]
