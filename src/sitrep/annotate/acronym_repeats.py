"""An acronym of an organisation the document names in full is that organisation.

Reports name a body once in full ("the Coalition Provisional Authority") and then by
its initials ("the CPA"), which the NER, seeing a short word in capitals it never met,
often leaves out or reads as a place. When the initials of the capitalised words of an
organisation's name in the same document spell the word (linking words such as "of"
left out: "Housing Authority of New Orleans", "HANO"), the word is that organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: linking words an acronym leaves out ("Bank of England", "BoE" aside)
LINKING_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "des"})
#: an acronym this short is too often something else ("AP", "US"); this long is rare
MIN_LETTERS, MAX_LETTERS = 3, 8
#: labels an acronym of an organisation replaces (a knowledge-base link keeps its own)
RELABELLED = frozenset({"GPE", "LOC", "FAC", "PERSON", "MISC"})


def acronyms_of_named_organisations(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with the words in capitals that spell the initials of an organisation
    named in the document made (or added as) ``ORG`` mentions."""
    acronyms = {a for a in (_initials(s) for s in spans if s.label_ == "ORG") if a}
    if not acronyms:
        return spans
    covered = {i for s in spans for i in range(s.start, s.end)}
    result: list[Span] = []
    for span in spans:
        if (
            len(span) == 1
            and span.label_ in RELABELLED
            and not span.kb_id_
            and span.text in acronyms
        ):
            span = Span(doc, span.start, span.end, label="ORG")
        result.append(span)
    for token in doc:
        if (
            token.i not in covered
            and _acronym_shape(token.text)
            and token.text in acronyms
            and not _inside_longer_name(token, covered)
        ):
            result.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return sorted(result, key=lambda s: s.start)


def _initials(span: Span) -> str | None:
    """ "Coalition Provisional Authority" -> "CPA": the first letters of the capitalised
    words, linking words left out; None for a name of one word or with other words."""
    words = [t for t in span if t.lower_ not in LINKING_WORDS and not t.is_punct]
    if len(words) < MIN_LETTERS or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    return "".join(t.text[0] for t in words)


def _inside_longer_name(token: Token, covered: set[int]) -> bool:
    """ "IAAF Grand Prix": a capitalised word or a name right after the acronym makes it
    part of a longer name, which is not the organisation itself."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and (after.i in covered or after.text[:1].isupper())


def _acronym_shape(word: str) -> bool:
    return word.isalpha() and word.isupper() and MIN_LETTERS <= len(word) <= MAX_LETTERS
