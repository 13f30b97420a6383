"""Who a sentence says is responsible for an attack: the claim and blame phrases.

"The ELN claimed responsibility for the attack", "soldiers were responsible for the
killing", "the minister blamed the FMLN for the murder", "the bombing was blamed on drug
traffickers", "police attributed the attack to the fmln": the claimant or the accused is the event's perpetrator as the text tells
it (its modality says who says so). The looser readings for the participant reader also take
the accused of "charged X with taking part in" and the doer a "who" clause describes
(``sitrep.events.relative_subjects``). The cue words are the ``responsibility`` section of
``participants.yaml``; the noun-phrase test and the armed-group test come from the
participant reader, so both readers agree on what a phrase and a group are. This module
finds the cues; the phrase they name is read by ``sitrep.events.claimant_phrases``, claims in
sentences of their own by ``sitrep.events.referring_claims``, and how a claimant becomes the
event's source by ``sitrep.events.claimed_source``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span

from sitrep.events.claimant_phrases import ARTICLES, NOUN_TAGS, ClaimantPhrases
from sitrep.events.function_words import BE_HAVE_FORMS
from sitrep.events.record import ArgumentRecord
from sitrep.events.relative_subjects import relative_subject_end
from sitrep.events.token_view import token_view

#: Tags of the words inside a trigger's phrase before it ("these criminal attacks", "the car
#: bomb attack", "the army's massacre").
TRIGGER_MODIFIER_TAGS = frozenset(
    {"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNP", "POS", "HYPH"}
)
#: Tags of a verb that makes the claimed noun the subject of what is claimed ("the army
#: claimed the raid killed 20"), so the noun is no object of the claim.
CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: What follows a phrase that ends its clause.
CLAUSE_ENDS = frozenset({".", ",", ";", "and", ")", '"'})
#: The prepositions of a split link right before the attack ("implicated X in the killings").
ACCUSED_IN = frozenset({"in"})
#: Where the trigger's phrase has ended before any "to": a new clause.
CLAUSE_BREAKS = frozenset({",", ";", "and", "but", "which", "who", "that", "when", "where"})


class ResponsibilityReader(ClaimantPhrases):
    """Reads the claimant or the accused of one event from its sentence."""

    def responsible(self, trigger_start: int, culprits: bool = True) -> ArgumentRecord | None:
        """Who the sentence says is responsible for the event its trigger names: "the ELN
        claimed responsibility for the attack", "soldiers were responsible for the killing",
        "the minister blamed the FMLN for the murder", "accused the army of killing",
        "soldiers accused of the killing", "the bombing was blamed on drug traffickers". No
        one is when "no one has claimed". With ``culprits`` also the looser culprit links
        ("X were behind the attack", "suspected of the killing"), which often hedge."""
        doc = self.doc
        cues = self.cues
        sentence = doc[trigger_start].sent
        words = token_view(doc).lower[sentence.start : sentence.end]
        at = trigger_start - sentence.start
        prepositions = cues.get("blame_prepositions", frozenset())
        blame_verbs = cues.get("blame_verbs", ())
        breaks = cues.get("claim_clause_breaks", frozenset())
        # read once here, not for every word of the loop below
        object_verbs = cues.get("claim_object_verbs", ())
        claim_nouns = cues.get("claim_nouns", ())
        claim_verbs = cues.get("claim_verbs", ())
        responsible_words = cues.get("responsible_words", ())
        for k in range(at - 1, -1, -1):
            word = words[k]
            if word in breaks:
                break  # "no group claimed ... ; however, sources attributed the attack to X"
            if word in object_verbs and self._claimed_object(sentence.start + k, trigger_start):
                return self.agent_before(sentence.start + k, sentence.start)
            if word == "for" and k >= 1 and words[k - 1] in claim_nouns:
                verb = k - 2
                if verb >= 0 and words[verb] in claim_verbs:
                    return self.agent_before(sentence.start + verb, sentence.start)
            if word == "for" and k >= 1 and words[k - 1] in responsible_words:
                return self.agent_before(sentence.start + k - 1, sentence.start)
            if word in blame_verbs and set(words[k + 1 : at]) & prepositions:
                if words[k + 1] in prepositions:
                    # "five soldiers accused of the killing": the accused stand before it,
                    # but in "whom the party has accused of it" the party is the accuser
                    if not _passive_before(words, k):
                        return None
                    return self.agent_before(sentence.start + k, sentence.start)
                return self._agent_after(sentence.start + k + 1, sentence.start + at)
        blame_links = cues.get("blame_links", ())
        for k in range(at + 1, len(words) - 1):
            if f"{words[k]} {words[k + 1]}" in blame_links:
                return self._agent_after(sentence.start + k + 2, sentence.end)
        attributed = self._attributed_to(words, at, sentence)
        if attributed is not None or not culprits:
            return attributed
        culprit = self._culprit_before(words, at, sentence)
        if culprit is not None:
            return culprit
        # "the men who kidnapped him", "four men who were travelling in a car set fire"
        end = relative_subject_end(doc, trigger_start, sentence.start)
        return None if end is None else self.agent_before(end, sentence.start)

    def _claimed_object(self, verb: int, trigger_start: int) -> bool:
        """Whether the trigger is the object of a claiming verb ("JNIM claimed the attack"),
        not the subject of what is claimed ("the army claimed the raid killed 20")."""
        doc = self.doc
        if not all(t.lower_ in ARTICLES for t in doc[verb + 1 : trigger_start]):
            return False
        after = trigger_start
        while after < len(doc) and doc[after].tag_ in NOUN_TAGS:
            after += 1
        return after >= len(doc) or doc[after].tag_ not in CLAUSE_VERB_TAGS

    def _culprit_before(self, words: list[str], at: int, sentence: Span) -> ArgumentRecord | None:
        """ "the communists were behind these attacks", "the extreme right committed these
        murders", "the men who carried out the ambush": the phrase before a culprit link
        that the trigger's own phrase follows did it. Only articles and modifiers of the
        trigger may stand between the link and the trigger, so "... committed suicide after
        the attack" is no link to the attack."""
        k = at
        while k > 0 and self._modifies_trigger(sentence.start + k - 1):
            k -= 1
        first = self._link_ending_at(words, k)
        if first is None:
            # "implicated four officers in the killings": the link's verb before its object;
            # not "of" ("convicted a friend of the bombing suspect" names whose friend)
            accused = (
                k > 0
                and words[k - 1] in ACCUSED_IN
                and self._accused_before(sentence.start + k, sentence.start)
            )
            return self.agent_before(sentence.start + k, sentence.start) if accused else None
        while (earlier := self._link_ending_at(words, first)) is not None:
            first = earlier  # "suspected of participating in the attack": links in a chain
        return self.agent_before(sentence.start + first, sentence.start)

    def _link_ending_at(self, words: list[str], end: int) -> int | None:
        """Where a culprit link ending right before ``end`` starts, or None."""
        for link in self.cues.get("culprit_links", ()):
            parts = link.split()
            first = end - len(parts)
            if first >= 0 and words[first:end] == parts:
                return first
        return None

    def _modifies_trigger(self, i: int) -> bool:
        """Whether the token at ``i`` is an article, number or modifier inside the trigger's
        phrase ("these criminal", "the car bomb")."""
        token = self.doc[i]
        return token.lower_ in ARTICLES or token.tag_ in TRIGGER_MODIFIER_TAGS

    def _attributed_to(self, words: list[str], at: int, sentence: Span) -> ArgumentRecord | None:
        """ "police attributed the attack on the bus to the fmln": an attributing verb just
        before the trigger's phrase and "to" after it name who did it."""
        verbs = self.cues.get("attribute_verbs", ())
        verb = next((k for k in range(at - 1, max(-1, at - 4), -1) if words[k] in verbs), None)
        if verb is None or not all(w in ARTICLES for w in words[verb + 1 : at]):
            return None
        window = range(at + 1, min(len(words), at + 12))
        if words[verb] in self.cues.get("attribute_on_verbs", ()):
            # "blamed the attack on the bus on the fmln": the last "on"; one right after the
            # trigger names its target ("blamed the attack on the embassy")
            ons = [k for k in window if words[k] == "on"]
            link = ons[-1] if ons and ons[-1] > at + 1 else None
            if link is None and ons:
                # "officials blamed the attack on Boko Haram": a named group is no target
                named = self._agent_after(sentence.start + ons[0] + 1, sentence.end)
                if named is not None and named.entity is not None and self._ends_clause(named):
                    return named  # but "blamed the attack on the UN compound": its target
            if link is None:
                link = next((k for k in window if words[k] == "to"), None)
        else:
            link = next((k for k in window if words[k] == "to"), None)
        if link is None or any(w in CLAUSE_BREAKS for w in words[at + 1 : link]):
            return None
        return self._agent_after(sentence.start + link + 1, sentence.end)

    def _ends_clause(self, argument: ArgumentRecord) -> bool:
        """Whether a phrase ends its clause: the sentence or a comma, "and" or ";" follows."""
        end = argument.span.end
        return end >= argument.span.sent.end or self.doc[end].lower_ in CLAUSE_ENDS


