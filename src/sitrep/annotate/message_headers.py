"""Names in the headers and footers of e-mail and blog posts, where the layout says who.

Mail and blogs print their senders in fixed forms that the NER, trained on running news
text, reads piece by piece:

- ``"Townsend, George" <gtownsend@...>``: a quoted "Surname, Given name" opening a line
  is one person, not two;
- ``Traci Warner@ENRON``: a name joined to an upper-case mail domain without a dot (an
  in-house address book entry) is the person, address part included;
- ``Posted by Hidden Nook to Hidden Nook at 3/9/2005``: a blog's footer names the blog
  after "to"; a poster called like the blog is the blog's pen name, no person or place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

#: "Warner@ENRON", "Bryngelson@AZURIX": a capitalised word, "@", a domain in capitals
ADDRESS_BOOK_ENTRY = re.compile(r"[A-Z][\w'’-]*@[A-Z][A-Z0-9]+")
#: most words of a person's name before an address-book entry
MAX_GIVEN_WORDS = 2


def header_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with the names mail and blog layouts show put right."""
    found = [*_quoted_surname_first(doc), *_address_book_entries(doc)]
    if found:
        covered = {i for s in found for i in range(s.start, s.end)}
        spans = [s for s in spans if not any(i in covered for i in range(s.start, s.end))]
        spans = sorted(spans + found, key=lambda s: s.start)
    return _without_blog_pen_names(spans)


def _line_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def _quoted_surname_first(doc: Doc) -> list[Span]:
    """'"Townsend, George"' opening a line: tokens quote, Surname, comma, Given, quote."""
    found = []
    for token in doc:
        if token.text != '"' or not _line_start(doc, token.i):
            continue
        window = doc[token.i + 1 : token.i + 5]
        if len(window) < 4:
            continue
        surname, comma, given, close = window
        if (
            comma.text == ","
            and close.text == '"'
            and all(t.is_title and t.is_alpha for t in (surname, given))
        ):
            found.append(Span(doc, token.i + 1, token.i + 4, label="PERSON"))
    return found


def _address_book_entries(doc: Doc) -> list[Span]:
    """ "Traci Warner@ENRON" opening a line: the name and the entry are one person."""
    found = []
    for token in doc:
        if not ADDRESS_BOOK_ENTRY.fullmatch(token.text):
            continue
        start = _name_start(doc, token)
        if start is not None:
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


def _name_start(doc: Doc, entry: Token) -> int | None:
    """Where the given names before an address-book entry start (the line's start)."""
    for size in range(1, MAX_GIVEN_WORDS + 1):
        start = entry.i - size
        if start < 0:
            return None
        word = doc[start]
        if not (word.is_title and (word.is_alpha or re.fullmatch(r"[A-Z]\.", word.text))):
            return None
        if _line_start(doc, start):
            return start
    return None


def _without_blog_pen_names(spans: list[Span]) -> list[Span]:
    """Drop the blog's name in "Posted by X to <blog> at ...", and X when X is the blog's
    own name."""
    dropped: set[int] = set()
    by_start = {s.start: s for s in spans}
    for span in spans:
        doc = span.doc
        if span.start < 2 or doc[span.start - 2 : span.start].text.lower() != "posted by":
            continue
        to = span.end
        if to + 1 >= len(doc) or doc[to].lower_ != "to" or to + 1 not in by_start:
            continue
        blog = by_start[to + 1]
        if blog.end < len(doc) and doc[blog.end].lower_ == "at":
            dropped.add(blog.start)
            if blog.text == span.text:
                dropped.add(span.start)
    return [s for s in spans if s.start not in dropped]
