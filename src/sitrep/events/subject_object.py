"""The actor in a grammatical slot around a trigger: its subject, object, premodifier, speaker
or addressee.

News names the doer and the one acted on by position more than by marker ("Police fired …",
"detained three men", "Taliban raid", "…, the Russian envoy said"); these searches read those
positions within the trigger's clause.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.actor_lookup import (
    CLAUSE_BREAKS,
    VERB_GROUP_WORDS,
    ActorLookup,
    load_source_clauses,
)
from sitrep.events.armed_nouns import STATE_FORCE_KINDS
from sitrep.events.clauses import clause_start, is_participle, is_passive
from sitrep.events.detect import LINKING_WORDS
from sitrep.events.generic_actor import GenericActor
from sitrep.events.national_forces import national_weapon_ending, national_weapon_starting
from sitrep.events.token_view import token_view

#: the title word of a named military operation ("Operation Hadin Kai")
OPERATION_WORD = "Operation"
#: pronoun subjects of a reported clause that stand for the speaker ("said THEY had merged")
OWN_SIDE_PRONOUNS = frozenset({"they", "it", "we"})
#: how far before the pronoun the speech verb may stand ("announced on Monday that they")
REPORTED_PRONOUN_WINDOW = 6
STOP = LINKING_WORDS | {"among", "was", "were", "is", "are", "the", "a", "an"}


class SubjectObjectReader(ActorLookup):
    """Finds the actor standing in a grammatical slot relative to a trigger."""

    def _generic_before(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The unnamed subject of an active trigger: "Police fired …", "gunmen killed …"."""
        doc = self.doc
        lo = clause_start(doc, sentence, start)
        opening = self.subordinate_opening(sentence, start)
        if opening is not None:
            lo = max(lo, opening + 1)  # "a policeman was injured as pickets hurled …"
        for i in range(start - 1, lo - 1, -1):
            if doc[i].text in {",", ";"} and i < start - 1:
                break
            found = self.generic_at(i, i + 2 if i + 2 <= start else i + 1)
            if found[0] is not None:
                return self._wider_generic(i, lo, found)
        return None, None

    def _wider_generic(
        self, at: int, lo: int, found: tuple[object | None, Span | None]
    ) -> tuple[object | None, Span | None]:
        """ "unknown forces shelled …": read backwards, the head noun ("forces") is met before
        the two words the lexicon lists as one actor; those words, where listed, win."""
        if at - 1 < lo:
            return found
        wider = self.generic_at(at - 1, at + 1)
        span = wider[1]
        if span is not None and span.start == at - 1 and span.end == at + 1:
            return wider
        return found

    def _national_force(
        self, sentence: Span, start: int, end: int, passive: bool
    ) -> tuple[object | None, Span | None]:
        """A state's military named by its demonym on the weapon or strike that did it: the
        subject of an active verb ("a Russian missile struck"), the noun trigger's own phrase
        ("an Israeli air strike", "a Ukrainian drone attack") or the doer after a passive
        verb's "by" ("killed by Pakistani shelling")."""
        doc = self.doc
        lo = clause_start(doc, sentence, start)
        if passive:
            by = next(
                (i for i in range(end, min(sentence.end, end + 4)) if doc[i].lower_ == "by"), None
            )
            found = national_weapon_starting(doc, by + 1, sentence.end) if by is not None else None
        else:
            found = national_weapon_ending(doc, end, lo)  # the trigger noun ends the phrase
            if found is None:
                before = start
                while before > lo and doc[before - 1].lower_ in VERB_GROUP_WORDS:
                    before -= 1
                found = national_weapon_ending(doc, before, lo)
            if found is None and is_participle(doc[start]):
                found = self._national_subject(sentence, start)
        if found is None:
            return None, None
        span, country = found
        owner = self.owner.get(span.start)
        if owner is not None and len(self.mention_of[span.start]) > 1:
            return None, None  # "Pakistani Taliban": the demonym is part of a name
        actor = self._state_military(country, span, owner)
        return (actor, span) if actor is not None else (None, None)

    def _state_military(
        self, country: str, span: Span, named_by: object | None
    ) -> GenericActor | None:
        """The state's military linked to the demonym's entity, one object per entity in the
        document: two strikes told by "Russian" are the same actor to event coreference, which
        compares linked actors by identity."""
        if named_by is None:
            return GenericActor.state_military(country, span)
        key = (country, id(named_by))
        if key not in self.state_forces:
            self.state_forces[key] = GenericActor.state_military(country, span, named_by)
        return self.state_forces[key]

    def _national_subject(self, sentence: Span, start: int) -> tuple[Span, str] | None:
        """ "A Russian missile struck a building, killing three": the national weapon that is
        the subject of the clause a participle after a comma hangs on."""
        doc = self.doc
        comma = next((j for j in range(start - 1, sentence.start, -1) if doc[j].text == ","), None)
        if comma is None or comma != start - 1:
            return None
        lo = clause_start(doc, sentence, comma)
        for verb in range(lo + 1, comma):
            if doc[verb].tag_.startswith("VB"):
                before = verb
                while before > lo and doc[before - 1].lower_ in VERB_GROUP_WORDS:
                    before -= 1
                return national_weapon_ending(doc, before, lo)
        return None

    def _bare_demonym(self, span: Span | None) -> bool:
        """Whether a source reads no more than a people's adjective ("Israeli" in "an Israeli
        air strike"), a state's short name used as one ("U.S." in "a U.S. drone strike", linked
        to the government) or is missing: a national weapon beside it tells the doer better
        (the search only changes the source where such a weapon phrase stands)."""
        if span is None:
            return True
        from sitrep.knowledge.actors import load_actors

        actors = load_actors()
        country = actors.demonym_country(span.text) if len(span) == 1 else None
        if country is None:
            return False
        actor_id = getattr(self.owner.get(span.start), "actor_id", None)
        if not actor_id:
            return True
        actor = actors.get(actor_id)
        return actor is not None and actor.kind == "government" and actor.country == country

    def _nearer_subject(self, sentence: Span, k: int) -> tuple[object | None, Span | None]:
        """The nearer of the named and the unnamed subject before the verb at ``k``:
        "soldiers raided a hideout of the ELN and arrested ...", "when police arrived,
        protesters pelted them ..."."""
        named = self._subject_before(sentence, k)
        unnamed = self._generic_before(sentence, k)
        if named[1] is None or (unnamed[1] is not None and unnamed[1].start > named[1].start):
            return unnamed
        return named

    def _subject_before(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The nearest actor before the trigger in its clause (skipping "members of"), or the
        subject an apposition sets off: "Pakistan, a key U.S. ally, has refused …". A clause
        opened by a conjunction has its own subject: in "BCL men were injured as police opened
        fire", BCL is no subject of "opened fire"."""
        view = token_view(self.doc)
        found = self._appositive_subject(sentence, start)
        if found[0] is not None:
            return found
        opening = self.subordinate_opening(sentence, start)
        lo = sentence.start if opening is None else opening + 1
        for i in range(start - 1, lo - 1, -1):
            # "Chaudhry, whom they had taken hostage": the relative clause has its own subject
            if view.text[i] in CLAUSE_BREAKS or view.lower[i] in {"that", "which", "who", "whom"}:
                break
            cluster, mention = self.actor_at(i)
            if cluster is not None and mention is not None:
                if self.only_speaks(mention.start, mention.end):
                    break  # "The ISPR said three terrorists were killed": it only told it
                forces = self._operation_forces(mention)
                if forces[0] is not None:
                    return forces
                cluster, mention = self._first_conjunct(sentence, cluster, mention)
                return self._head_of(cluster, mention)
        return None, None

    def _first_conjunct(
        self, sentence: Span, cluster: object, mention: Span
    ) -> tuple[object, Span]:
        """ "Malian soldiers and Wagner Group fighters killed …": of two organisations joined as
        one subject, the first named is the one a coder codes as actor 1 (the second is its
        associate), not the nearer to the verb."""
        at = mention.start - 1
        if at - 1 < sentence.start or self.doc[at].lower_ != "and":
            return cluster, mention
        first, first_mention = self.actor_at(at - 1)
        if first is None or first_mention is None or first is cluster:
            return cluster, mention
        if getattr(first, "type", "") != "ORG":
            return cluster, mention  # "Indian and Pakistani troops": a demonym shares the noun
        return first, first_mention

    def _operation_forces(self, mention: Span) -> tuple[object | None, Span | None]:
        """ "Operation Whirl Stroke troops neutralised …", "Troops of Operation Hadin Kai
        neutralised …": a named military operation beside a noun of state forces names the
        forces that run it, the state's military (of the story's country), not an
        organisation of its own."""
        doc = self.doc
        first = doc[mention.start]
        opening = mention.start if first.text == OPERATION_WORD else mention.start - 1
        if opening < 0 or doc[opening].text != OPERATION_WORD:
            return None, None
        candidates = []
        if mention.end < len(doc):
            candidates.append((mention.end, mention.end + 1))  # "Operation X troops"
        if opening >= 2 and doc[opening - 1].lower_ == "of":
            candidates.append((opening - 2, opening - 1))  # "troops of Operation X"
        for start, end in candidates:
            found = self.generic_at(start, end)
            if getattr(found[0], "kind", None) in STATE_FORCE_KINDS:
                return found
        return None, None

    def _participle_subject(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The named subject of the main clause for a participle after a comma (", killing one
        and arresting 12"), not the nearest name, which is usually the main verb's object."""
        doc = self.doc
        if not is_participle(doc[start]):
            return None, None
        for j in range(start - 1, max(sentence.start, start - 10), -1):
            if doc[j].text in CLAUSE_BREAKS:
                return None, None
            if doc[j].text == ",":
                if not is_participle(doc[j + 1]):
                    return None, None
                return self.first_actor(clause_start(doc, sentence, j), j)
        return None, None

    def _participle_generic_subject(
        self, sentence: Span, start: int
    ) -> tuple[object | None, Span | None]:
        """The unnamed subject of the main clause for a participle right after a comma: "A
        suicide bomber rammed a car into a military convoy, killing six soldiers" was done by
        the bomber, not by the convoy (the main verb's object, nearer the participle). The
        first unnamed actor before the main clause's first verb; nothing where the clause
        names none there."""
        doc = self.doc
        view = token_view(doc)
        comma = start - 1
        if comma <= sentence.start or view.text[comma] != "," or not is_participle(doc[start]):
            return None, None
        lo = max(clause_start(doc, sentence, comma), self.dateline_end)
        # "When police arrived, protesters pelted them, injuring three": the clause the
        # participle hangs on begins after the comma before it
        lo = next((j + 1 for j in range(comma - 1, lo - 1, -1) if view.text[j] == ","), lo)
        words = load_source_clauses().subordinators
        if lo >= comma or view.lower[lo] in words:
            return None, None
        for i in range(lo, comma):
            if view.tag[i].startswith("VB") or view.tag[i] == "MD" or view.lower[i] in words:
                return None, None  # past the main verb, or into a clause of its own ("as …")
            found = self.generic_at(i, min(i + 2, comma))
            if found[0] is not None:
                return self._wider_generic(i, lo, found)
        return None, None

    def _reported_own_subject(
        self, sentence: Span, start: int
    ) -> tuple[object | None, Span | None]:
        """The speaker whose own deed a pronoun subject tells: "Four rebel factions announced
        on Monday that they had merged", "Police said they arrested …" are done by the one who
        speaks (named or not), the subject of the speech verb a few words before the pronoun."""
        from sitrep.annotate.lemmas import is_verb_of
        from sitrep.knowledge.cues import load_cues

        view = token_view(self.doc)
        j = start - 1
        while j > sentence.start and view.lower[j] in VERB_GROUP_WORDS:
            j -= 1
        if view.lower[j] not in OWN_SIDE_PRONOUNS:
            return None, None
        speech = load_cues().speech_verbs
        for k in range(j - 1, max(sentence.start, j - REPORTED_PRONOUN_WINDOW) - 1, -1):
            if view.text[k] in CLAUSE_BREAKS | {","}:
                return None, None
            if is_verb_of(self.doc[k], speech) and view.tag[k] in {"VBD", "VBZ", "VBP"}:
                return self._nearer_subject(sentence, k)
        return None, None

    def _appositive_subject(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """ "Salaheddine Sidhoum, Algeria's leading activist, staged …": the actor before the
        apposition, not a name inside it, is the subject of the verb after it."""
        doc = self.doc
        j = start - 1
        while j >= sentence.start and doc[j].lower_ in VERB_GROUP_WORDS:
            j -= 1
        if j <= sentence.start or doc[j].text != ",":
            return None, None
        for k in range(j - 1, max(sentence.start, j - 16) - 1, -1):
            if doc[k].text in CLAUSE_BREAKS or doc[k].lower_ in {"that", "which", "who", "and"}:
                return None, None
            if doc[k].text == ",":
                before = k - 1
                if before >= sentence.start and doc[before].text == ")":  # "Union (NUT),"
                    before = next(
                        (
                            m - 1
                            for m in range(before, max(sentence.start, before - 8), -1)
                            if doc[m].text == "("
                        ),
                        before,
                    )
                cluster, mention = self.actor_at(before)
                if cluster is None or mention is None:
                    return None, None
                return self._head_of(cluster, mention)
        return None, None

    def _object_after(self, sentence: Span, end: int) -> tuple[object | None, Span | None]:
        doc = self.doc
        for i in range(end, min(sentence.end, end + 8)):
            if doc[i].text in CLAUSE_BREAKS | {","} or doc[i].lower_ in {
                "who",
                "which",
                "that",
                "in",
                "on",
                "at",
                "after",
            }:
                break
            cluster, mention = self.actor_at(i)
            if cluster is not None:
                return cluster, mention
        return None, None

    def _premodifier(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """ "Taliban raid", "ISKP's attack", "an army-led operation": an actor right before the noun."""
        doc = self.doc
        i = start - 1
        while i >= sentence.start and (
            doc[i].lower_ in {"-", "led", "’s", "'s"}
            or (
                doc[i].is_alpha
                and doc[i].text.islower()
                and doc[i].lower_ not in STOP
                and i not in self.owner
                and start - i <= 3
            )
        ):
            i -= 1
        if i < sentence.start:
            return None, None
        return self.actor_at(i)

    def _light_verb_before(self, sentence: Span, start: int) -> int | None:
        from sitrep.annotate.lemmas import is_verb_of

        doc = self.doc
        for i in range(start - 1, max(sentence.start - 1, start - 5), -1):
            if is_verb_of(doc[i], self.lexicon.light_verbs) and not is_passive(doc, i):
                return i
        return None

    def _speaker_after(self, sentence: Span, end: int) -> tuple[object | None, Span | None]:
        """The speaker told after the clause: "Sudan must return it, the Russian envoy said"."""
        from sitrep.annotate.lemmas import is_verb_of
        from sitrep.knowledge.cues import load_cues

        speech = load_cues().speech_verbs
        doc = self.doc
        for k in range(end, sentence.end):
            if not is_verb_of(doc[k], speech):
                continue
            lo = k
            while lo - 1 >= end and doc[lo - 1].text not in {",", ";", ":"}:
                lo -= 1
            found = self.first_actor(lo, k)
            if found[0] is None:  # "…, said Russia's foreign minister"
                found = self.first_actor(k + 1, min(sentence.end, k + 6))
            return found
        return None, None

    def _addressee(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """Whom a demand told with a pronoun is made on: the actor right before the "that" of
        "reminded Iraq that it must …", "told Kabul that they must …"."""
        doc = self.doc
        for j in range(start - 1, max(sentence.start, start - 4) - 1, -1):
            if doc[j].lower_ != "that":
                continue
            for k in range(j - 1, max(sentence.start, j - 4) - 1, -1):
                cluster = self.owner.get(k)  # "to Iraq that": a party, whatever the preposition
                if cluster is not None and getattr(cluster, "actor_id", None):
                    return cluster, self.mention_of[k]
            return None, None
        return None, None
