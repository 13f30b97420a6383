"""Who a sentence says is responsible for an attack: the claim and blame phrases.

"The ELN claimed responsibility for the attack", "soldiers were responsible for the
killing", "the minister blamed the FMLN for the murder", "the bombing was blamed on drug
traffickers", "police attributed the attack to the fmln": the claimant or the accused is the event's perpetrator as the text tells
it (its modality says who says so). The cue words are the ``responsibility`` section of
``participants.yaml``; the noun-phrase test and the armed-group test come from the
participant reader, so both readers agree on what a phrase and a group are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span

from sitrep.events.record import ArgumentRecord

#: Quote marks around a claimant's name ("'the extraditables' claimed").
QUOTE_MARKS = frozenset({'"', "'"})
#: Who claims nothing: "no one has claimed responsibility for the attacks".
NOBODY = frozenset({"no", "one", "nobody", "none", "anyone", "anybody"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "be", "had", "has", "have"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
#: Names that only describe the head of a longer phrase ("Chechen men").
MODIFIER_TYPES = frozenset({"NORP"})
#: What may stand between an attributing verb and the trigger ("attributed the attack").
ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "last", "recent"})
#: Where the trigger's phrase has ended before any "to": a new clause.
CLAUSE_BREAKS = frozenset({",", ";", "and", "but", "which", "who", "that", "when", "where"})


class ResponsibilityReader:
    """Reads the claimant or the accused of one event from its sentence."""

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

    def responsible(self, trigger_start: int) -> ArgumentRecord | None:
        """Who the sentence says is responsible for the event its trigger names: "the ELN
        claimed responsibility for the attack", "soldiers were responsible for the killing",
        "the minister blamed the FMLN for the murder", "accused the army of killing",
        "soldiers accused of the killing", "the bombing was blamed on drug traffickers". No
        one is when "no one has claimed"."""
        doc = self.doc
        cues = self.cues
        sentence = doc[trigger_start].sent
        words = [t.lower_ for t in sentence]
        at = trigger_start - sentence.start
        for k in range(at - 1, -1, -1):
            word = words[k]
            if word == "for" and k >= 1 and words[k - 1] in cues.get("claim_nouns", ()):
                verb = k - 2
                if verb >= 0 and words[verb] in cues.get("claim_verbs", ()):
                    return self._agent_before(sentence.start + verb, sentence.start)
            if word == "for" and k >= 1 and words[k - 1] in cues.get("responsible_words", ()):
                return self._agent_before(sentence.start + k - 1, sentence.start)
            between = set(words[k + 1 : at])
            prepositions = cues.get("blame_prepositions", frozenset())
            if word in cues.get("blame_verbs", ()) and between & prepositions:
                if words[k + 1] in prepositions:
                    # "five soldiers accused of the killing": the accused stand before it,
                    # but in "whom the party has accused of it" the party is the accuser
                    if not _passive_before(words, k):
                        return None
                    return self._agent_before(sentence.start + k, sentence.start)
                return self._agent_after(sentence.start + k + 1, sentence.start + at)
        for k in range(at + 1, len(words) - 1):
            if f"{words[k]} {words[k + 1]}" in cues.get("blame_links", ()):
                return self._agent_after(sentence.start + k + 2, sentence.end)
        return self._attributed_to(words, at, sentence)

    def _attributed_to(self, words: list[str], at: int, sentence: Span) -> ArgumentRecord | None:
        """ "police attributed the attack on the bus to the fmln": an attributing verb just
        before the trigger's phrase and "to" after it name who did it."""
        verbs = self.cues.get("attribute_verbs", ())
        verb = next((k for k in range(at - 1, max(-1, at - 4), -1) if words[k] in verbs), None)
        if verb is None or not all(w in ARTICLES for w in words[verb + 1 : at]):
            return None
        to = next((k for k in range(at + 1, min(len(words), at + 12)) if words[k] == "to"), None)
        if to is None or any(w in CLAUSE_BREAKS for w in words[at + 1 : to]):
            return None
        return self._agent_after(sentence.start + to + 1, sentence.end)

    def _agent_before(self, verb: int, lo: int) -> ArgumentRecord | None:
        """The name or noun phrase that ends right before a verb ("the extraditables
        (have) claimed"), past auxiliaries."""
        doc = self.doc
        end = verb
        while end > lo and doc[end - 1].lower_ in AUXILIARIES:
            end -= 1
        start = end
        while start > lo and (self.in_phrase(start - 1) or doc[start - 1].text in QUOTE_MARKS):
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
                return ArgumentRecord("perpetrator", mention, cluster)
        if not any(t.tag_ in NOUN_TAGS for t in doc[start:end]):
            return None
        return ArgumentRecord("perpetrator", doc[start:end])


def claimed_by(doc: Doc, owner: Mapping[int, object], trigger_start: int) -> ArgumentRecord | None:
    """Who the sentence says did the event at ``trigger_start`` (the claimant or the accused),
    read with the participant reader's word lists, noun-phrase test and armed-group test, so
    the actor reader and the participant reader name the same perpetrator."""
    from sitrep.events.participants import in_noun_phrase, load_participant_lexicon, names_group

    cues = load_participant_lexicon().responsibility
    reader = ResponsibilityReader(doc, owner, cues, lambda i: in_noun_phrase(doc[i]), names_group)
    return reader.responsible(trigger_start)


def _passive_before(words: list[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is passive or a bare participle: "soldiers (were / have
    been) accused", not "the party has accused"; a "whom" before makes it active."""
    k = verb - 1
    perfect = False
    while k >= 0 and words[k] in AUXILIARIES:
        if words[k] == "been":
            return True
        perfect = perfect or words[k] in {"has", "have", "had"}
        k -= 1
    return not perfect and "whom" not in words[max(0, k - 3) : verb]