def claimed_by(doc: Doc, owner: Mapping[int, object], trigger_start: int) -> ArgumentRecord | None:
    """Who the sentence says did the event at ``trigger_start`` (the claimant or the accused),
    read with the participant reader's word lists, noun-phrase test and armed-group test, so
    the actor reader and the participant reader name the same perpetrator. The source actor
    takes only claims and outright blame: a culprit link ("it can be assumed that X were
    behind the blast", "two men suspected of the killing") names a suspect, whom an event
    coder such as ACLED does not yet code as the actor."""
    from sitrep.events.participant_lexicon import load_participant_lexicon
    from sitrep.events.participant_phrases import in_noun_phrase

    cues = load_participant_lexicon().responsibility
    reader = ResponsibilityReader(doc, owner, cues, lambda i: in_noun_phrase(doc[i]), is_claimant)
    return reader.responsible(trigger_start, culprits=False)


def is_claimant(cluster: object, mention: Span) -> bool:
    """Whether a name where a claimant stands is a group: an organisation, an acronym, or a
    name the knowledge base links to an armed group though the tagger took it for a place
    ("Al-Shabaab claimed responsibility")."""
    from sitrep.events.perpetrator_groups import is_armed_group, names_group

    return names_group(cluster, mention) or is_armed_group(cluster)


def _passive_before(words: list[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is passive or a bare participle: "soldiers (were / have
    been) accused", not "the party has accused"; a "whom" before makes it active."""
    k = verb - 1
    perfect = False
    while k >= 0 and words[k] in BE_HAVE_FORMS:
        if words[k] == "been":
            return True
        perfect = perfect or words[k] in {"has", "have", "had"}
        k -= 1
    return not perfect and "whom" not in words[max(0, k - 3) : verb]
