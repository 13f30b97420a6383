"""A dotted month abbreviation written against its day ("Jan.21st") is still a date."""

import datetime

from sitrep.annotate.timex import tag_times


def _values(text: str, reference: datetime.date) -> dict[str, str]:
    return {t.text: t.value for t in tag_times(text, reference)}


def test_a_dotted_month_and_an_ordinal_day_with_no_space_between() -> None:
    found = _values(
        "Soldiers beat a farmer in Hpakant township on Jan.21st, villagers said.",
        datetime.date(2015, 1, 23),
    )
    assert found == {"Jan.21st": "2015-01-21"}


def test_a_dotted_month_and_a_plain_day_with_no_space_between() -> None:
    found = _values("Traders shut their shops in Mandalay on Feb.3.", datetime.date(2015, 2, 5))
    assert found == {"Feb.3": "2015-02-03"}


def test_an_undotted_month_word_glued_to_a_number_is_no_date() -> None:
    found = _values("The mar21 hashtag trended in Yangon.", datetime.date(2015, 3, 22))
    assert found == {}
