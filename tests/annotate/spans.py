"""Make the model's spans by hand, as the NER would have labelled them."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def span_of(doc: Doc, words: str, label: str, kb_id: str = "", nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``words`` (whitespace-separated tokens) in ``doc``, labelled."""
    first = words.split()[0]
    start = [t.i for t in doc if t.text == first][nth]
    return Span(doc, start, start + len(words.split()), label=label, kb_id=kb_id)
