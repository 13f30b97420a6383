"""The per-document token view must say exactly what spaCy's tokens and spans say."""

from __future__ import annotations

import spacy

from sitrep.events.token_view import token_view


def _doc(text: str) -> spacy.tokens.Doc:
    return spacy.blank("en")(text)


def test_words_match_the_tokens() -> None:
    doc = _doc("Gunmen  killed TWO police officers near Quetta on Friday, officials said.")
    view = token_view(doc)
    assert view.lower == [t.lower_ for t in doc]
    assert view.text == [t.text for t in doc]
    assert view.alpha == [t.is_alpha for t in doc]
    assert view.space == [t.is_space for t in doc]


def test_span_text_matches_spacy_spans() -> None:
    doc = _doc("Police said the  Army Brigade attacked a rebel-held village in the north.")
    view = token_view(doc)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 3):
            assert view.span_text(start, end) == doc[start:end].text
            assert view.span_lower(start, end) == doc[start:end].text.lower()


def test_view_is_read_once_per_document() -> None:
    first = _doc("Protesters gathered outside parliament.")
    second = _doc("Troops shelled the town overnight.")
    assert token_view(first) is token_view(first)
    assert token_view(second).lower[0] == "troops"
    assert token_view(first).lower[0] == "protesters"
