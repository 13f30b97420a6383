"""Who a sentence says is responsible for an attack: the claim and blame phrases.

"The ELN claimed responsibility for the attack", "soldiers were responsible for the
killing", "the minister blamed the FMLN for the murder", "the bombing was blamed on drug
traffickers", "police attributed the attack to the fmln": the claimant or the accused is the event's perpetrator as the text tells
it (its modality says who says so). The looser readings for the participant reader also take
the accused of "charged X with taking part in" and the doer a "who" clause describes
(``sitrep.events.relative_subjects``). The cue words are the ``responsibility`` section of
``participants.yaml``; the noun-phrase test and the armed-group test come from the
participant reader, so both readers agree on what a phrase and a group are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from sitrep.events.function_words import BE_HAVE_FORMS
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.relative_subjects import relative_subject_end
from sitrep.events.token_view import token_view

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
#: Events whose parties a later describing sentence names ("The attackers were ...").
DESCRIBED_EVENT_TYPES = frozenset({"ASSAULT"})
#: At most this many parties from one describing sentence's list.
MAX_DESCRIBED = 6
#: What joins the items of a list of parties: "Juan Perez, Luis Gomez and Ana Ruiz".
LIST_JOINS = frozenset({",", "and"})
#: A relative pronoun whose antecedent did it: "the men who carried out the ambush".
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
#: Tags of the words inside a trigger's phrase before it ("these criminal attacks", "the car
#: bomb attack", "the army's massacre").
TRIGGER_MODIFIER_TAGS = frozenset(
    {"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNP", "POS", "HYPH"}
)
#: The flag of an event whose source a claim or an attribution named ("X claimed the attack").
CLAIMED_SOURCE = "claimed_source"
#: Types of events a claim of a sentence of its own refers back to ("... for the incident").
CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Modalities of an event that a later claim can be about (it happened, or is said to have).
OPEN_MODALITIES = frozenset({"asserted", "reported", "claimed"})
#: Tags of a verb that makes the claimed noun the subject of what is claimed ("the army
#: claimed the raid killed 20"), so the noun is no object of the claim.
CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: What follows a phrase that ends its clause.
CLAUSE_ENDS = frozenset({".", ",", ";", "and", ")", '"'})
#: At most this many words in the accused object of "charged X with", "accused X of".
MAX_ACCUSED = 16
#: The prepositions of a split link right before the attack ("implicated X in the killings").
ACCUSED_IN = frozenset({"in"})
#: Tags of an accusing verb in the active voice ("police charged", "the judge accuses").
ACTIVE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})
#: Auxiliaries of a perfect active verb ("has charged").
HAVE_FORMS = frozenset({"has", "have", "had"})
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


def add_described_parties(events: Sequence[EventRecord]) -> None:
    """Give an attack the parties a later sentence of their own describes: "The attackers
    were members of the ELN." names the perpetrators, "The victims were identified as Juan
    Perez and Luis Gomez." the victims, of the attack told in the sentence just before (a
    reader takes "the attackers" as those of the attack just told). A sentence that tells
    an event of its own is left to that event's readers."""
    from sitrep.events.participant_lexicon import load_participant_lexicon
    from sitrep.events.participant_phrases import in_noun_phrase

    cues = load_participant_lexicon().responsibility
    roles = {
        **{w: "perpetrator" for w in cues.get("described_culprits", ())},
        **{w: "victim" for w in cues.get("described_victims", ())},
    }
    told = {s.sent.start for e in events for s in e.evidence}
    for event in events:
        if event.type not in DESCRIBED_EVENT_TYPES or not event.evidence:
            continue
        last = max(event.evidence, key=lambda s: s.end)
        following = last.doc[last.end - 1].sent.end
        if following >= len(last.doc):
            continue
        sentence = last.doc[following].sent
        if sentence.start in told or _told_after(events, event, sentence.start):
            continue
        found = _described(sentence, roles, cues, in_noun_phrase)
        for argument in found:
            if not any(_same_words(argument.span, a.span) for a in event.arguments):
                event.arguments.append(argument)


def _told_after(events: Sequence[EventRecord], event: EventRecord, start: int) -> bool:
    """Whether another event is told between this one and the describing sentence, so that
    "the attackers" may be that event's."""
    end = max(s.end for s in event.evidence)
    return any(
        other is not event and any(end <= s.start < start for s in other.evidence)
        for other in events
    )


