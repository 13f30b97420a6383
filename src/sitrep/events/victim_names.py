"""Whether a name a tagger took for a person's is a place's: then it is no named victim.

Lower-case wire copy, truecased, misleads a tagger: "la paz", "junin department",
"huancayo" come out as PERSON. A victim reader that trusts the tag files the
towns an attack spread over as its victims. A name is a place's when the
geocoder placed it, when its last word says so ("department", "avenue"), when
it stands in a list of places after a locative ("attacks in morazan,
usulutan, la paz and cabanas") or right after one ("in vina del mar"), when a
place noun and "of" open it ("the city of la ceiba"), or when it modifies a
place or a thing attacked ("the 'santo tomas' presidential farm").

A pronoun that stands for a person is no victim by its form alone: "his" owns
something ("deleted searches from his computer"), and "he" after an active
trigger is the subject of another clause ("killed three people, he said").
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

#: Prepositions that open a list of places.
LOCATIVES = frozenset({"in", "at", "near", "from", "across", "throughout"})
#: Prepositions right before a name that make it a place ("at" and "from" do not: "fired at
#: Perez", "a letter from Perez").
PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "throughout"})
#: Words that may stand between such a preposition and the name: "in downtown vina del mar".
PLACE_QUALIFIERS = frozenset(
    {
        "downtown",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)
#: What may stand between a name and the noun it modifies: "'santo tomas' presidential farm".
MODIFIER_GAP_TAGS = frozenset({"JJ", "''", "``", "HYPH"})
#: Tokens that join the items of a list.
JOINERS = frozenset({",", "and", "the"})
#: How far back a list of places may begin.
MAX_LIST = 40
#: Pronouns that are a clause's subject: the patient of a passive trigger ("he was shot"),
#: never the object of an active one.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def not_the_patient(token: Token, patient_before: bool) -> bool:
    """Whether a person's pronoun cannot be what the trigger did harm to: a possessive ("his
    house was bombed": the house), or a subject pronoun after an active trigger ("attacked the
    convoy, he said")."""
    if token.tag_ == "PRP$" or token.lower_ in {"his", "hers", "their", "its"}:
        return True
    return not patient_before and token.lower_ in SUBJECT_PRONOUNS


def names_place(
    doc: Doc, mention: Span, place_of: Container[int], place_words: Container[str]
) -> bool:
    """Whether the PERSON-tagged ``mention`` names a place (see the module's docstring)."""
    if any(i in place_of for i in range(mention.start, mention.end)):
        return True
    if mention[-1].lower_ in place_words:
        return True
    return (
        _after_place_preposition(doc, mention)
        or _after_place_noun(doc, mention, place_words)
        or _modifies_a_place(doc, mention, place_words)
        or _in_list_of_places(doc, mention, place_of)
    )


def _after_place_preposition(doc: Doc, mention: Span) -> bool:
    """ "a bomb exploded in vina del mar": a name right after "in" or "near" is where, not
    whom; "in garcia's house" is a person's."""
    k = mention.start - 1
    if k > 0 and doc[k].lower_ in PLACE_QUALIFIERS:
        k -= 1
    if k < 0 or doc[k].lower_ not in PLACE_PREPOSITIONS:
        return False
    return not (mention.end < len(doc) and doc[mention.end].lower_ in {"'s", "’s", "'"})


def _first_of_a_list_of_places(doc: Doc, last: int) -> bool:
    """ "in vina del mar, talca and temuco": the list's first item, ending at token ``last``,
    is a name right after a place preposition (no gazetteer needed)."""
    start = last
    while start > 0 and doc[start - 1].tag_ in {"NNP", "NNPS"}:
        start -= 1
    if doc[last].tag_ not in {"NNP", "NNPS"}:
        return False
    return _after_place_preposition(doc, doc[start : last + 1])


def _after_place_noun(doc: Doc, mention: Span, place_words: Container[str]) -> bool:
    """ "the city of la ceiba", "the department of junin"."""
    k = mention.start
    return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in place_words


def _modifies_a_place(doc: Doc, mention: Span, place_words: Container[str]) -> bool:
    """ "the 'santo tomas' presidential farm", "the avianca plane": a name before the noun
    of a place or a thing attacked names that thing, not a person."""
    k = mention.end
    while k < len(doc) and doc[k].tag_ in MODIFIER_GAP_TAGS:
        k += 1
    if k >= len(doc) or doc[k].tag_ not in {"NN", "NNS"}:
        return False
    word = doc[k].lower_
    return word in place_words or _noun_class(word) == "target"


@lru_cache(maxsize=4096)
def _noun_class(word: str) -> str | None:
    from sitrep.events.participant_lexicon import load_participant_lexicon

    return load_participant_lexicon().class_of([word])


def _in_list_of_places(doc: Doc, mention: Span, place_of: Container[int]) -> bool:
    """ "in morazan, usulutan, la paz": the item before is a place, the list opens with a
    locative, and no verb follows the name ("in Medellin, Luis Perez said" is a person)
    unless "and" closes the list ("in talca and temuco were bombed")."""
    start = mention.start
    if start < 2 or doc[start - 1].lower_ not in JOINERS:
        return False
    closes_list = doc[start - 1].lower_ == "and" or doc[start - 2].lower_ == "and"
    if mention.end < len(doc) and doc[mention.end].tag_.startswith("VB") and not closes_list:
        return False
    k = start - 1
    while k > 0 and doc[k].lower_ in JOINERS:
        k -= 1
    if k not in place_of and not _first_of_a_list_of_places(doc, k):
        return False
    for i in range(k, max(-1, start - MAX_LIST), -1):
        token = doc[i]
        if token.lower_ in LOCATIVES:
            return True
        if not (i in place_of or token.lower_ in JOINERS or token.tag_ in {"NNP", "NNPS"}):
            return False
    return False
