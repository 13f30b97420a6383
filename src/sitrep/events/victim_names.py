"""Whether a name a tagger took for a person's is a place's: then it is no named victim.

Lower-case wire copy, truecased, misleads a tagger: "la paz", "junin department",
"huancayo" come out as PERSON. A victim reader that trusts the tag files the
towns an attack spread over as its victims. A name is a place's when the
geocoder placed it, when its last word says so ("department", "avenue"), or
when it stands in a list of places after a locative ("attacks in morazan,
usulutan, la paz and cabanas").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span

#: Prepositions that open a list of places.
LOCATIVES = frozenset({"in", "at", "near", "from", "across", "throughout"})
#: Tokens that join the items of a list.
JOINERS = frozenset({",", "and", "the"})
#: How far back a list of places may begin.
MAX_LIST = 40


def names_place(
    doc: Doc, mention: Span, place_of: Container[int], place_words: Container[str]
) -> bool:
    """Whether the PERSON-tagged ``mention`` names a place (see the module's docstring)."""
    if any(i in place_of for i in range(mention.start, mention.end)):
        return True
    if mention[-1].lower_ in place_words:
        return True
    return _in_list_of_places(doc, mention, place_of)


def _in_list_of_places(doc: Doc, mention: Span, place_of: Container[int]) -> bool:
    """ "in morazan, usulutan, la paz": the item before is a place, the list opens with a
    locative, and no verb follows the name ("in Medellin, Luis Perez said" is a person)."""
    start = mention.start
    if start < 2 or doc[start - 1].lower_ not in JOINERS:
        return False
    if mention.end < len(doc) and doc[mention.end].tag_.startswith("VB"):
        return False
    k = start - 1
    while k > 0 and doc[k].lower_ in JOINERS:
        k -= 1
    if k not in place_of:
        return False
    for i in range(k, max(-1, start - MAX_LIST), -1):
        token = doc[i]
        if token.lower_ in LOCATIVES:
            return True
        if not (i in place_of or token.lower_ in JOINERS or token.tag_ in {"NNP", "NNPS"}):
            return False
    return False