def _described(
    sentence: Span,
    roles: Mapping[str, str],
    cues: Mapping[str, frozenset[str]],
    in_phrase: Callable[[Token], bool],
) -> list[ArgumentRecord]:
    """The parties "The attackers were (members of) X" or "The victims were identified as X
    and Y" names, in the role its noun gives; nothing for any other sentence."""
    words = [t.lower_ for t in sentence]
    k = 1 if words and words[0] in ARTICLES else 0
    role = roles.get(words[k]) if k < len(words) else None
    if role is None:
        return []
    k += 1
    links = cues.get("description_links", frozenset())
    if k >= len(words) or words[k] not in links:
        return []  # "the attackers fled": no description
    while k < len(words) and words[k] in links:
        k += 1
    if k + 1 < len(words) and words[k] in cues.get("member_links", ()) and words[k + 1] == "of":
        k += 2
    found: list[ArgumentRecord] = []
    while k < len(words) and len(found) < MAX_DESCRIBED:
        start = k
        while k < len(words) and (in_phrase(sentence[k]) or sentence[k].text in QUOTE_MARKS):
            k += 1
        phrase = sentence[start:k]
        if not any(t.tag_ in NOUN_TAGS for t in phrase):
            break
        found.append(ArgumentRecord(role, phrase))
        if k < len(words) and words[k] in LIST_JOINS:
            k += 1
            if k < len(words) and words[k] == "and":
                k += 1
            continue
        break
    if k < len(words) and words[k] not in {".", "(", ","} and role == "perpetrator":
        return found[:1]
    return found


def _same_words(a: Span, b: Span) -> bool:
    return a.text.lower() == b.text.lower() or (a.start >= b.start and a.end <= b.end)


def takes_claimed_source(event: EventRecord, mention: EventRecord) -> bool:
    """Whether a further mention's claimant or accused should replace the event's source: a
    named group that claims the attack, or that the text blames for it ("TTP claimed
    responsibility for the attack", "the attack was attributed to ISWAP"), stands in for the
    unnamed attacker read so far ("assailants", "gunmen", "a suicide bomber"), as a coder names
    the group; a named or a state source ("police", "the army", "the ELN") is kept."""
    return (
        (CLAIMED_SOURCE in mention.flags or _armed_group_told_back(mention))
        and is_named_group(mention.source)
        and (event.source is None or is_unnamed_attacker(event.source))
    )


def _armed_group_told_back(mention: EventRecord) -> bool:
    """Whether a mention that refers back to the attack ("carried out the attack", "in the
    attack by X") names an armed group of the knowledge base as its doer: "sources suspected
    that al-Shabaab militants carried out the attack" tells whose the "militants" were."""
    from sitrep.events.perpetrator_groups import is_armed_group

    return (mention.refers_back or mention.anaphoric) and is_armed_group(mention.source)


def is_named_group(actor: object | None) -> bool:
    """Whether an actor is a named entity rather than an unnamed common noun ("gunmen")."""
    from sitrep.events.generic_actor import GenericActor

    return (
        actor is not None and not isinstance(actor, GenericActor) and not is_unnamed_attacker(actor)
    )


def is_unnamed_attacker(actor: object | None) -> bool:
    """Whether an actor is an attacker the text does not name ("gunmen", "unidentified
    attackers", "a suicide bomber"): the unnamed kinds of the ``responsibility`` section, also
    when the name tagger took a sentence-initial "Gunmen" for a name."""
    from sitrep.events.generic_actor import GenericActor
    from sitrep.events.lexicon import load_triggers
    from sitrep.events.participant_lexicon import load_participant_lexicon

    if actor is None:
        return False
    kinds = load_participant_lexicon().responsibility.get("unnamed_attacker_kinds", frozenset())
    if isinstance(actor, GenericActor):
        return actor.kind in kinds
    entry = load_triggers().generic_actors.get(str(getattr(actor, "name", "")).lower())
    return entry is not None and getattr(entry, "kind", None) in kinds


def credit_claimant(event: EventRecord, claimant: object, span: Span) -> None:
    """Make a claimant or accused named group the event's source, and its perpetrator."""
    event.source, event.source_span = claimant, span
    event.flags.add(CLAIMED_SOURCE)
    add_perpetrator(event, ArgumentRecord("perpetrator", span, claimant))


