"""Documents with the entity labels a statistical NER often gives local place names.

Toponym rules are tested on these rather than on one model's mistakes: a town
tagged PERSON or MISC, or not tagged at all, is written into the document here.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc, Span

from sitrep.resolve.entities import EntityCluster
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.toponyms import find_toponyms

Labelled = Sequence[tuple[str, str]]


def labelled_doc(
    nlp: spacy.language.Language, text: str, ents: Labelled, people: Sequence[str] = ()
) -> Doc:
    """A document with the given (text, label) entities, each found after the previous one;
    ``people`` are the names that form person clusters (so their surnames stay people)."""
    doc = nlp(text)
    spans: list[Span] = []
    pos = 0
    for name, label in ents:
        start = text.index(name, pos)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None, name
        spans.append(span)
        pos = start + len(name)
    doc.ents = spans
    doc._.entities = [
        EntityCluster(id=f"e{i}", type="PERSON", mentions=[s for s in spans if s.text in name])
        for i, name in enumerate(people)
    ]
    return doc


def toponym_names(doc: Doc, gazetteer: Gazetteer) -> list[str]:
    """The texts of the toponyms found in the document, in order."""
    return [span.text for span in find_toponyms(doc, gazetteer)]
