"""A given name makes a person: "Debra Perlingiere", "Thanks Traci".

The NER, trained on news, knows the surnames of politicians and athletes but not the
names of the people who write and sign web text and e-mail: it reads "Perlingiere" in
"Debra Perlingiere" as a place and leaves "Debra" out, and takes "Traci" for a firm. A
given name is evidence a careful coder uses: before a capitalised word it opens a
person's name, and alone it names a person, not a place or an organisation. The names
are reviewed data (``given_names.yaml``, built from the person names of the training
data by ``training/given_names/build_list.py``); the gazetteer and the knowledge base
still win ("Georgia", "Florence" the places keep their type).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("given_names.yaml")
#: the most words a signature line may have to be read as a name
MAX_SIGNATURE_WORDS = 3
SIGN_OFF_PUNCTUATION = frozenset({",", "!", "!!", ".", "-"})
#: longest name (in words) a given name opening it makes a person
MAX_NAME_WORDS = 3
#: labels a given name overrides; NORP ("Christian" voters) and DESC are left alone
NOT_PERSON = frozenset({"ORG", "GPE", "LOC", "FAC", "MISC"})


@lru_cache(maxsize=4)
def load_given_names(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The reviewed given names, lower-cased; errors name the file and the key to fix."""
    return read_word_lists(path, ("given_names",), "given-name list")["given_names"]


def is_given_name(token: Token, names: frozenset[str] | None = None) -> bool:
    """A capitalised word ("Debra", not "debra" or "DEBRA") in the given-name list."""
    names = load_given_names() if names is None else names
    return token.is_title and token.is_alpha and token.lower_ in names


def people_named_by_given_names(
    spans: list[Span],
    is_known_place: Callable[[str], bool],
    names: frozenset[str] | None = None,
) -> list[Span]:
    """The spans, with people the given names show made ``PERSON``.

    - a capitalised name right after a given name the model left out becomes one person
      with it: "Debra [Perlingiere]" (read as a place) is "[Debra Perlingiere]";
    - a given name alone, or opening a name of capitalised words, that the model read as
      a place, firm or thing is a person ("Thanks [Traci]", "[Marlene Hilliard]"),
      unless the gazetteer knows the name as a place.

    Spans linked to the knowledge base keep their reading. The first words of the
    document's own signatures and mail headers (see ``signature_names``) count as given
    names too: an e-mail signed "Debra Perlingiere" shows "Debra" is one.
    """
    names = (load_given_names() if names is None else names) | _given_names_in(spans)
    taken = {i for span in spans for i in range(span.start, span.end)}
    result: list[Span] = []
    for span in spans:
        if span.kb_id_:
            result.append(span)
            continue
        opener = _given_name_before(span, taken, names)
        if opener is not None and _surname_like(span, is_known_place):
            result.append(Span(span.doc, opener.i, span.end, label="PERSON"))
        elif (
            span.label_ in NOT_PERSON
            and len(span) <= MAX_NAME_WORDS
            and is_given_name(span[0], names)
            and all(t.is_title for t in span)
            and not _ends_in_everyday_word(span)
            and not is_known_place(span.text)
        ):
            result.append(Span(span.doc, span.start, span.end, label="PERSON"))
        else:
            result.append(span)
    return result


def _ends_in_everyday_word(span: Span) -> bool:
    """ "Ellis Park", "Lilac Falls Motel", "Wendy Foundation": a name ending in a word the
    casing table writes in lower case is a place or an organisation; surnames are written
    with a capital ("Baker", "Taylor")."""
    from sitrep.annotate.everyday_words import usually_lower_case

    return len(span) > 1 and usually_lower_case(span[-1].text)


def _given_name_before(span: Span, taken: set[int], names: frozenset[str]) -> Token | None:
    """The given name right before the span, on the same line and in no other span."""
    if span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if before.i in taken or not before.whitespace_ or "\n" in before.whitespace_:
        return None
    return before if is_given_name(before, names) else None


def _surname_like(span: Span, is_known_place: Callable[[str], bool]) -> bool:
    """Words that can end a person's name: capitalised; a person's name of up to two words,
    or one word the model read otherwise that is no known place ("Mary [Washington]" may
    be a college; "John [Lewis Partnership]" is a firm)."""
    if not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    if span.label_ == "PERSON":
        return len(span) <= 2
    return span.label_ in NOT_PERSON and len(span) == 1 and not is_known_place(span.text)


def _given_names_in(spans: list[Span]) -> frozenset[str]:
    """First words of the people's names of two words or more that fill a line (a
    signature, a byline) or open a mail header ("Traci Warner@ENRON on ..."): there the
    first word is a given name; in running text the model's "people" are too often
    groups, firms or products ("Islamic Jihad has...", "Mozilla Firefox")."""
    return frozenset(
        s[0].lower_
        for s in spans
        if s.label_ == "PERSON"
        and not s.kb_id_
        and len(s) >= 2
        and s[0].is_title
        and s[0].is_alpha
        and _opens_line(s)
        and (_closes_line(s) or "@" in s[-1].text)
    )


def _opens_line(span: Span) -> bool:
    doc = span.doc
    return (
        span.start == 0 or "\n" in doc[span.start - 1].whitespace_ or doc[span.start - 1].is_space
    )


def _closes_line(span: Span) -> bool:
    doc = span.doc
    return span.end == len(doc) or "\n" in span[-1].whitespace_ or doc[span.end].is_space


def signature_names(
    doc: Doc, spans: list[Span], sign_offs: frozenset[str] | None = None
) -> list[Span]:
    """The spans, with the name signing a letter made a person: a line right after a
    sign-off line ("Regards,", "Best regards,", "Thanks!") that holds only one to
    ``MAX_SIGNATURE_WORDS`` capitalised words ("Debra Perlingiere") replaces whatever the
    model read there."""
    if sign_offs is None:
        from sitrep.annotate.name_checks import load_not_names

        sign_offs = load_not_names().sign_offs
    lines = _lines(doc)
    found = [
        Span(doc, name[0].i, name[-1].i + 1, label="PERSON")
        for before, name in pairwise(lines)
        if _is_sign_off(before, sign_offs) and _is_signature(name)
    ]
    if not found:
        return spans
    covered = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not any(i in covered for i in range(s.start, s.end))]
    return sorted(kept + found, key=lambda s: s.start)


def _lines(doc: Doc) -> list[list[Token]]:
    """The document's lines as lists of tokens, white space left out."""
    lines: list[list[Token]] = [[]]
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                lines.append([])
            continue
        lines[-1].append(token)
        if "\n" in token.whitespace_:
            lines.append([])
    return [line for line in lines if line]


def _is_sign_off(line: list[Token], sign_offs: frozenset[str]) -> bool:
    """ "Regards,", "Best regards", "Thanks !!": a sign-off and closing punctuation only."""
    words = [t for t in line if not t.is_punct]
    if not words or any(t.text not in SIGN_OFF_PUNCTUATION for t in line if t.is_punct):
        return False
    return " ".join(t.lower_ for t in words) in sign_offs


def _is_signature(line: list[Token]) -> bool:
    """One to ``MAX_SIGNATURE_WORDS`` words, each capitalised ("Debra Perlingiere", "Jeffrey
    T. Hodge"), none a common word in capitals ("PLEASE NOTE")."""
    return 0 < len(line) <= MAX_SIGNATURE_WORDS and all(
        t.is_title and (t.is_alpha or (len(t.text) == 2 and t.text.endswith("."))) for t in line
    )