def add_perpetrator(event: EventRecord, perpetrator: ArgumentRecord) -> None:
    """Add a perpetrator argument unless the event names that entity or those words already."""
    if any(
        (perpetrator.entity is not None and a.entity is perpetrator.entity)
        or _same_words(a.span, perpetrator.span)
        for a in event.arguments
    ):
        return
    event.arguments.append(perpetrator)


def add_referring_claims(events: Sequence[EventRecord]) -> None:
    """Give an attack the group a later sentence of its own claims it for or blames it on,
    where that sentence tells no event: "Al-Shabaab claimed responsibility for the incident.",
    "Authorities suspected that Boko Haram was responsible." refer back to the last attack or
    kidnapping told before them (a reader takes "the incident" so). The group becomes the
    source only in place of an unnamed attacker; otherwise it is a perpetrator argument.
    "No group claimed responsibility" names no one."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    if not events or not events[0].evidence:
        return
    doc = events[0].evidence[0].doc
    cues = load_participant_lexicon().responsibility
    cue_words = cues.get("claim_referents", frozenset()) | cues.get("responsible_words", set())
    # a sentence that tells an accusation ("officials blamed the attack on X") still names
    # the attack's doer; one that tells an attack of its own is left to that attack's readers
    told = {s.sent.start for e in events if e.type in CLAIMED_TYPES for s in e.evidence}
    reader: ResponsibilityReader | None = None
    lower = token_view(doc).lower
    for sentence in doc.sents:
        if sentence.start in told or cue_words.isdisjoint(lower[sentence.start : sentence.end]):
            continue
        reader = reader or _claim_reader(doc)  # built once, for the first sentence that needs it
        event = _last_claimable_before(events, sentence.start)
        if event is None:
            continue
        claimant = _referring_claimant(reader, sentence)
        if claimant is None:
            continue
        if (
            claimant.entity is not None
            and (event.source is None or is_unnamed_attacker(event.source))
            and is_named_group(claimant.entity)
        ):
            credit_claimant(event, claimant.entity, claimant.span)
        else:
            add_perpetrator(event, claimant)
        for partner in reader.partners(claimant):
            add_perpetrator(event, partner)  # "a colonel, two lieutenants and two soldiers"
        event.evidence.append(sentence)


def _claim_reader(doc: Doc) -> ResponsibilityReader:
    """The responsibility reader over the whole document, as the actor reader builds it."""
    from sitrep.events.participant_lexicon import load_participant_lexicon
    from sitrep.events.participant_phrases import in_noun_phrase

    owner: dict[int, object] = {}
    for cluster in doc._.entities or []:
        for mention in cluster.mentions:
            for i in range(mention.start, mention.end):
                owner[i] = cluster
    cues = load_participant_lexicon().responsibility
    return ResponsibilityReader(doc, owner, cues, lambda i: in_noun_phrase(doc[i]), is_claimant)


def _last_claimable_before(events: Sequence[EventRecord], start: int) -> EventRecord | None:
    """The last attack or kidnapping told before ``start`` that is said to have happened."""
    best: EventRecord | None = None
    best_end = -1
    for event in events:
        if event.type not in CLAIMED_TYPES or event.modality not in OPEN_MODALITIES:
            continue
        end = max((s.end for s in event.evidence if s.end <= start), default=-1)
        if end > best_end:
            best, best_end = event, end
    return best


def _referring_claimant(reader: ResponsibilityReader, sentence: Span) -> ArgumentRecord | None:
    """Who a sentence of its own claims or is blamed for the attack it refers back to: by a
    referring noun ("for the incident", "the blast was attributed to X", "X carried out the
    attack"), or with none ("Authorities suspected that X was responsible.")."""
    cues = reader.cues
    referents = cues.get("claim_referents", frozenset())
    words = [t.lower_ for t in sentence]
    for k, word in enumerate(words):
        if word in referents and k > 0 and words[k - 1] in ARTICLES:
            found = reader.responsible(sentence.start + k)
            if found is not None:
                return found
    responsible = cues.get("responsible_words", frozenset())
    for k in range(1, len(words)):
        if words[k] in responsible and (k + 1 == len(words) or not words[k + 1].isalpha()):
            # "... that X was responsible.": the responsible one before the verb
            return reader.agent_before(sentence.start + k, sentence.start)
    return None
