"""Short day names in e-mail headers and schedules are dates, not names
(``sitrep.annotate.day_names``). Sentences are our own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from sitrep.annotate.day_names import is_short_day_name, load_day_abbreviations


def _word(nlp: Language, text: str, word: str) -> Span:
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    return doc[i : i + 1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sent: Fri, 12 May 2023 09:14", "Fri"),
        ("The match can be played on Fri, Sat, or Sun next week.", "Sat"),
        ("The clinic is open Mon - Thu from nine.", "Thu"),
    ],
)
def test_a_short_day_beside_a_date_or_a_day_is_no_name(nlp: Language, text: str, word: str) -> None:
    assert is_short_day_name(_word(nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Sun reported the arrests on its front page.", "Sun"),
        ("Sun Microsystems said it would cut jobs in Menlo Park.", "Sun"),
    ],
)
def test_a_short_day_alone_is_left_to_the_model(nlp: Language, text: str, word: str) -> None:
    assert not is_short_day_name(_word(nlp, text, word))


def test_the_shipped_list_holds_the_days() -> None:
    assert {"mon", "fri", "sun"} <= load_day_abbreviations()
