"""Whether a name a tagger took for a person's is a place's: then it is no named victim.

Lower-case wire copy, truecased, misleads a tagger: "la paz", "junin department",
"huancayo" come out as PERSON. A victim reader that trusts the tag files the
towns an attack spread over as its victims. A name is a place's when the
geocoder placed it, when its last word says so ("department", "avenue"), when
it stands in a list of places after a locative ("attacks in morazan,
usulutan, la paz and cabanas") or right after one ("in vina del mar"), when a
place noun and "of" open it ("the city of la ceiba"), or when it modifies a
place or a thing attacked ("the 'santo tomas' presidential farm").

A list of victims may run on past a semicolon, which ends a clause elsewhere: "killing Maria
Pulido, 42; Pilar Pulido, 19; and Efrain Rincon", "Torrado's son, William; the secretary,
Gustavo Jacome; and Jairo Ortega were also killed". Its items are names with what describes
them and no verb of their own.

A pronoun that stands for a person is no victim by its form alone: "his" owns
something ("deleted searches from his computer"), and "he" after an active
trigger is the subject of another clause ("killed three people, he said").
"""

from __future__ import annotations

from collections.abc import Container, Mapping
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
#: Classes of a noun (participants.yaml) that a name before it names, not a person's: "the
#: 'santo tomas' farm" (a target), "the Juan Ramon Belloso battalion" (a force), "the Ramon
#: Amaya commando" (attackers).
NAMED_THING_CLASSES = frozenset({"target", "force", "perpetrator"})
#: Tokens that join the items of a list.
JOINERS = frozenset({",", "and", "the"})
#: How far back a list of places may begin.
MAX_LIST = 40
#: Pronouns that are a clause's subject: the patient of a passive trigger ("he was shot"),
#: never the object of an active one.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: Tags of a finite verb or modal: a list item has none ("Pilar Pulido, 19"; not "police said").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Words that open a relative clause, which ends a list item ("and a guard who died later").
RELATIVES = frozenset({"who", "whom", "whose", "which", "where"})
#: How far into a list item its name may begin ("and bodyguard Jairo Ortega").
ITEM_NAME_REACH = 5


def not_the_patient(token: Token, patient_before: bool) -> bool:
    """Whether a person's pronoun cannot be what the trigger did harm to: a possessive ("his
    house was bombed": the house), or a subject pronoun after an active trigger ("attacked the
    convoy, he said")."""
    if token.tag_ == "PRP$" or token.lower_ in {"his", "hers", "their", "its"}:
        return True
    return not patient_before and token.lower_ in SUBJECT_PRONOUNS


def names_listed_beyond(
    doc: Doc,
    owner: Mapping[int, object],
    sentence: Span,
    region: tuple[int, int],
    patient_before: bool,
) -> list[int]:
    """The tokens of the list items that semicolons add to a patient ``region`` holding a
    person's name: after it for an active trigger, before it for a passive one (see the
    module's docstring)."""
    if not any(_is_person(owner, i) for i in range(*region)):
        return []
    if any(doc[i].text == ":" for i in range(*region)):
        return []  # "… on kidnapping and extortion: Soto, Juan; Ruiz, Ana": a noun's list
    found: list[int] = []
    if patient_before:
        k = region[0]
        while k - 1 > sentence.start and doc[k - 1].text == ";":
            start = k - 1
            while start > sentence.start and doc[start - 1].text not in {";", ":"}:
                start -= 1
            if _has_finite_verb(doc, start, k - 1):
                break
            if _names_first(owner, start, k - 1):
                found.extend(_not_owners(doc, owner, start, k - 1))
            k = start
        return found
    k = region[1]
    while k < sentence.end and doc[k].text == ";":
        end = k + 1
        while end < sentence.end and doc[end].text != ";":
            end += 1
        # "…; and a police officer who died later": the item ends where a clause begins
        stop = next((j for j in range(k + 1, end) if doc[j].lower_ in RELATIVES), end)
        if _has_finite_verb(doc, k + 1, stop):
            break  # "…; Mayor Ana Ruiz said …": a new clause, whose subject suffered nothing
        if _names_first(owner, k + 1, stop):
            found.extend(_not_owners(doc, owner, k + 1, stop))
        if stop < end:
            break
        k = end
    return found


def _is_person(owner: Mapping[int, object], i: int) -> bool:
    return getattr(owner.get(i), "type", "") == "PERSON"


def _not_owners(doc: Doc, owner: Mapping[int, object], start: int, end: int) -> list[int]:
    """Tokens [start, end) less the names of an owner: in "Torrado's son, William" the son is
    listed, not Torrado."""
    kept = list(range(start, end))
    for j in range(start, end):
        if j + 1 < len(doc) and doc[j + 1].tag_ == "POS" and owner.get(j) is not None:
            cluster = owner.get(j)
            kept = [k for k in kept if owner.get(k) is not cluster]
    return kept


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a clause of their own ("police said …"), not a list item."""
    return any(doc[j].tag_ in FINITE_TAGS for j in range(start, end))


def _names_first(owner: Mapping[int, object], start: int, end: int) -> bool:
    """Whether a list item names a person near its start ("and bodyguard Jairo Ortega", "a
    minor known as Carlos"); an item that names no one ("the departmental secretary") adds
    nothing, though the list runs on past it."""
    return any(_is_person(owner, j) for j in range(start, min(end, start + ITEM_NAME_REACH)))


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
    """ "the 'santo tomas' presidential farm", "the avianca plane", "the Juan Ramon Belloso
    battalion": a name before the noun of a place, a thing attacked or an armed body names
    that, not a person."""
    k = mention.end
    while k < len(doc) and doc[k].tag_ in MODIFIER_GAP_TAGS:
        k += 1
    if k >= len(doc) or doc[k].tag_ not in {"NN", "NNS"}:
        return False
    word = doc[k].lower_
    return word in place_words or _noun_class(word) in NAMED_THING_CLASSES


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
