"""Issue #6: a dateline is a head of its own, never the date a story's first sentence opens
with ("On 5 May, ADF militants killed ..."), which gave the event this year's date while a
later "on 3 May" stayed yearless."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from sitrep.annotate.timex import find_dateline

TODAY = datetime.date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GOMA, Congo, May 4 (Reuters) - Rebels shelled the outskirts of the city overnight.",
            datetime.date(2023, 5, 4),
        ),
        (
            "MAIDUGURI, Nigeria (April 12, 2022) — Insurgents raided a camp for displaced people.",
            datetime.date(2022, 4, 12),
        ),
        (
            "March 3, 2023 — Police dispersed a rally of teachers outside parliament in Accra.",
            datetime.date(2023, 3, 3),
        ),
        (
            "Teachers rally in Accra over pay arrears\nMarch 3, 2023\nHundreds of teachers "
            "marched to parliament on Thursday.",
            datetime.date(2023, 3, 3),
        ),
        (
            "Updated: Friday, 14 April 2023 09:40 GMT\nSoldiers repelled an attack on a base.",
            datetime.date(2023, 4, 14),
        ),
        (
            "Quetta, Jan 9: Two labourers were shot dead by unidentified gunmen in Turbat.",
            datetime.date(2023, 1, 9),
        ),
    ],
)
def test_real_dateline_shapes_are_read(text: str, expected: datetime.date) -> None:
    assert find_dateline(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May, ADF militants killed seven civilians in Beni territory.",
        "On 5 May, gunmen killed two traders.",
        "On 17 March 2023 - a Friday - protesters blocked the highway near Mombasa.",
        "Gunmen Kill Four Miners In Zamfara On 2 May\nThe attack happened at dawn.",
        "Militias torched a village near Djugu on 12 May - local leaders said.",
        "Troops clashed with rebels near Bunia on Tuesday after a week of calm.",
    ],
)
def test_a_sentence_that_holds_a_date_is_no_dateline(text: str) -> None:
    assert find_dateline(text, today=TODAY) is None


def test_undated_story_opening_with_a_date_keeps_its_dates_alike(packaged_nlp: Any) -> None:
    from sitrep.pipeline import extract

    report = extract(
        "On 5 May, ADF militants killed seven civilians in Beni territory. ADF fighters also "
        "abducted ten farmers near Oicha on 3 May.",
        published=None,
        nlp=packaged_nlp,
    )
    values = sorted(str(e.date.value) for e in report.events if e.date.value)
    assert values == ["XXXX-05-03", "XXXX-05-05"]
