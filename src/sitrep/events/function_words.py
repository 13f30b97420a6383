"""Closed-class words the trigger readers test neighbouring tokens against.

Determiners, auxiliaries and linking words tell a noun from a verb, a definite mention
from a generic one and where a run of modifiers ends; several readers ask the same sets.
"""

from __future__ import annotations

DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
}


AUXILIARIES = {
    "was",
    "were",
    "been",
    "be",
    "is",
    "are",
    "being",
    "has",
    "have",
    "had",
    "got",
    "get",
    "gets",
    "will",
    "would",
    "to",
    "did",
    "do",
    "does",
}


DEFINITE = {"the", "this", "these", "those", "its", "their", "his", "her", "our"}

#: Prepositions that put a harm in a fight ("hurt in clashes", "injured during the fighting",
#: "gunned down amid the clash"): the harm is that fight's toll.
FIGHT_PREPOSITIONS = frozenset({"in", "during", "amid", "amidst"})

#: Forms of "be" and "have" that stand between a subject and its verb ("the ELN has
#: claimed", "two men were arrested"): the readers skip them to find where a phrase ends.
#: Forms of "have" alone: a perfect's auxiliary ("who had kidnapped", "has claimed").
HAVE_FORMS = frozenset({"has", "have", "had"})

BE_HAVE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be", "had", "has", "have"})


#: prepositions and linking words: a run of modifiers before a noun ends at them
LINKING_WORDS = frozenset(
    {
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "to",
        "from",
        "that",
        "which",
        "and",
        "or",
        "as",
        "against",
        "during",
    }
)


STOP_WORDS = LINKING_WORDS | {"after", "before"}


#: the preposition of a verb's aim ("shot at the boy", "fired at protesters"): a word tagged
#: as a noun right before it, after a noun, is the clause's verb, not a compound's head
AIM_PREPOSITIONS = {"at"}
