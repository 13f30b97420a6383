"""Clause boundaries and voice around a word, read from the tokens alone.

Both the actor reader (who acts on whom) and the argument reader (patients, counts)
need to know where a clause starts and ends and whether a verb is passive; the rules
live here once so the two agree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.events.token_view import token_view


def clause_end(doc: Doc, sentence: Span, i: int) -> int:
    """Where the clause after token i ends: before a relative clause or a new clause ("the
    police post, where two agents were wounded": the agents are no target of the attack)."""
    view = token_view(doc)
    lower, text = view.lower, view.text
    for j in range(i, sentence.end):
        if (
            lower[j] in {"who", "which", "whom", "whose", "while", "after", "before"}
            or (lower[j] == "where" and j > i and text[j - 1] == ",")
            or text[j] == ";"
        ):
            return j
    return sentence.end


def is_participle(token: object) -> bool:
    """ "killing", "arresting": an -ing form, by its tag or, untagged, by its ending."""
    tag = getattr(token, "tag_", "")
    return tag == "VBG" or (not tag and getattr(token, "lower_", "").endswith("ing"))


def clause_start(doc: Doc, sentence: Span, i: int) -> int:
    """Where the clause holding token i begins ("Mujahid reported that | three members …")."""
    view = token_view(doc)
    for j in range(i - 1, sentence.start - 1, -1):
        if view.lower[j] in {"that", ";", ":", "“", '"'} or view.text[j] in {";", ":"}:
            return j + 1
    return sentence.start


def is_passive(doc: Doc, i: int) -> bool:
    """ "were killed", "was reportedly arrested", "killed by": a passive verb, whose subject
    undergoes the event and whose "by" names who did it."""
    if is_participle(doc[i]):
        return False  # "are demanding", "were protesting": progressive, not passive
    for j in range(i - 1, max(-1, i - 4), -1):
        word = doc[j].lower_
        if word in {"was", "were", "been", "be", "being", "is", "are", "got", "get"}:
            return True
        if word not in {
            "reportedly",
            "allegedly",
            "also",
            "later",
            "all",
            "both",
            "not",
            "then",
            "had",
            "have",
            "has",
        }:
            break
    return i + 1 < len(doc) and doc[i + 1].lower_ == "by"
