"""Which actor a token names: the shared base of the readers that fill an event's source and target.

It indexes each token's entity and place once per document and answers the questions every
reader asks ("is this token an actor, or a place told as where?", "the first actor in this
range", "an unnamed actor here?"), so that the readers for sides, subjects, targets and role
corrections each hold only their own patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from sitrep.events.actor_kinds import known_actor
from sitrep.events.armed_nouns import (
    STATE_FORCE_KINDS,
    armed_noun_entry,
    armed_singulars,
    held_by_force,
    hyphenated,
    modifies_noun,
)
from sitrep.events.datelines import dateline_end
from sitrep.events.generic_actor import GenericActor
from sitrep.events.lexicon import GenericActorEntry, TriggerLexicon
from sitrep.events.token_view import token_view
from sitrep.knowledge.word_lists import read_word_lists

ACTOR_TYPES = {"ORG", "GPE", "NORP", "PERSON"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
LOCATIVES = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "from",
    "into",
    "through",
    "to",
    "around",
    "within",
    "towards",
    "toward",
}
CLAUSE_BREAKS = {";", ":"}
#: pronouns that, opening what a speaker says, make the speaker's own side the doer ("police
#: said they killed …", "the army said its troops …")
SPEAKER_OWN_SIDE = frozenset({"they", "it", "we", "its", "their", "our"})
#: how far after a speech verb the finite verb of the reported clause may stand
REPORTED_CLAUSE_WINDOW = 7
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: generic actor kinds of unnamed non-state fighters, whom a group named before them owns
NON_STATE_ARMED_KINDS = frozenset({"armed_group", "unidentified_armed_group"})
#: auxiliaries and adverbs between a subject and its verb ("has also", "was still")
VERB_GROUP_WORDS = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "been",
        "be",
        "also",
        "still",
        "again",
        "not",
        "now",
        "today",
        "yesterday",
        "already",
        "reportedly",
        "once",
    }
)


SOURCE_CLAUSES_PATH = Path(__file__).with_name("source_clauses.yaml")


@dataclass(frozen=True)
class SourceClauses:
    """Where a sentence sets the doer of an event apart (``source_clauses.yaml``)."""

    subordinators: frozenset[str]
    not_before_as: frozenset[str]
    not_after_as: frozenset[str]
    describing_participles: frozenset[str]
    exchange_nouns: frozenset[str]
    exchange_adjuncts: frozenset[str]
    communal_sides: frozenset[str]
    communal_causes: frozenset[str]
    force_specialists: frozenset[str]


@lru_cache(maxsize=1)
def load_source_clauses() -> SourceClauses:
    """The packaged word lists, read once per process."""
    lists = read_word_lists(
        SOURCE_CLAUSES_PATH,
        (
            "subordinators",
            "not_before_as",
            "not_after_as",
            "describing_participles",
            "exchange_nouns",
            "exchange_adjuncts",
            "communal_sides",
            "communal_causes",
            "force_specialists",
        ),
        "source clause word lists (restore the packaged file or fix its YAML)",
    )
    return SourceClauses(**lists)


class ActorLookup:
    """Indexes which entity and place each token belongs to, and finds actors by position
    (the argument reader shares these indexes)."""

    def __init__(self, doc: Doc, lexicon: TriggerLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        focus = doc._.country_focus or []
        self.country: str | None = focus[0] if focus else None
        self.capitals_act = False
        self.owner: dict[int, object] = {}
        self.mention_of: dict[int, Span] = {}
        for cluster in doc._.entities or []:
            for mention in cluster.mentions:
                for i in range(mention.start, mention.end):
                    self.owner[i] = cluster
                    self.mention_of[i] = mention
        self.place_of: dict[int, object] = {}
        for place in doc._.places or []:
            for mention in place.mentions:
                for i in range(mention.start, mention.end):
                    self.place_of[i] = place
        self.armed_singulars = armed_singulars(lexicon)
        #: the tokens before this index are the story's dateline (none: 0)
        self.dateline_end = dateline_end(doc)
        #: the state forces a demonym's entity names, one object per entity ("Russian"):
        #: filled as the readers meet them (``SubjectObjectReader._state_military``)
        self.state_forces: dict[tuple[str, int], GenericActor | None] = {}
        #: the generic actor entry each (start, size) of words reads as, or None: the subject
        #: and object searches ask again for the same words of a sentence for every trigger
        self._generic_entries: dict[tuple[int, int], GenericActorEntry | None] = {}

    def actor_at(self, i: int) -> tuple[object | None, Span | None]:
        """The actor token i names, unless it is a place told as where ("in Kabul")."""
        cluster = self.owner.get(i)
        if cluster is None or i < self.dateline_end:
            return None, None  # "COTABATO CITY, Philippines - …": where the story was filed
        if getattr(cluster, "type", "") not in ACTOR_TYPES and not _linked_organisation(cluster):
            return None, None
        if (
            getattr(cluster, "type", "") in PLACE_TYPES
            and not getattr(cluster, "actor_id", None)
            and not self._capital_speaks(i)
            and not _demonym(self.mention_of[i])
        ):
            return None, None  # a city is where something happens, not who does it
        mention = self.mention_of[i]
        if _weapon_name(cluster, mention):
            return None, None  # "detonated an IED": what it was done with, not whom
        before = mention.start - 1
        while before >= 0 and self.doc[before].lower_ in self.lexicon.place_modifiers:
            before -= 1  # "in south Serbia", "in the north of Kabul"
        if before >= 0 and self.doc[before].lower_ in LOCATIVES:
            return None, None  # "in Kabul", "near Mogadishu": a place here, whatever else it is
        return cluster, mention

    def subordinate_opening(self, sentence: Span, start: int) -> int | None:
        """The conjunction opening the clause of the verb at ``start`` ("were injured AS
        police opened fire", "was wounded WHEN protesters fired at …"), if the verb stands in
        such a clause: its doer is named inside it, never before the conjunction. None for
        "known as", "as soon as" and a participle sharing the main subject ("after raiding")."""
        view = token_view(self.doc)
        if not view.tag[start].startswith("VB"):
            return None  # "after fierce fighting with guerrillas": a noun after a preposition
        words = load_source_clauses()
        for j in range(start - 1, sentence.start, -1):
            word = view.lower[j]
            if view.text[j] in CLAUSE_BREAKS | {","} or word in {"that", "which", "who", "whom"}:
                return None  # "Taliban, after a long siege, captured …": an aside, no clause
            if word not in words.subordinators or view.tag[j] not in {"IN", "WRB"}:
                continue
            following = j + 1
            if following >= start or (
                view.tag[following].startswith("VB")
                and view.lower[following] not in words.describing_participles
            ):
                return None
            if word == "as" and (
                view.lower[j - 1] in words.not_before_as
                or view.lower[following] in words.not_after_as
            ):
                return None
            return j
        return None

    def _capital_speaks(self, i: int) -> bool:
        """ "Washington rejected …", "urged Moscow to …": in diplomacy a national capital named
        as a party stands for its government (only for the event types the lexicon lists)."""
        if not self.capitals_act:
            return False
        place = getattr(self.place_of.get(i), "place", None)
        return getattr(place, "feature_code", None) == "PPLC"

    def first_actor(self, start: int, end: int) -> tuple[object | None, Span | None]:
        """The first actor named in tokens [start, end)."""
        for i in range(start, end):
            cluster, mention = self.actor_at(i)
            if cluster is not None:
                return cluster, mention
        return None, None

    def _after_word(
        self, word: str, start: int, end: int, window: int = 8, generic: bool = False
    ) -> tuple[object | None, Span | None]:
        doc = self.doc
        view = token_view(doc)
        for i in range(start, min(end, start + window)):
            if view.text[i] in CLAUSE_BREAKS or (view.text[i] == "," and i > start + 1):
                break
            if view.lower[i] == word:
                found = self.first_actor(i + 1, min(end, i + 8))
                if found[0] is None and generic:
                    found = self.generic_at(i + 1, min(end, i + 5))
                return found
        return None, None

    def generic_at(self, start: int, end: int) -> tuple[object | None, Span | None]:
        """An unnamed actor ("police", "gunmen") in tokens [start, end), used as a noun."""
        doc = self.doc
        if start < end and doc[start].lower_ == "by":
            # "a drone strike by unidentified forces": what follows "by" is the doer, never
            # the one the event is done to (the source readers look after "by" themselves)
            return None, None
        for i in range(start, end):
            if i in self.owner and not self._misread_armed_noun(i):
                continue  # "Peshawar Police Lines": part of a name
            for size in (2, 1):
                entry = self._generic_entry(i, size)
                if entry is None or i + size > end:
                    continue
                words = doc[i : i + size]
                if self.only_speaks(i, i + size):
                    break  # "Police said three militants were killed": the police only told it
                if not modifies_noun(doc, i + size):
                    named = self._named_group_before(i, entry.kind)
                    if named[0] is None:
                        named = self._named_group_earlier(i, size, entry.kind)
                    if named[0] is not None:
                        return named
                    return GenericActor.make(entry, words, self.country), words
                if entry.kind in STATE_FORCE_KINDS and held_by_force(doc, i + size):
                    # "attacked an army base", "the police headquarters": the forces holding it
                    held = doc[i : i + size + 1]
                    return GenericActor.make(entry, held, self.country), held
                members = self._force_men_after(i + size) if entry.kind in STATE_FORCE_KINDS else 0
                if members and not self.only_speaks(i, members):
                    # "army explosives experts defused …": the force's own men
                    men = doc[i:members]
                    return GenericActor.make(entry, men, self.country), men
        return None, None

    def _force_men_after(self, at: int) -> int:
        """The end of a compound from ``at`` whose head names a force's specialists
        ("explosives experts", "bomb disposal squad" after "army" or "police"), or 0: up to
        three lower-case nouns, the last one of ``force_specialists``. The plain words for a
        force's men ("police personnel", "army men") are left out: news names them mostly
        as those harmed ("two police personnel were injured"), which the victim readers read."""
        doc = self.doc
        heads = load_source_clauses().force_specialists
        end = at
        while (
            end < min(len(doc), at + 3)
            and doc[end].tag_.startswith("NN")
            and doc[end].text.islower()
        ):
            end += 1
        return end if end > at and doc[end - 1].lower_ in heads else 0

    def _generic_entry(self, i: int, size: int) -> GenericActorEntry | None:
        """The generic actor entry the ``size`` words from token i read as ("police",
        "security forces"), looked up once per document and position."""
        key = (i, size)
        if key in self._generic_entries:
            return self._generic_entries[key]
        doc = self.doc
        lowered = token_view(doc).span_lower(i, i + size)
        entry = self.lexicon.generic_actors.get(lowered)
        if entry is None and i + size <= len(doc) and not hyphenated(doc, i + size):
            # "rebel-held territory" is a place, not the rebels
            entry = self.armed_singulars.get(lowered) or armed_noun_entry(lowered)
        self._generic_entries[key] = entry
        return entry

    def only_speaks(self, start: int, end: int) -> bool:
        """Whether the words [start, end) name who tells the story, not a side in it: "Police
        said three militants were killed", "according to the ISPR, …". A speaker is no party
        to the fight unless what it says makes its own side the doer ("police said they
        killed …")."""
        from sitrep.annotate.lemmas import is_verb_of
        from sitrep.knowledge.cues import load_cues

        doc = self.doc
        view = token_view(doc)
        before = start - 1
        if before >= 0 and view.lower[before] == "the":
            before -= 1
        if before >= 1 and view.lower[before] == "to" and view.lower[before - 1] == "according":
            return True
        if end >= len(doc) or view.tag[end] not in FINITE_TAGS - {"MD"}:
            return False
        if not is_verb_of(doc[end], load_cues().speech_verbs):
            return False
        first = end + 1
        if first < len(doc) and view.lower[first] == "that":
            first += 1
        if first >= len(doc):
            return False
        for k in range(first, min(len(doc), first + REPORTED_CLAUSE_WINDOW)):
            if view.lower[k] in SPEAKER_OWN_SIDE:
                return False  # "Switzerland said today it had expelled …": its own act
            if view.tag[k] in FINITE_TAGS:
                return True  # "said three militants were …": a clause of its own follows
            if view.tag[k] == "IN" or view.text[k] in CLAUSE_BREAKS | {",", "."}:
                return False  # "claimed responsibility for …": no clause is reported
        return False

    def _named_group_before(self, i: int, kind: str) -> tuple[object | None, Span | None]:
        """ "five ISWAP terrorists", "TTP militants": an organisation named right before an
        unnamed armed noun says whose fighters they are, and a coder codes that group, not an
        unidentified one. Only for non-state armed nouns ("Kenyan police" stays the state's
        police) and only an organisation (a demonym or a place is no group)."""
        if kind not in NON_STATE_ARMED_KINDS or i - 1 < 0:
            return None, None
        cluster = self.owner.get(i - 1)
        if getattr(cluster, "type", "") != "ORG":
            return None, None
        return self.actor_at(i - 1)

    def _named_group_earlier(
        self, i: int, size: int, kind: str
    ) -> tuple[object | None, Span | None]:
        """ "Five TTP militants were killed as militants attacked the post": the same armed
        noun said again in its sentence after a group named it ("TTP militants") is that
        group's fighters, not an unidentified group. Only the same words, only after an
        organisation (see ``_named_group_before``), and only within the sentence."""
        doc = self.doc
        words = [t.lower_ for t in doc[i : i + size]]
        for j in range(i - size, doc[i].sent.start, -1):
            if [t.lower_ for t in doc[j : j + size]] == words:
                named = self._named_group_before(j, kind)
                if named[0] is not None:
                    return named
        return None, None

    def _misread_armed_noun(self, i: int) -> bool:
        """ "attacked the 4th brigade": in lower-case text the truecaser and a gazetteer may take
        a lone army-unit noun for a name (a place "Brigade"); a one-word mention linked to no
        known actor that is an armed noun is still that noun."""
        mention = self.mention_of.get(i)
        return (
            mention is not None
            and len(mention) == 1
            and not getattr(self.owner.get(i), "actor_id", None)
            and armed_noun_entry(mention.text.lower()) is not None
        )

    def _head_of(self, cluster: object, mention: Span) -> tuple[object, Span]:
        """ "The Counter Terrorism Department (CTD) of Khyber Pakhtunkhwa police": the department."""
        doc = self.doc
        j = mention.start - 1
        while j >= 0 and doc[j].lower_ in self.lexicon.place_modifiers:
            j -= 1  # "the Albanians of southern Serbia"
        if j >= 0 and doc[j].lower_ == "of":
            k = j - 1
            while (
                k >= 0
                and doc[k].text in {")", "("} | {t.text for t in doc[max(0, k - 1) : k]}
                and k > j - 4
            ):
                if doc[k].text == ")":
                    k = next((m for m in range(k, max(-1, k - 6), -1) if doc[m].text == "("), k) - 1
                    break
                k -= 1
            head, head_mention = self.actor_at(k)
            if head is not None and head_mention is not None:
                return head, head_mention
        return cluster, mention


def _demonym(mention: Span) -> bool:
    """ "banned Ugandan opposition candidates": a people's adjective the tagger labelled as a
    place names that country's people or state, not where something happened."""
    from sitrep.knowledge.actors import load_actors

    return len(mention) == 1 and load_actors().demonym_country(mention.text) is not None


def _linked_organisation(cluster: object) -> bool:
    """ "Al Shabaab militants detonated an IED": a tagger may label an armed group named like a
    region as a place (LOC); where the resolver linked it to a known organisation or person,
    it acts as that actor, not as where something happened."""
    from sitrep.knowledge.actors import ActorType

    actor = known_actor(cluster)
    return actor is not None and getattr(actor, "type", None) in {ActorType.ORG, ActorType.PERSON}


def _weapon_name(cluster: object, mention: Span) -> bool:
    """ "detonated an IED targeting a convoy": a tagger may label a weapon's acronym as an
    organisation; a mention linked to no known actor whose words name a weapon
    (participants.yaml) is the instrument, never a party."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    if getattr(cluster, "actor_id", None):
        return False
    words = [token.lower_ for token in mention]
    return load_participant_lexicon().class_of(words) == "weapon"
