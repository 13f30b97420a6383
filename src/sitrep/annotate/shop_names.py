"""A person's name in the possessive, standing alone, is a shop or restaurant: "Wendy's".

"We are going to Del Frisco's for dinner", "I was thinking Kenneally's at around 5":
the possessive owns nothing that follows, so it names the business (a restaurant, a
store, a bar) called after its founder. The NER reads the founder and the possessive
is cut off; the possessive with nothing owned after it makes the whole a place the
text goes to (``FAC``). "Alan's mechanic" keeps the person: the mechanic is his.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

POSSESSIVES = frozenset({"'s", "’s"})
#: parts of speech that cannot be the thing a possessive owns
NOT_OWNED_POS = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "PART"})
#: punctuation that closes the phrase ("Wendy's, Arby's?"); not brackets or quotes, which
#: may open what is owned ("Puig's \"greatest gift\"") or close an aside ("(Arafat's) call")
CLOSING_PUNCTUATION = frozenset({",", ".", "!", "?", ";", ":", "...", "!!", "?!"})


def shops_named_in_possessive(spans: list[Span]) -> list[Span]:
    """The spans, with "<Person>'s" followed by no owned thing made a ``FAC`` span that
    includes the possessive, unless the document also writes the name as a person's
    ("Arafat's call" makes "(Arafat's)" the man)."""
    shops = {
        span.start
        for span in spans
        if span.label_ == "PERSON"
        and not span.kb_id_
        and (possessive := _possessive_after(span)) is not None
        and _owns_nothing(possessive)
    }
    people = {
        s.text
        for s in spans
        if s.label_ == "PERSON" and s.start not in shops and not _branch_of_shop(s)
    }
    result: list[Span] = []
    for span in spans:
        if span.start in shops and span.text not in people:
            span = Span(span.doc, span.start, span.end + 1, label="FAC")  # the possessive too
        result.append(span)
    return result


def _branch_of_shop(span: Span) -> bool:
    """ "Del Frisco's Philadelphia": a possessive before a capitalised word names a branch
    (or a product), which says nothing about a person."""
    possessive = _possessive_after(span)
    nxt = possessive.i + 1 if possessive is not None else len(span.doc)
    return nxt < len(span.doc) and span.doc[nxt].text[:1].isupper()


def _possessive_after(span: Span) -> Token | None:
    """The "'s" glued to the name, or the lone "s" web text writes for it ("Wendy s")."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    token = doc[span.end]
    glued = not doc[span.end - 1].whitespace_
    if token.text in POSSESSIVES and glued:
        return token
    if token.text == "s" and not glued:
        return token
    return None


def _owns_nothing(possessive: Token) -> bool:
    """Nothing owned follows: the end of the text or line, punctuation, or a word that is
    no noun ("at", "is", "for", "and")."""
    doc = possessive.doc
    nxt = possessive.i + 1
    if nxt >= len(doc) or "\n" in possessive.whitespace_ or doc[nxt].is_space:
        return True
    following = doc[nxt]
    if following.is_punct:
        return following.text in CLOSING_PUNCTUATION
    return following.pos_ in NOT_OWNED_POS and not following.text[:1].isupper()
