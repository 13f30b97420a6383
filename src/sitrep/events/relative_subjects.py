"""The doer a relative clause describes: "the men who kidnapped the businessman", "four men
who were travelling in a car set fire to ...".

News often names unnamed attackers by what else they did or how they looked, in a "who"
clause around the attack's verb. Without a parser, the tagged words show two shapes:

- the attack verb opens the relative clause ("the people who (had) kidnapped him"): the
  phrase before "who" did it;
- the attack verb follows a relative clause that sets off its subject ("four men who were
  travelling in a blue car set fire to ...", "four armed men, who posed as agents,
  kidnapped ..."): the phrase before "who" is the verb's subject, when the clause holds
  one verb group of its own (with two, as in "residents who fled said soldiers killed",
  the attack verb belongs to a reported clause with its own subject).

Only "who": "that" and "which" also follow weapons and things ("the bomb that killed").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from sitrep.events.function_words import HAVE_FORMS
from sitrep.knowledge.word_lists import read_word_lists

#: The verbs of a noun trigger's verb phrase that make their subject its doer.
KNOWLEDGE = Path(__file__).with_name("relative_subjects.yaml")

#: Tags of a verb that acts in the active voice and is finite ("kidnapped", "attacks").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Words that may stand between "who" and an attack verb it opens ("who (had) kidnapped").
#: Verb tags that count as a verb group of the relative clause.
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of the word after an attack verb that opens its object ("kidnapped the", "shot him").
OBJECT_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS"})
#: Words that open another clause between "who" and a later attack verb, which then has a
#: subject of its own ("... who were taken hostage when the killers attacked the hotel").
CLAUSE_WORDS = frozenset(
    {
        "that",
        "which",
        "when",
        "after",
        "before",
        "while",
        "as",
        "because",
        "since",
        "until",
        "where",
        "and",
        "but",
        "or",
        "if",
        "though",
        "although",
        "said",
        "says",
    }
)
#: Tags of the words between a light verb and its noun ("placed a powerful bomb").
NOUN_MODIFIER_TAGS = frozenset({"DT", "JJ", "PRP$", "CD", "NN"})
#: At most this many words in a relative clause before the attack verb.
MAX_CLAUSE = 14


def relative_subject_end(doc: Doc, trigger: int, lo: int) -> int | None:
    """Where the phrase before "who" ends (the index of "who", or of the comma before it)
    when that phrase is the doer of the active attack verb at ``trigger``; None otherwise."""
    trigger = _light_verb(doc, trigger, lo)
    verb = doc[trigger]
    k = trigger - 1
    while k > lo and (doc[k].tag_ == "RB" or doc[k].lower_ in HAVE_FORMS):
        k -= 1
    perfect = any(doc[j].lower_ in HAVE_FORMS for j in range(k + 1, trigger))
    if verb.tag_ not in FINITE_TAGS and not (perfect and verb.tag_ == "VBN"):
        return None  # "the men who were killed": the relative clause's subject underwent it
    after = doc[trigger + 1] if trigger + 1 < len(doc) else None
    if after is None or after.tag_ not in OBJECT_TAGS:
        return None  # "the hero who died in the battle": no one acted on, no doer
    if doc[k].lower_ == "who":
        return _antecedent_end(doc, k, lo)
    if verb.tag_ not in FINITE_TAGS:
        return None
    # the attack verb after a "who" clause: "four men who were travelling in a car set fire"
    closing = doc[trigger - 1].text == ","
    groups = 0
    for j in range(trigger - 1 - int(closing), max(lo, trigger - MAX_CLAUSE) - 1, -1):
        token = doc[j]
        if token.lower_ == "who":
            if groups != 1 or closing != (j > lo and doc[j - 1].text == ","):
                return None
            return _antecedent_end(doc, j, lo)
        if token.text in {",", ";", ":", "(", ")"} or token.lower_ in CLAUSE_WORDS:
            return None  # "citizens who were taken hostage when the killers attacked"
        if token.tag_ in VERB_TAGS and not (j > lo and doc[j - 1].tag_ in VERB_TAGS):
            groups += 1  # "were travelling", "posed": one verb group each
    return None


def _antecedent_end(doc: Doc, who: int, lo: int) -> int | None:
    """Where the phrase before "who" ends, if a noun ends it ("four men, who": the comma)."""
    end = who - 1 if who - 1 > lo and doc[who - 1].text == "," else who
    if end - 1 < lo or not doc[end - 1].tag_.startswith("NN"):
        return None
    return end


def _light_verb(doc: Doc, trigger: int, lo: int) -> int:
    """The verb of a noun trigger's verb phrase ("placed a bomb", "opened fire") when it is
    one of the doing verbs, or the trigger itself."""
    if not doc[trigger].tag_.startswith("NN"):
        return trigger
    k = trigger - 1
    while k > lo and doc[k].tag_ in NOUN_MODIFIER_TAGS and trigger - k <= 3:
        k -= 1
    if k >= lo and doc[k].tag_ in FINITE_TAGS and doc[k].lower_ in doing_verbs():
        return k
    return trigger


@cache
def doing_verbs() -> frozenset[str]:
    """The verbs whose noun object is the attack or its weapon (``relative_subjects.yaml``)."""
    lists = read_word_lists(KNOWLEDGE, ("doing_verbs",), "relative-clause doing verbs")
    return lists["doing_verbs"]
