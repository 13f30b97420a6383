"""The phrase a claim or blame names as the doer: "the extraditables (have) claimed", "blamed
the FMLN for", "accused the army of", "Tehrik-i-Taliban Pakistan (TTP) claimed".

The responsibility reader (``sitrep.events.responsibility``) finds the cue words; this module
reads the name or noun phrase next to them, its partners in a list ("the communists and their
allies") and the accused object an accusing verb splits from its preposition ("charged Juan
Perez with"). It is kept apart so the cue matching and the phrase reading can each be read
and tested alone; the sentence readers of later claims and described parties share its words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span

from sitrep.events.function_words import BE_HAVE_FORMS, HAVE_FORMS
from sitrep.events.record import ArgumentRecord

#: Quote marks around a claimant's name ("'the extraditables' claimed").
QUOTE_MARKS = frozenset({'"', "'"})
#: Who claims nothing: "no one has claimed responsibility for the attacks".
NOBODY = frozenset({"no", "one", "nobody", "none", "anyone", "anybody"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
#: Names that only describe the head of a longer phrase ("Chechen men").
MODIFIER_TYPES = frozenset({"NORP"})
#: What may stand between an attributing verb and the trigger ("attributed the attack").
ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "last", "recent"})
#: At most this many parties from one describing sentence's list.
MAX_DESCRIBED = 6
#: What joins the items of a list of parties: "Juan Perez, Luis Gomez and Ana Ruiz".
LIST_JOINS = frozenset({",", "and"})
#: A relative pronoun whose antecedent did it: "the men who carried out the ambush".
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
#: At most this many words in the accused object of "charged X with", "accused X of".
MAX_ACCUSED = 16
#: Tags of an accusing verb in the active voice ("police charged", "the judge accuses").
ACTIVE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})
#: Auxiliaries of a perfect active verb ("has charged").


class ClaimantPhrases:
    """Reads the phrase a claim or blame cue names, over a document's tokens and names."""

    def __init__(
        self,
        doc: Doc,
        owner: Mapping[int, object],
        cues: Mapping[str, frozenset[str]],
        in_phrase: Callable[[int], bool],
        is_group: Callable[[object, Span], bool],
    ) -> None:
        self.doc = doc
        self.owner = owner
        self.cues = cues
        self.in_phrase = in_phrase
        self.is_group = is_group

    def partners(self, culprit: ArgumentRecord) -> list[ArgumentRecord]:
        """The phrases joined to a culprit before it by "and" (then commas): "the communists
        and their allies were behind the attacks" names both as culprits. A comma alone
        joins nothing ("on Monday, the ELN claimed ...")."""
        doc = self.doc
        found: list[ArgumentRecord] = []
        end = culprit.span.start
        lo = doc[end].sent.start if end < len(doc) else 0
        join = {"and"}
        while end - 1 > lo and doc[end - 1].lower_ in join and len(found) < MAX_DESCRIBED:
            join = {","}
            end -= 1
            if end - 1 > lo and doc[end - 1].text == ",":
                end -= 1  # "X, Y, and Z"
            start = end
            while start > lo and self.in_phrase(start - 1):
                start -= 1
            partner = self._agent(start, end) if start < end else None
            if partner is None:
                break
            found.append(partner)
            end = start
        return found

    def _accused_before(self, end: int, lo: int) -> bool:
        """Whether the word before ``end`` is the preposition of an accusing verb whose object
        stands between them: "accused the army of (being responsible for)", "charged Juan
        Perez and Luis Gomez with (participating in)", "implicated four officers in (the
        killings)". The verb and its preposition are a two-word culprit link split by the
        accused ("charged with", "implicated in"), or a blaming verb and its preposition."""
        doc = self.doc
        prep = end - 1
        if prep <= lo:
            return False
        verbs = {
            parts[0]
            for link in self.cues.get("culprit_links", ())
            if len(parts := link.split()) == 2 and parts[1] == doc[prep].lower_
        }
        if doc[prep].lower_ in self.cues.get("blame_prepositions", ()):
            verbs |= self.cues.get("blame_verbs", frozenset())
        noun = False
        for k in range(prep - 1, max(lo, prep - MAX_ACCUSED) - 1, -1):
            token = doc[k]
            if token.lower_ in verbs and noun:
                # an active verb ("charged", "has charged", "the judge charged" that a tagger
                # read as a participle), not the adjective of "arrested suspected rebels in"
                before = doc[k - 1] if k > lo else None
                return token.tag_ in ACTIVE_VERB_TAGS or (
                    before is not None and (before.lower_ in HAVE_FORMS or before.tag_ in NOUN_TAGS)
                )
            if not (self.in_phrase(k) or k in self.owner or token.lower_ in LIST_JOINS):
                return False
            noun = noun or token.tag_ in NOUN_TAGS or k in self.owner
        return False

    def agent_before(self, verb: int, lo: int) -> ArgumentRecord | None:
        """The name or noun phrase that ends right before a verb ("the extraditables
        (have) claimed"), past auxiliaries."""
        doc = self.doc
        end = verb
        while end > lo and (doc[end - 1].lower_ in BE_HAVE_FORMS or doc[end - 1].tag_ == "RB"):
            end -= 1  # "were (allegedly) behind", "have (also) claimed"
        if self._accused_before(end, lo):
            end -= 1  # "accused the army of (being responsible)": the army, not "of"
        end = _before_parenthesis(doc, end, lo)  # "Tehrik-i-Taliban Pakistan (TTP) claimed"
        if end - 1 > lo and doc[end - 1].lower_ in RELATIVE_PRONOUNS:
            end -= 1  # "the men who carried out the ambush": the men
            if doc[end - 1].text == ",":
                end -= 1
        start = end
        while start > lo and (self.in_phrase(start - 1) or doc[start - 1].text in QUOTE_MARKS):
            if doc[start - 1].tag_ == "VBN" and doc[start].tag_ in {"DT", "PRP$"}:
                break  # "police arrested the men who ...": a verb and its object
            start -= 1
        return self._agent(start, end)

    def _agent_after(self, start: int, hi: int) -> ArgumentRecord | None:
        """The name or noun phrase that starts at ``start`` ("blamed the FMLN for")."""
        doc = self.doc
        while start < hi and doc[start].text in QUOTE_MARKS:
            start += 1
        end = start
        while end < hi and (self.in_phrase(end) or end in self.owner):
            end += 1
        return self._agent(start, end)

    def _agent(self, start: int, end: int) -> ArgumentRecord | None:
        doc = self.doc
        while start < end and doc[start].text in QUOTE_MARKS:
            start += 1
        while end > start and doc[end - 1].text in QUOTE_MARKS:
            end -= 1
        if start >= end or {t.lower_ for t in doc[start:end]} & NOBODY:
            return None
        for i in range(start, end):
            cluster = self.owner.get(i)
            if cluster is None:
                continue
            mention = next(
                (m for m in getattr(cluster, "mentions", []) if m.start <= i < m.end), None
            )
            if mention is None:
                continue
            if getattr(cluster, "type", "") in MODIFIER_TYPES and mention.end < end:
                continue  # "two ethnic Chechen men": the men, not their people
            if getattr(cluster, "type", "") not in PLACE_TYPES or self.is_group(cluster, mention):
                if mention.end > end:  # a name the tagger ran on ("the Tsarnaevs of being")
                    mention = doc[mention.start : end]
                return ArgumentRecord("perpetrator", mention, cluster)
        if not any(t.tag_ in NOUN_TAGS for t in doc[start:end]):
            return None
        return ArgumentRecord("perpetrator", doc[start:end])


#: At most this many words in a parenthesis after a name: "(TTP)", "(al-Qaeda in Iraq)".
MAX_PARENTHESIS = 6


def _before_parenthesis(doc: Doc, end: int, lo: int) -> int:
    """Where a name ends that a short parenthesis right before ``end`` follows: an acronym or
    a gloss ("Tehrik-i-Taliban Pakistan (TTP) claimed") leaves the name before it the agent."""
    if end - 1 <= lo or doc[end - 1].text != ")":
        return end
    for k in range(end - 2, max(lo, end - 2 - MAX_PARENTHESIS), -1):
        if doc[k].text == "(":
            return k if k > lo else end
    return end
