"""Names whose last word says what kind of thing they name: "Lakeshore Energy" (a firm),
"Orchestra Hall" (a building), "Master Agreement" (a document).

The model often gets the kind of such a name wrong where the last word settles it, so
several checks relabel a span by its last word. They share the conditions here: a name of
two words or more, capitalised, not linked to the knowledge base (a link already gives the
type), currently carrying one of the labels the check may change. Each check adds its own
condition (a place the gazetteer knows keeps its label, a document word must be
capitalised too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span


def relabel_by_last_word(
    spans: Iterable[Span],
    label: str,
    relabelled: frozenset[str],
    heads: frozenset[str],
    also: Callable[[Span], bool] = lambda span: True,
) -> list[Span]:
    """``spans`` with each unlinked, capitalised name of two words or more that is labelled
    one of ``relabelled`` and ends in one of ``heads`` (lower case) relabelled ``label``,
    where ``also`` holds for it too."""
    result = []
    for span in spans:
        if (
            span.label_ in relabelled
            and not span.kb_id_
            and len(span) > 1
            and span[0].text[:1].isupper()
            and span[-1].lower_ in heads
            and also(span)
        ):
            span = Span(span.doc, span.start, span.end, label=label)
        result.append(span)
    return result
