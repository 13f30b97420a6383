"""Unnamed participants of violent events, as noun phrases: victims, targets, weapons, attackers.

News names few of the people and things an attack involves: "gunmen opened
fire on a bus, killing six jesuit priests", "a car bomb exploded outside the
u.s. embassy". Template-filling schemes (MUC-4, GTD, KAIROS) still want those
phrases, so around a trigger this module reads the noun phrases (from the
part-of-speech tags, no parser needed) whose head noun is listed in
``participants.yaml`` and gives each a role from its class and its side of the
trigger:

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

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from sitrep.annotate.lemmas import irregular_forms
from sitrep.events.attacker_groups import attacker_groups
from sitrep.events.record import ArgumentRecord
from sitrep.events.responsibility import ResponsibilityReader

PARTICIPANTS_PATH = Path(__file__).with_name("participants.yaml")
CLASSES = ("weapon", "target", "person", "noncombatant", "perpetrator", "force", "collective")
#: The section of last words that make a name a place ("Junin department"), not a class.
PLACE_WORDS = "place_words"
#: The section of attacker nouns that name an armed group's members ("guerrillas"), not a class.
GROUP_MEMBERS = "group_members"
#: The section of verbs whose weapon objects were taken, not used ("seized a rifle").
SEIZURE_VERBS = "seizure_verbs"
#: The section of words that say who is responsible for an attack ("claimed responsibility
#: for", "blamed ... for", "blamed on"), not a class.
RESPONSIBILITY = "responsibility"
RESPONSIBILITY_KEYS = (
    "claim_verbs",
    "claim_nouns",
    "responsible_words",
    "blame_verbs",
    "blame_prepositions",
    "blame_links",
    "attribute_verbs",
    "attribute_on_verbs",
    "culprit_links",
    "described_culprits",
    "described_victims",
    "description_links",
    "member_links",
)
#: Kinds of actor (knowledge base) whose members attack as the group: an article's sole one
#: takes its members' attacks (see ``sitrep.events.attacker_groups``).
ARMED_GROUP_KINDS = frozenset({"armed_group", "paramilitary", "militia", "criminal_group"})
#: Tags a noun phrase is made of (Penn Treebank); it ends at its last noun.
PHRASE_TAGS = frozenset(
    {
        "DT",
        "PDT",
        "CD",
        "JJ",
        "JJR",
        "JJS",
        "VBN",
        "PRP$",
        "HYPH",
        "POS",
        "NN",
        "NNS",
        "NNP",
        "NNPS",
    }
)
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: What may stand before a modifier (a number, an adjective) inside a noun phrase.
MODIFIER_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "RB", "HYPH", "VBN"})
#: Words that end a phrase whatever their tag (a tagger misreads some in caseless text).
PHRASE_BREAKS = frozenset(
    {"by", "with", "of", "and", "or", "in", "on", "at", "who", "which"}
    # "terrorists tonight bombed …": a day word tagged as a noun is not the phrase's head
    | {"today", "tonight", "yesterday", "tomorrow", "overnight"}
)
MAX_PHRASE = 8
#: How far back a list of seized things may begin.
MAX_SEIZED_LIST = 16
#: Nouns of time that end a phrase before another noun: "the last few hours | terrorists".
TIME_UNITS = frozenset(
    {"hours", "days", "weeks", "months", "years", "night", "morning", "afternoon", "evening"}
)
#: Prepositions before which a place noun is where an event happened ("on a road").
LOCATIVE_PREPOSITIONS = frozenset({"on", "in", "along", "near", "through", "across", "into"})
AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "be", "had", "has", "have"})
PERSON_TYPES = frozenset({"PERSON"})
PLACE_TYPES = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class ParticipantLexicon:
    """Which head nouns (lower case, singular; a few are two or three words) are of which class."""

    classes: Mapping[tuple[str, ...], str]
    place_words: frozenset[str] = frozenset()
    group_members: frozenset[str] = frozenset()
    seizure_verbs: frozenset[str] = frozenset()
    #: claim_verbs, claim_nouns, blame_verbs, blame_links (see participants.yaml)
    responsibility: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: Path) -> ParticipantLexicon:
        from sitrep.errors import KnowledgeError

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise KnowledgeError(
                f"cannot read the participant word list {str(path)!r} ({err}); fix or restore it",
                source=str(path),
            ) from None
        sections = (*CLASSES, PLACE_WORDS, GROUP_MEMBERS, SEIZURE_VERBS, RESPONSIBILITY)
        unknown = set(data) - set(sections)
        if unknown:
            raise KnowledgeError(
                f"the participant word list {str(path)!r} has unknown sections {sorted(unknown)}; "
                f"use only {', '.join(sections)}",
                source=str(path),
            )
        classes: dict[tuple[str, ...], str] = {}
        for name in CLASSES:
            for entry in data.get(name) or []:
                classes[tuple(str(entry).lower().split())] = name
        place_words = frozenset(str(w).lower() for w in data.get(PLACE_WORDS) or [])
        members = frozenset(str(w).lower() for w in data.get(GROUP_MEMBERS) or [])
        cues = data.get(RESPONSIBILITY) or {}
        if not isinstance(cues, dict) or set(cues) - set(RESPONSIBILITY_KEYS):
            raise KnowledgeError(
                f"the {RESPONSIBILITY!r} section of {str(path)!r} must map only "
                f"{', '.join(RESPONSIBILITY_KEYS)} to lists of words; fix it",
                source=str(path),
            )
        responsibility = {
            key: frozenset(str(w).lower() for w in cues.get(key) or [])
            for key in RESPONSIBILITY_KEYS
        }
        seizing = frozenset(str(w).lower() for w in data.get(SEIZURE_VERBS) or [])
        return cls(classes, place_words, members, seizing, responsibility)

    def class_of(self, words: list[str]) -> str | None:
        """The class of a phrase from its longest listed ending ("armed men": perpetrator)."""
        for size in (3, 2, 1):
            if len(words) < size:
                continue
            *before, last = words[-size:]
            for lemma in singulars(last):
                found = self.classes.get((*before, lemma))
                if found is not None:
                    return found
        return None

    def attacker_noun(self, word: str) -> str | None:
        """The listed singular of a one-word attacker noun ("guerrillas" -> guerrilla)."""
        return next((w for w in singulars(word) if self.classes.get((w,)) == "perpetrator"), None)


def singulars(noun: str) -> list[str]:
    """The singulars a lower-case noun could have: "bombs" -> bomb, "policemen" -> policeman,
    "facilities" -> facility. Only noun endings: "bombed" and "bombing" are not the weapon."""
    found = [noun]
    irregular = irregular_forms().get(noun)
    if irregular and not noun.endswith(("ing", "ed")):  # the table also lists verb forms
        found.append(irregular)
    if noun.endswith("men"):
        found.append(noun[:-3] + "man")
    if noun.endswith("ies"):
        found.append(noun[:-3] + "y")
    if noun.endswith("es"):
        found.append(noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        found.append(noun[:-1])
    return found


@lru_cache(maxsize=4)
def load_participant_lexicon(path: str | None = None) -> ParticipantLexicon:
    """The participant word list at ``path`` (default: the packaged one), read once per process."""
    return ParticipantLexicon.from_file(Path(path) if path else PARTICIPANTS_PATH)


@dataclass(frozen=True)
class Phrase:
    span: Span
    kind: str
    #: where the words it stands for end: past "of the FMLN" after "members"
    extent: int = 0

    @property
    def end_of_text(self) -> int:
        return max(self.span.end, self.extent)


def in_noun_phrase(token: Token) -> bool:
    """Whether a token can be part of a noun phrase (by its tag, and not a word that breaks
    one); the participant reader and the claim reader share it to read the same phrases."""
    return token.tag_ in PHRASE_TAGS and token.lower_ not in PHRASE_BREAKS


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
        weapon = self._weapon_trigger(lo, t_start, t_end)
        if weapon is not None and not used & set(range(weapon.start, weapon.end)):
            found.append(ArgumentRecord("instrument", weapon))
            used |= set(range(weapon.start, weapon.end))
        attackers = self._attacker_modifier(lo, t_start, t_end)
        if attackers is not None and not used & set(range(attackers.start, attackers.end)):
            found.append(ArgumentRecord("perpetrator", attackers))
            used |= set(range(attackers.start, attackers.end))
            found.extend(self._group_told_elsewhere(Phrase(attackers, "perpetrator")))
        for phrase in self.phrases(lo, hi, skip=trigger):
            tokens = set(range(phrase.span.start, phrase.span.end))
            if tokens & used and not self._owned_by_name(phrase, used):
                continue
            before = phrase.span.end <= t_start
            after_by = by is not None and phrase.span.start > by
            patient_side = (before if patient_before else not before) and not after_by
            role = self._role(phrase.kind, patient_side, before)
            if role is None or (role == "target" and self._where(phrase.span)):
                continue
            if role == "instrument" and self._seized(phrase.span.start, lo):
                continue  # "… and seized a rifle": taken from the attackers, not used
            if role == "perpetrator" and self._undergoes(phrase.span.end, t_start):
                continue  # "civilians were wounded in the attack": they underwent it
            if role == "perpetrator" and phrase.kind in {"person", "force"}:
                # "soldiers killed …", "… by soldiers": the subject, not "a bus carrying pilgrims"
                after_by_word = phrase.span.start - 1 == by
                if not (after_by_word or self._subject_of(phrase, lo, t_start)):
                    continue
            head = phrase.span.end - 1
            cluster = self.owner.get(head)
            group = self._group_referred_to(phrase.span, cluster) if role == "perpetrator" else None
            found.append(ArgumentRecord(role, phrase.span, None if group else cluster))
            used |= tokens
            if group is not None:
                found.append(group)
            elif role == "perpetrator":
                groups = list(self._organisations(phrase.span.start, phrase.end_of_text))
                found.extend(groups or self._group_told_elsewhere(phrase))
        reader = ResponsibilityReader(
            self.doc, self.owner, self.lexicon.responsibility, self._in_phrase, names_group
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

    def _group_referred_to(self, span: Span, cluster: object | None) -> ArgumentRecord | None:
        """ "the rebels", "the terrorists" that the text links to a group named elsewhere
        ("the fmln"): the common noun stands for the group's members, who did it, and the
        group by its name did it too; the phrase itself is no name of the group."""
        if cluster is None or getattr(cluster, "type", "") != "ORG":
            return None
        named = [m for m in getattr(cluster, "named_mentions", []) if m.label_ == "ORG"]
        if not named or any(m.start <= span.end - 1 < m.end for m in named):
            return None  # "eln guerrillas" is itself the group's name
        before = [m for m in named if m.end <= span.start]
        mention = max(before, key=lambda m: m.start) if before else named[0]
        return ArgumentRecord("perpetrator", mention, cluster)

    def _organisations(self, start: int, end: int) -> Iterator[ArgumentRecord]:
        """ "FMLN guerrillas", "members of the ELN": the named group the attackers belong to
        is a perpetrator too."""
        seen: set[int] = set()
        for i in range(start, end):
            cluster = self.owner.get(i)
            if cluster is None or id(cluster) in seen:
                continue
            seen.add(id(cluster))
            mention = next(
                (m for m in getattr(cluster, "mentions", []) if m.start <= i < m.end), None
            )
            if mention is not None and names_group(cluster, mention):
                yield ArgumentRecord("perpetrator", mention, cluster)

    def _group_told_elsewhere(self, phrase: Phrase) -> list[ArgumentRecord]:
        """ "the guerrillas" where the article says whose guerrillas they are elsewhere."""
        if phrase.kind != "perpetrator":
            return []
        noun = self.lexicon.attacker_noun(self.doc[phrase.span.end - 1].lower_)
        groups = attacker_groups(
            self.doc,
            self.owner,
            self.lexicon.attacker_noun,
            names_group,
            self.lexicon.group_members,
            is_armed_group,
        )
        if noun is None or noun not in groups:
            return []
        cluster, mention = groups[noun]
        return [ArgumentRecord("perpetrator", mention, cluster)]

    def _weapon_trigger(self, lo: int, start: int, end: int) -> Span | None:
        """ "a car bomb", "the dynamite attack"… when the trigger is itself the weapon ("bomb"),
        the trigger with its modifiers is the instrument; when a weapon modifies the trigger
        ("a dynamite attack", "grenade blasts"), the modifier is."""
        doc = self.doc
        first = start
        while first > lo and self._in_phrase(first - 1) and doc[first - 1].tag_ != "DT":
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

    def _seized(self, start: int, lo: int) -> bool:
        """Whether a weapon is the object, or in the list of objects, of a verb of seizing
        ("troops seized a rifle, a rocket launcher and ammunition")."""
        doc = self.doc
        for k in range(start - 1, max(lo, start - MAX_SEIZED_LIST) - 1, -1):
            word = doc[k].lower_
            if word in self.lexicon.seizure_verbs:
                return True
            if not (self._in_phrase(k) or word in {",", "and", "also"}):
                return False
        return False

    def _where(self, span: Span) -> bool:
        """ "killed two officials on a road near huari", "in the port of la libertad": a way
        or a place after a locative preposition is where it happened, not what was attacked."""
        before = span.start - 1
        if before < 0 or self.doc[before].lower_ not in LOCATIVE_PREPOSITIONS:
            return False
        return any(w in self.lexicon.place_words for w in singulars(span[-1].lower_))

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
        while k < limit and (doc[k].lower_ in AUXILIARIES or doc[k].tag_ == "RB"):
            k += 1
        return k > end and k < len(doc) and doc[k].tag_ == "VBN"

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
        return all(t.lower_ in AUXILIARIES or t.tag_ in {"RB", "MD"} for t in between)

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

    def phrases(self, lo: int, hi: int, skip: tuple[int, int] = (0, 0)) -> Iterator[Phrase]:
        """Participant noun phrases in tokens [lo, hi), none crossing the ``skip`` tokens."""
        doc = self.doc
        i = lo
        while i < hi:
            if not self._in_phrase(i) or skip[0] <= i < skip[1] or not self._continues(i, True):
                i += 1
                continue
            start = i
            i += 1
            while (
                i < hi
                and self._in_phrase(i)
                and not skip[0] <= i < skip[1]
                and self._continues(i, False)
            ):
                i += 1
            head = max((k for k in range(start, i) if doc[k].tag_ in NOUN_TAGS), default=None)
            if head is None:
                continue
            phrase = self._phrase(start, head + 1, hi)
            if phrase is not None:
                yield phrase
                i = max(i, phrase.span.end)

    def _continues(self, i: int, first: bool) -> bool:
        """Whether token i can start (``first``) or go on with a noun phrase: determiners only
        open one, "armed" only before a noun ("armed men", not "police arrested nine")."""
        doc = self.doc
        tag = doc[i].tag_
        before = "" if first else doc[i - 1].tag_
        after = doc[i + 1].tag_ if i + 1 < len(doc) else ""
        if tag in {"DT", "PDT", "PRP$"}:
            return first or before == "PDT"
        if tag == "VBN":
            return (first or before in MODIFIER_TAGS) and after in NOUN_TAGS | {"JJ", "HYPH"}
        if tag in {"CD", "JJ", "JJR", "JJS"}:
            return first or before in MODIFIER_TAGS
        if tag in {"HYPH", "POS"}:
            return not first
        # "in the last few hours terrorists staged …": two phrases
        return first or tag not in NOUN_TAGS or doc[i - 1].lower_ not in TIME_UNITS

    def _in_phrase(self, i: int) -> bool:
        return in_noun_phrase(self.doc[i])

    def _phrase(self, start: int, end: int, limit: int) -> Phrase | None:
        doc = self.doc
        start = max(start, end - MAX_PHRASE)
        words = [t.lower_ for t in doc[start:end]]
        kind = self.lexicon.class_of(words)
        if kind == "collective":
            # "a group of armed men", "members of the armed forces": the class of what follows
            if end < limit and doc[end].lower_ == "of":
                rest = next(self.phrases(end + 1, min(limit, end + 1 + MAX_PHRASE)), None)
                if rest is not None and rest.span.start == end + 1:
                    return Phrase(doc[start : rest.span.end], rest.kind)
                if self._organisation_at(end + 1, limit):
                    return Phrase(doc[start:end], "perpetrator", min(limit, end + 4))
            return None
        if kind is None:
            return self._named_target(start, end)
        cluster = self.owner.get(end - 1)
        entity_type = getattr(cluster, "type", "")
        if entity_type in PERSON_TYPES or (entity_type in PLACE_TYPES and kind != "target"):
            return None  # a named person or place: the name readers handle it
        while start < end and doc[start].tag_ in {"HYPH", "POS"}:
            start += 1
        return Phrase(doc[start:end], kind)

    def _owned_by_name(self, phrase: Phrase, used: set[int]) -> bool:
        """ "governor luis mena's residence": a target whose owner's name, read already as a
        victim, stands before its "'s"; the residence was attacked too."""
        if phrase.kind != "target":
            return False
        span = phrase.span
        marks = [t.i for t in span if t.tag_ == "POS"]
        return bool(marks) and all(i < marks[-1] for i in used if span.start <= i < span.end)

    def _named_target(self, start: int, end: int) -> Phrase | None:
        """ "the newspaper el espectador", "the hotel sheraton": a target noun followed by the
        name of the place or body it is, which names what was attacked."""
        doc = self.doc
        name = end
        while name > start and self.owner.get(name - 1) is not None:
            name -= 1
        if name in {start, end} or self.lexicon.class_of([t.lower_ for t in doc[start:name]]) != (
            "target"
        ):
            return None
        if getattr(self.owner.get(end - 1), "type", "") not in {"ORG", "FAC"}:
            return None
        return Phrase(doc[start:end], "target")

    def _organisation_at(self, start: int, limit: int) -> bool:
        """ "members of the fmln": an organisation's name right after "of" (past an article)."""
        for i in range(start, min(limit, start + 3)):
            cluster = self.owner.get(i)
            if cluster is not None:
                return getattr(cluster, "type", "") in {"ORG", "NORP"}
        return False


def names_group(cluster: object, mention: Span) -> bool:
    """Whether a name beside attackers is their group: an organisation, or an acronym a
    tagger took for a place ("fmln guerrillas" in lower-case wire copy), not "Salvadoran"."""
    if getattr(cluster, "type", "") == "ORG":
        return True
    text = mention.text.replace(".", "")
    is_acronym = text.isalpha() and text.isupper() and 3 <= len(text) <= 6
    return getattr(cluster, "type", "") == "GPE" and is_acronym


def is_armed_group(cluster: object) -> bool:
    """Whether an entity is linked to an armed group of the knowledge base (a rebel army, a
    paramilitary force, a cartel), not to a state's forces, a party or a firm."""
    actor_id = getattr(cluster, "actor_id", None)
    if not actor_id:
        return False
    from sitrep.knowledge.actors import load_actors

    actor = load_actors().get(actor_id)
    return actor is not None and str(actor.kind) in ARMED_GROUP_KINDS
