"""A document's ambiguous numeric dates take the order its settled ones show."""

import datetime

import pytest

from sitrep.annotate.timex import tag_times


def _values(text: str, reference: datetime.date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag_times(text, reference)}


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        pytest.param(
            "01/09/2016: Gunmen abducted two engineers from a road project near Kismayo. "
            "The engineers were freed on 03/14/2016 after elders intervened.",
            None,
            {"01/09/2016": "2016-01-09", "03/14/2016": "2016-03-14"},
            id="month_first_summary_without_publication_date",
        ),
        # alone, 05/01/2016 would read 5 January (a day past); the document writes month first
        pytest.param(
            "Police said the convoy was ambushed on 05/01/2016. "
            "Two of the wounded guards had been hired on 04/25/2016.",
            datetime.date(2016, 1, 6),
            {"05/01/2016": "2016-05-01"},
            id="month_first_order_overrides_nearness_to_publication",
        ),
        pytest.param(
            "05/01/2016: Protesters blocked the highway outside Biratnagar. "
            "The blockade had begun on 28/12/2015.",
            None,
            {"05/01/2016": "2016-01-05"},
            id="day_first_summary_keeps_day_first",
        ),
        pytest.param(
            "Pickets set fire to a truck in Bogra on Monday (19/01). "
            "A second truck was torched on 02/01/2015, police said.",
            datetime.date(2015, 2, 2),
            {"02/01/2015": "2015-01-02"},
            id="day_first_settled_by_a_yearless_bracket",
        ),
        # "10/15 attackers" is a count, so 03/04/2016 keeps its reading nearest publication
        pytest.param(
            "Some 10/15 attackers stormed the post on 03/04/2016, residents said.",
            datetime.date(2016, 4, 4),
            {"03/04/2016": "2016-04-03"},
            id="rough_counts_settle_nothing",
        ),
        pytest.param(
            "The curfew imposed on 17/01/2015 was lifted on 01/25/2015. Clashes resumed on "
            "02/03/2015.",
            None,
            {"02/03/2015": "2015-03-02"},
            id="mixed_orders_settle_nothing",
        ),
    ],
)
def test_numeric_dates_read_in_the_documents_order(
    text: str, reference: datetime.date | None, expected: dict[str, str]
) -> None:
    found = _values(text, reference)
    assert {written: found[written] for written in expected} == expected
