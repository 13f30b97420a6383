"""The tense "due" gives a time: a plan ("is due on Friday"), not a cause ("due to clashes")."""

import datetime

from sitrep.annotate.timex import tag_times


def _values(text: str, reference: datetime.date) -> dict[str, str]:
    return {t.text: t.value for t in tag_times(text, reference)}


def test_due_to_a_cause_does_not_make_a_weekday_future() -> None:
    found = _values(
        "The situation turned violent in Kalaiya on Monday due to clashes between police "
        "and protesters.",
        datetime.date(2015, 9, 1),
    )
    assert found == {"Monday": "2015-08-31"}


def test_talks_that_are_due_on_a_weekday_lie_ahead() -> None:
    found = _values("The next round of talks is due on Friday in Doha.", datetime.date(2015, 9, 1))
    assert found == {"Friday": "2015-09-04"}
