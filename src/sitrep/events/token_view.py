"""A document's words and tags as plain Python lists, read once per document.

The event stage asks for ``doc[i].lower_`` and ``doc[i].text`` millions of times on a few
hundred articles; each ask builds a spaCy ``Token`` object, which cost a third of the
stage's time. The words of a document do not change while events are read from it, so
the stage reads them here once, into lists indexed by token position like the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from sitrep.annotate.extensions import document_text


@dataclass(frozen=True)
class TokenView:
    """The lower-cased form, text, character offset, tag, kind (all letters, all space) and
    the tagger's lemma (empty without a lemmatizer) of each token of one document, and the
    document's text."""

    lower: list[str]
    text: list[str]
    idx: list[int]
    tag: list[str]
    alpha: list[bool]
    space: list[bool]
    doc_text: str
    lemma: list[str]

    def span_text(self, start: int, end: int) -> str:
        """What ``doc[start:end].text`` gives, without building the span's tokens."""
        end = min(end, len(self.text))
        if start >= end:
            return ""
        return self.doc_text[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]

    def span_lower(self, start: int, end: int) -> str:
        """What ``doc[start:end].text.lower()`` gives."""
        return self.span_text(start, end).lower()


#: the one document last viewed: the stage reads one document at a time, so one entry is
#: enough, and it keeps at most one finished document alive
_last: tuple[Doc, TokenView] | None = None


def token_view(doc: Doc) -> TokenView:
    """The view of this document, built on its first use and reused while it is current."""
    global _last
    last = _last  # read once: another thread may replace it meanwhile
    if last is not None and last[0] is doc and len(last[1].lower) == len(doc):
        return last[1]
    tokens = list(doc)
    view = TokenView(
        lower=[t.lower_ for t in tokens],
        text=[t.text for t in tokens],
        idx=[t.idx for t in tokens],
        tag=[t.tag_ for t in tokens],
        alpha=[t.is_alpha for t in tokens],
        space=[t.is_space for t in tokens],
        doc_text=document_text(doc),
        lemma=[t.lemma_ for t in tokens],
    )
    _last = (doc, view)
    return view
