"""Unnamed participants of violent events, as noun phrases: victims, targets, weapons, attackers.

News names few of the people and things an attack involves: "gunmen opened
fire on a bus, killing six jesuit priests", "a car bomb exploded outside the
u.s. embassy". Template-filling schemes (MUC-4, GTD, KAIROS) still want those
phrases, so around a trigger this module reads the noun phrases (from the
part-of-speech tags, no parser needed) whose head noun is listed in
``participants.yaml`` and gives each a role from its class and its side of the
trigger (the phrases themselves are read by ``sitrep.events.participant_phrases``, the
groups behind attackers by ``sitrep.events.perpetrator_groups``):

- weapon nouns anywhere in the trigger's clause are its ``instrument``;
- physical things on the patient side (the object of an active verb, the
  subject of a passive one, what follows a noun trigger) are its ``target``;
- people on the patient side are ``victim``s; people on the agent side (the
  subject of an active verb, "by ..." after a passive verb or a noun) are
  ``perpetrator``s, and so are organised forces ("the army", "the air force"),
  except noncombatants ("civilians", "priests", "judges"):
  people by their name are not attackers, so on the agent side they are a
  misread clause ("judges investigating the killing"), not who did it; attacker
  nouns ("gunmen", "guerrillas")
  anywhere on the agent side; attacker nouns on the patient side ("three
  guerrillas were killed") are neither: GTD-style coding counts fallen
  attackers apart from victims.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

from sitrep.events.function_words import BE_HAVE_FORMS
from sitrep.events.participant_lexicon import (
    ParticipantLexicon,
    load_participant_lexicon,
    singulars,
)
from sitrep.events.participant_phrases import NOUN_TAGS, ParticipantPhrases, Phrase
from sitrep.events.perpetrator_groups import PerpetratorGroups, names_group
from sitrep.events.record import ArgumentRecord
from sitrep.events.responsibility import ResponsibilityReader

#: How far back a list of seized things may begin.
MAX_SEIZED_LIST = 16
#: Prepositions before which a place noun is where an event happened ("on a road").
LOCATIVE_PREPOSITIONS = frozenset({"on", "in", "along", "near", "through", "across", "into"})


class ParticipantReader:
    """Finds the participant phrases of one trigger in its clause."""

    def __init__(
        self,
        doc: Doc,
        owner: Mapping[int, object],
        lexicon: ParticipantLexicon | None = None,
    ) -> None:
        self.doc = doc
        self.owner = owner
        self.lexicon = lexicon or load_participant_lexicon()
        self.finder = ParticipantPhrases(doc, owner, self.lexicon)
        self.groups = PerpetratorGroups(doc, owner, self.lexicon)

    def read(
        self,
        clause: tuple[int, int],
        trigger: tuple[int, int],
        patient_before: bool,
        taken: Sequence[ArgumentRecord] = (),
    ) -> list[ArgumentRecord]:
        """Arguments for the phrases of ``clause`` around the ``trigger`` tokens; the patient
        stands before the trigger when ``patient_before`` (a passive verb), else after it."""
        lo, hi = clause
        t_start, t_end = trigger
        by = next((i for i in range(t_end, hi) if self.doc[i].lower_ == "by"), None)
        found: list[ArgumentRecord] = []
        used = {i for a in taken for i in range(a.span.start, a.span.end)}
        weapon = self._weapon_trigger(lo, t_start, t_end) or self._mistagged_weapon(t_end, hi)
        if weapon is not None and not used & set(range(weapon.start, weapon.end)):
            found.append(ArgumentRecord("instrument", weapon))
            used |= set(range(weapon.start, weapon.end))
        attackers = self._attacker_modifier(lo, t_start, t_end)
        if attackers is not None and not used & set(range(attackers.start, attackers.end)):
            found.append(ArgumentRecord("perpetrator", attackers))
            used |= set(range(attackers.start, attackers.end))
            found.extend(self.groups.told_elsewhere(Phrase(attackers, "perpetrator")))
        for phrase in self.finder.phrases(lo, hi, skip=trigger):
            tokens = set(range(phrase.span.start, phrase.span.end))
            if tokens & used and not self._owned_by_name(phrase, used):
                continue
            before = phrase.span.end <= t_start
            after_by = by is not None and phrase.span.start > by
            patient_side = (before if patient_before else not before) and not after_by
            role = self._role(phrase.kind, patient_side, before)
            if role is None or (role == "target" and self._where(phrase.span)):
                continue
            if role == "target" and self._not_attacked(phrase.span.start, lo):
                continue  # "taken to a hospital", "seized a truck": no thing attacked
            if role == "instrument" and self._seized(phrase.span.start, lo):
                continue  # "… and seized a rifle": taken from the attackers, not used
            if role == "perpetrator" and self._undergoes(phrase.span.end, t_start):
                continue  # "civilians were wounded in the attack": they underwent it
            if role == "perpetrator" and self._object_of_earlier_verb(phrase, lo, t_start):
                continue  # "troops killed five terrorists and arrested two": not who arrested
            if role == "perpetrator" and phrase.kind in {"person", "force"}:
                # "soldiers killed …", "… by soldiers": the subject, not "a bus carrying pilgrims"
                after_by_word = phrase.span.start - 1 == by
                if not (after_by_word or self._subject_of(phrase, lo, t_start)):
                    continue
            head = phrase.span.end - 1
            cluster = self.owner.get(head)
            group = self.groups.referred_to(phrase.span, cluster) if role == "perpetrator" else None
            found.append(ArgumentRecord(role, phrase.span, None if group else cluster))
            used |= tokens
            if group is not None:
                found.append(group)
            elif role == "perpetrator":
                # "Colombian troops": a phrase that is itself the group's name is listed once,
                # with its entity, and names its group (none is looked for elsewhere)
                named = list(self.groups.named_within(phrase.span.start, phrase.end_of_text))
                groups = [g for g in named if not _same_span(g.span, phrase.span)]
                if len(groups) == len(named):
                    found.extend(groups or self.groups.told_elsewhere(phrase))
                else:
                    found.extend(groups)
        reader = ResponsibilityReader(
            self.doc, self.owner, self.lexicon.responsibility, self.finder.in_phrase, names_group
        )
        claimed = reader.responsible(t_start)
        if claimed is not None and not used & set(range(claimed.span.start, claimed.span.end)):
            found.append(claimed)
            found.extend(
                p
                for p in reader.partners(claimed)
                if not used & set(range(p.span.start, p.span.end))
            )
        return found

    def _weapon_trigger(self, lo: int, start: int, end: int) -> Span | None:
        """ "a car bomb", "the dynamite attack"… when the trigger is itself the weapon ("bomb"),
        the trigger with its modifiers is the instrument; when a weapon modifies the trigger
        ("a dynamite attack", "grenade blasts"), the modifier is."""
        doc = self.doc
        first = start
        while first > lo and self.finder.in_phrase(first - 1) and doc[first - 1].tag_ != "DT":
            first -= 1
        if doc[end - 1].tag_ not in NOUN_TAGS:
            return None  # "bombed", "bombing": the act, not the weapon
        head = end - 1  # "a grenade attack" may be one trigger
        if first < head and self.lexicon.class_of([t.lower_ for t in doc[first:head]]) == (
            "weapon"
        ):
            return doc[first:head]
        if first > lo and doc[first - 1].tag_ == "DT":
            first -= 1
        words = [t.lower_ for t in doc[first:end]]
        return doc[first:end] if self.lexicon.class_of(words) == "weapon" else None

    def _mistagged_weapon(self, end: int, hi: int) -> Span | None:
        """ "militants detonated an IED targeting a convoy": a tagger may read a weapon's
        acronym right after the verb as an adjective, so no noun phrase holds it; a listed
        weapon word there, with its article, not before a noun, is still the instrument."""
        doc = self.doc
        first = end + 1 if end < hi and doc[end].tag_ == "DT" else end
        if first >= hi or doc[first].tag_ in NOUN_TAGS:
            return None  # a noun is read as a phrase
        if first + 1 < hi and doc[first + 1].tag_ in NOUN_TAGS:
            return None  # "an improvised device": the noun after is the head
        if self.lexicon.class_of([doc[first].lower_]) != "weapon":
            return None
        return doc[end : first + 1]

    def _seized(self, start: int, lo: int) -> bool:
        """Whether a weapon is the object, or in the list of objects, of a verb of seizing
        ("troops seized a rifle, a rocket launcher and ammunition")."""
        doc = self.doc
        for k in range(start - 1, max(lo, start - MAX_SEIZED_LIST) - 1, -1):
            word = doc[k].lower_
            if word in self.lexicon.seizure_verbs:
                return True
            if not (self.finder.in_phrase(k) or word in {",", "and", "also"}):
                return False
        return False

    def _where(self, span: Span) -> bool:
        """ "killed two officials on a road near huari", "in the port of la libertad": a way
        or a place after a locative preposition is where it happened, not what was attacked."""
        before = span.start - 1
        if before < 0 or self.doc[before].lower_ not in LOCATIVE_PREPOSITIONS:
            return False
        return any(w in self.lexicon.place_words for w in singulars(span[-1].lower_))

    def _not_attacked(self, start: int, lo: int) -> bool:
        """Whether words before a thing say it was not attacked: where people were taken or
        shots came from ("rushed to the hospital", "fired from a car"; ``non_target_openers``
        in participants.yaml), or what was seized ("troops seized a truck and two rifles")."""
        words = tuple(t.lower_ for t in self.doc[max(lo, start - 4) : start])
        openers = self.lexicon.non_target_openers
        if any(words[-len(o) :] == o for o in openers if len(o) <= len(words)):
            return True
        return self._seized(start, lo)

    def _attacker_modifier(self, lo: int, start: int, end: int) -> Span | None:
        """ "the terrorist attack", "a guerrilla ambush": a group member's noun that modifies
        a noun trigger says who did it, as a weapon noun there says with what."""
        doc = self.doc
        if doc[end - 1].tag_ not in NOUN_TAGS:
            return None  # "bombed", "bombing": a verb's subject is read as a phrase
        k = start - 1
        # only the nouns of an armed group's members: "a criminal attack" judges the act
        if k < lo or self.lexicon.attacker_noun(doc[k].lower_) not in self.lexicon.group_members:
            return None
        if self.owner.get(k) is not None:
            return None  # a name ("the FMLN attack") is read by the actor reader
        return doc[k : k + 1]

    def _undergoes(self, end: int, limit: int) -> bool:
        """Whether a passive verb follows the phrase ("… were killed", "… were seriously
        wounded", "… had been shot")."""
        doc = self.doc
        k = end
        while k < limit and (doc[k].lower_ in BE_HAVE_FORMS or doc[k].tag_ == "RB"):
            k += 1
        return k > end and k < len(doc) and doc[k].tag_ == "VBN"

    def _object_of_earlier_verb(self, phrase: Phrase, lo: int, trigger_start: int) -> bool:
        """Whether the phrase is the object of a verb coordinated with the trigger: "troops
        neutralised five ISWAP terrorists and arrested two suspects" puts the terrorists after
        "neutralised" and only "and" before "arrested"; the subject they share ("troops") did
        both, the terrorists did neither."""
        doc = self.doc
        between = [t.lower_ for t in doc[phrase.end_of_text : trigger_start]]
        if not between or not all(w in {"and", ",", "then", "later", "also"} for w in between):
            return False
        k = phrase.span.start - 1
        while k >= lo and doc[k].tag_ == "RB":
            k -= 1
        if k < lo:
            return False
        verb = doc[k]
        return verb.tag_ in {"VBD", "VBZ", "VBP", "VBN", "VBG"} and verb.lower_ not in BE_HAVE_FORMS

    def _subject_of(self, phrase: Phrase, lo: int, trigger_start: int) -> bool:
        """Whether people ("soldiers", "three men") are the subject of the trigger verb: they
        open the clause and only auxiliaries and adverbs stand between them and the verb. People
        elsewhere before a trigger ("five people were wounded in the attack", "the officer
        reported …") are not who did it."""
        doc = self.doc
        if phrase.span.end > trigger_start:
            return False  # "… were wounded, the officer reported": a subject stands before its verb
        if not self._starts_clause(phrase.span.start, lo) or not doc[trigger_start].tag_.startswith(
            "VB"
        ):
            return False
        between = doc[phrase.end_of_text : trigger_start]
        return all(t.lower_ in BE_HAVE_FORMS or t.tag_ in {"RB", "MD"} for t in between)

    def _starts_clause(self, start: int, lo: int) -> bool:
        """Whether nothing but adverbs stands between the clause's start and this phrase."""
        for k in range(start - 1, lo - 1, -1):
            token = self.doc[k]
            if token.text in {",", ";", ":"}:
                return True
            if token.tag_.startswith("VB") or token.tag_ in {"IN", "TO"}:
                return False
        return True

    @staticmethod
    def _role(kind: str, patient_side: bool, before: bool) -> str | None:
        if kind == "weapon":
            return "instrument"
        if kind == "target":
            return "target" if patient_side else None
        if kind == "person":
            return "victim" if patient_side else "perpetrator"
        if kind == "noncombatant":
            return "victim" if patient_side else None
        if kind == "force":
            # "the army shelled …": an organised force acts; on the patient side it is neither
            # a physical target nor a victim (its members are, when the text names them)
            return None if patient_side else "perpetrator"
        if kind == "perpetrator":
            # "three guerrillas were killed": casualties among attackers are no victims (GTD
            # counts them apart), nor are they who did it
            return None if patient_side else "perpetrator"
        return None

    def _owned_by_name(self, phrase: Phrase, used: set[int]) -> bool:
        """ "governor luis mena's residence": a target whose owner's name, read already as a
        victim, stands before its "'s"; the residence was attacked too."""
        if phrase.kind != "target":
            return False
        span = phrase.span
        marks = [t.i for t in span if t.tag_ == "POS"]
        return bool(marks) and all(i < marks[-1] for i in used if span.start <= i < span.end)


def _same_span(one: Span, other: Span) -> bool:
    """Whether two spans cover the same tokens."""
    return (one.start, one.end) == (other.start, other.end)
