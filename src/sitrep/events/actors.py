"""Who acts on whom: the source and target actors of one event trigger.

Surface patterns that hold across news writing, read around the trigger:
"X detained Y", "Y were killed by X", "a raid by X on Y", "at the hands of X",
"Taliban raid", "X carried out a raid", "Police opened fire …, killing one",
"Pakistan, a key U.S. ally, has refused …". Unnamed actors ("police", "gunmen")
become ``GenericActor``; a national capital stands for its government in diplomacy.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.events.clauses import clause_start, is_participle, is_passive
from sitrep.events.detect import LINKING_WORDS, TriggerHit
from sitrep.events.lexicon import GenericActorEntry, TriggerLexicon
from sitrep.events.record import EventRecord
from sitrep.events.responsibility import claimed_by

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
STOP = LINKING_WORDS | {"among", "was", "were", "is", "are", "the", "a", "an"}
CLAUSE_BREAKS = {";", ":"}
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
SOURCE_MARKERS = ("at the hands of", "carried out by", "conducted by", "launched by", "led by")
#: words after a noun trigger that introduce its target, tried in this order
TARGET_PREPS = ("against", "on", "of", "targeting", "at")
#: the mode of a fight with two sides ("clashes", "gunfight"): both sides are parties to it
TWO_SIDED_MODE = "sideAB"
BETWEEN = "between"
SIDE_JOINT = "and"
#: how far after a noun trigger its "between" may stand, and how many tokens one side may span
SIDES_WINDOW = 4
SIDE_SPAN = 8

#: counts of harm done to people: the possessor of such a noun suffered it ("the mayor's
#: kidnapping"), while the possessor of any other noun did it ("the army's attack")
HARM_COUNTS = frozenset({"killed", "injured", "kidnapped", "arrested"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: event types a claim or blame names the doer of ("claimed responsibility for the attack")
CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})

_Side = tuple[object | None, Span | None]
_Sides = tuple[_Side, _Side]


class GenericActor:
    """An actor the text names only by a common noun ("police", "gunmen")."""

    type = "ORG"

    def __init__(
        self, name: str, actor_id: str | None, span: Span, kind: str | None = None
    ) -> None:
        self.id: str | None = None
        self.name = name
        self.actor_id = actor_id
        self.kind = kind
        self.mentions = [span]
        self.entry: object = None

    @classmethod
    def make(cls, entry: object, span: Span, country: str | None) -> GenericActor:
        """The state organ of the event's country, or a labelled non-state actor."""
        from sitrep.knowledge.actors import load_actors

        kind = getattr(entry, "kind", "")
        made = cls(getattr(entry, "name", None) or span.text.capitalize(), None, span, kind)
        if kind in {"police", "military"} and country:
            organ = load_actors().country_actor(country, kind)
            if organ is not None:
                made = cls(organ.name, organ.id, span, kind)
        made.entry = entry
        return made

    def in_country(self, country: str | None) -> GenericActor:
        """The same unnamed actor as the organ of the country where the event happened."""
        if not country or self.kind not in {"police", "military"}:
            return self
        return GenericActor.make(self.entry, self.mentions[0], country)


class ActorReader:
    """Finds the source and target actors of a trigger in its sentence, and indexes which
    entity and place each token belongs to (the argument reader shares these indexes)."""

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

    def actor_at(self, i: int) -> tuple[object | None, Span | None]:
        """The actor token i names, unless it is a place told as where ("in Kabul")."""
        cluster = self.owner.get(i)
        if cluster is None or getattr(cluster, "type", "") not in ACTOR_TYPES:
            return None, None
        if (
            getattr(cluster, "type", "") in PLACE_TYPES
            and not getattr(cluster, "actor_id", None)
            and not self._capital_speaks(i)
            and not _demonym(self.mention_of[i])
        ):
            return None, None  # a city is where something happens, not who does it
        mention = self.mention_of[i]
        before = mention.start - 1
        while before >= 0 and self.doc[before].lower_ in self.lexicon.place_modifiers:
            before -= 1  # "in south Serbia", "in the north of Kabul"
        if before >= 0 and self.doc[before].lower_ in LOCATIVES:
            return None, None  # "in Kabul", "near Mogadishu": a place here, whatever else it is
        return cluster, mention

    def _capital_speaks(self, i: int) -> bool:
        """ "Washington rejected …", "urged Moscow to …": in diplomacy a national capital named
        as a party stands for its government (only for the event types the lexicon lists)."""
        if not self.capitals_act:
            return False
        place = getattr(self.place_of.get(i), "place", None)
        return getattr(place, "feature_code", None) == "PPLC"

    def read(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        """Fill the record's source and target (and their spans) from the sentence."""
        self.capitals_act = record.type in self.lexicon.capital_metonym_types
        try:
            self._read_actors(sentence, hit, record)
        finally:
            self.capitals_act = False

    def _read_actors(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        doc = self.doc
        if hit.trigger.anaphoric:
            return
        if hit.trigger.subject_is_target:
            # "talks with the TTP were no longer an option": what is rejected stands before;
            # "Russia said Sudan must return …": the one the demand is made on stands before
            record.target, record.target_span = self._subject_before(sentence, hit.start)
            if record.target is None:  # "reminded Iraq that it must cooperate"
                record.target, record.target_span = self._addressee(sentence, hit.start)
            record.source, record.source_span = self.first_actor(sentence.start, hit.start)
            if record.source is record.target:
                record.source, record.source_span = self._speaker_after(sentence, hit.end)
            if record.source is record.target:
                record.source, record.source_span = None, None
            return
        if hit.trigger.mode == TWO_SIDED_MODE and self._read_sides(sentence, hit, record):
            return
        trigger = doc[hit.start : hit.end]
        passive = is_passive(doc, hit.start) if hit.trigger.pos == "VERB" else False
        # explicit source markers anywhere in the sentence
        lowered = sentence.text.lower()
        for marker in SOURCE_MARKERS:
            at = lowered.find(marker)
            if at >= 0:
                span = doc.char_span(
                    sentence.start_char + at + len(marker) + 1,
                    sentence.end_char,
                    alignment_mode="expand",
                )
                if span is not None:
                    found = self.first_actor(span.start, min(span.start + 6, sentence.end))
                    if found[0] is not None:
                        record.source, record.source_span = found
                        break
        if record.source is None and not passive and hit.trigger.pos == "VERB":
            # "Police opened fire on the crowd, killing one and arresting 12": a participle
            # after a comma shares the subject of the clause it hangs on
            record.source, record.source_span = self._participle_subject(sentence, hit.start)
        if record.source is None and not passive and hit.trigger.pos == "VERB":
            # "Berlin rejected calls by Minsk": an active verb's subject is its source; a
            # "by" after it belongs to a noun of the object
            record.source, record.source_span = self._subject_before(sentence, hit.start)
        if record.source is None:
            for prep in hit.trigger.source_preps:
                found = self._after_word(prep, hit.end, sentence.end, window=16)
                if found[0] is not None:
                    record.source, record.source_span = found
                    break
        if record.source is None and not passive and hit.trigger.pos in {"VERB", "PHRASE"}:
            record.source, record.source_span = self._subject_before(sentence, hit.start)
        harmed_possessor = self._harmed_possessor(sentence, hit)
        if harmed_possessor[0] is not None:  # "the mayor's kidnapping": the mayor suffered it
            record.target, record.target_span = harmed_possessor
        elif record.source is None and hit.trigger.pos == "NOUN":
            # "Taliban raid", "ISKP's attack", "a Pakistani delegation … visited"
            record.source, record.source_span = self._premodifier(sentence, hit.start)
        if record.source is None and hit.trigger.pos == "NOUN":
            light = self._light_verb_before(sentence, hit.start)
            if light is not None:  # "X carried out a raid"
                record.source, record.source_span = self._subject_before(sentence, light)
        # target
        if hit.trigger.pos == "VERB" and passive:
            record.target, record.target_span = self._subject_before(sentence, hit.start)
        elif hit.trigger.pos == "VERB":
            record.target, record.target_span = self._object_after(sentence, hit.end)
            if record.target is None:
                record.target, record.target_span = self._prepositional_target(
                    sentence, hit, record.type
                )
            if record.type == "CONSULT" and getattr(record.target, "type", "") in PLACE_TYPES:
                # "visited Kabul": the city is where, its government is whom (see events)
                record.target, record.target_span = None, None
        else:
            if hit.trigger.pos == "PHRASE":  # "called on Iraq to …", "broke off relations with"
                record.target, record.target_span = self._object_after(sentence, hit.end)
            for prep in (*self.lexicon.target_preps.get(record.type, ()), *TARGET_PREPS):
                if record.target is not None:
                    break
                found = self._after_word(prep, hit.end, sentence.end, window=6)
                if found[0] is not None and found[0] is not record.source:
                    record.target, record.target_span = found
        if (
            record.target is None
            and record.source_span is not None
            and hit.trigger.pos == "NOUN"
            and record.source_span.start > hit.start
        ):
            # "secure a commitment from X": the one who secures it is on the other side
            record.target, record.target_span = self._subject_before(sentence, hit.start)
        if record.target is record.source:
            record.target, record.target_span = None, None
        if record.source is None and not passive and harmed_possessor[0] is None:
            record.source, record.source_span = self._generic_before(sentence, hit.start)
            if (
                record.source is not None
                and record.source_span is not None
                and record.target_span is not None
                and record.source_span.start == record.target_span.start
            ):
                record.source, record.source_span = None, None
        if record.source is None and passive:
            by = self._after_word("by", hit.end, sentence.end, window=6, generic=True)
            record.source, record.source_span = by
        if hit.trigger.pos in {"NOUN", "PHRASE"} and self._patient_before(
            record.source_span, hit.start
        ):
            self._patient_to_target(sentence, hit, record)
        if record.target is None and record.type in self.lexicon.conditioned_types:
            # "threatened to halt the talks if the United States deploys the missiles"
            record.target, record.target_span = self._condition_subject(sentence, hit, record)
        if record.target is None and record.type in self.lexicon.place_target_types:
            record.target, record.target_span = self._place_target(sentence, hit, record.source)
        if record.type in CLAIMED_TYPES:
            self._claimed_source(sentence, hit, record)
        del trigger

    def _claimed_source(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        """ "The bombing was blamed on the Medellin cartel", "police attributed the attack to
        the FMLN": the claimant or the accused did it, so it is the source and never the
        target; the one who blames ("police") is a speaker, not the source."""
        claimed = claimed_by(self.doc, self.owner, hit.start)
        if claimed is None:
            return
        span = claimed.span
        if claimed.entity is not None:
            actor: tuple[object | None, Span | None] = (claimed.entity, span)
        else:
            actor = self.generic_at(span.start, span.end)
        if record.target is not None and (
            record.target is actor[0] or _overlaps(record.target_span, span)
        ):
            record.target, record.target_span = None, None
        if actor[0] is not None:
            record.source, record.source_span = actor
        elif _names_attackers(span) and not _overlaps(record.source_span, span):
            # "police attributed it to drug traffickers": the speaker is not the doer; but
            # "leaflets claiming responsibility" leave the group read before as the doer
            record.source, record.source_span = None, None

    def _harmed_possessor(
        self, sentence: Span, hit: TriggerHit
    ) -> tuple[object | None, Span | None]:
        """The possessor of a noun of harm done to people, who suffered it: "Luis Perez
        Garcia's murder", "the mayor's kidnapping". With "of" after the noun the possessor
        did it ("the army's killing of civilians"), as it does for "the army's attack"."""
        doc = self.doc
        start = hit.start
        if (
            hit.trigger.pos != "NOUN"
            or hit.trigger.count not in HARM_COUNTS
            or start - 2 < sentence.start
            or doc[start - 1].lower_ not in POSSESSIVE_MARKS
            or (hit.end < sentence.end and doc[hit.end].lower_ == "of")
        ):
            return None, None
        # "luis perez garcia's": a surname the name tagger left out may stand before the "'s"
        for k in (start - 2, start - 3):
            found = self.actor_at(k)
            if found[0] is not None:
                return found
            if not doc[k].is_alpha or doc[k].tag_ not in {"NN", "NNP"} or k - 1 < sentence.start:
                break
        return self.generic_at(start - 2, start - 1)

    def _patient_before(self, span: Span | None, start: int) -> bool:
        """Whether the actor read before a noun trigger is the subject of a passive event
        verb standing between them: "militants were killed in an encounter with police"
        tells what the militants underwent, not what they did ("forces were engaged in
        ethnic cleansing", no event verb, stays the doer)."""
        from sitrep.annotate.lemmas import lemma_in

        if span is None or span.end > start:
            return False
        doc = self.doc
        return any(
            doc[i].tag_ in {"VBN", "VBD"}
            and is_passive(doc, i)
            and lemma_in(doc[i].lower_, self.lexicon.verbs) is not None
            for i in range(span.end, start)
        )

    def _patient_to_target(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        """Make the passive subject the target. In a two-sided fight the side its "with"
        names ("an exchange of fire with security forces") is the one acting on it; with no
        such side ("four KIA members were killed as fighting escalated") the subject is
        still a party to the fight and stays its first side."""
        other: tuple[object | None, Span | None] = (None, None)
        if hit.trigger.mode == TWO_SIDED_MODE:
            other = self._after_word("with", hit.end, sentence.end, window=3, generic=True)
            if other[0] is None or other[0] is record.source:
                return
        if record.target is None or record.target is record.source:
            record.target, record.target_span = record.source, record.source_span
        record.source, record.source_span = other

    def _read_sides(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> bool:
        """ "Clashes between the army and the KIA", "police and militants clashed": in a
        two-sided fight both named sides are parties, the first as source, the second as
        target; reading only the nearest name loses one side and turns a battle into a riot."""
        if hit.trigger.pos == "VERB":
            sides = self._sides_before(sentence, hit.start)
        else:
            sides = self._sides_after(sentence, hit.end)
        if sides is None:
            return False
        (record.source, record.source_span), (record.target, record.target_span) = sides
        return True

    def _sides_after(self, sentence: Span, end: int) -> _Sides | None:
        """ "fighting between X and Y": the two sides a "between" after the noun joins."""
        doc = self.doc
        for i in range(end, min(sentence.end, end + SIDES_WINDOW)):
            if doc[i].text in CLAUSE_BREAKS | {","}:
                return None
            if doc[i].lower_ == BETWEEN:
                joint = self._joint(i + 1, min(sentence.end, i + 1 + SIDE_SPAN))
                if joint is None:
                    return None
                last = min(sentence.end, joint + 1 + SIDE_SPAN)
                return self._pair(self._side(i + 1, joint), self._side(joint + 1, last))
        return None

    def _sides_before(self, sentence: Span, start: int) -> _Sides | None:
        """ "Security forces and Maoist rebels clashed": the coordinated subject of the verb."""
        doc = self.doc
        lo = max(clause_start(doc, sentence, start), start - 2 * SIDE_SPAN - 1)
        end = start
        while end - 1 > lo and doc[end - 1].lower_ in VERB_GROUP_WORDS:
            end -= 1  # "had clashed", "have again clashed"
        joint = self._joint(lo, end, last=True)
        if joint is None:
            return None
        return self._pair(self._side(max(lo, joint - SIDE_SPAN), joint), self._side(joint + 1, end))

    def _joint(self, start: int, end: int, last: bool = False) -> int | None:
        """The "and" that joins two sides in [start, end), not one inside a name."""
        doc = self.doc
        found = [
            i
            for i in range(start, end)
            if doc[i].lower_ == SIDE_JOINT and i not in self.owner and doc[i].text != ","
        ]
        if any(doc[i].text in CLAUSE_BREAKS for i in range(start, end)) or not found:
            return None
        return found[-1] if last else found[0]

    def _side(self, start: int, end: int) -> tuple[object | None, Span | None]:
        """One side of a fight in [start, end): a named actor, else an unnamed one ("police").
        The side ends where the noun phrase does: at a comma, a locative or a verb."""
        doc = self.doc
        end = next(
            (
                i
                for i in range(start, end)
                if i not in self.owner
                and (
                    doc[i].text in CLAUSE_BREAKS | {","}
                    or doc[i].lower_ in LOCATIVES
                    or doc[i].tag_.startswith("VB")
                )
            ),
            end,
        )
        if start >= end:
            return None, None
        found = self.first_actor(start, end)
        if found[0] is None:
            found = self.generic_at(start, end)
        return found

    @staticmethod
    def _pair(first: _Side, second: _Side) -> _Sides | None:
        """Both sides in order; a side the text names in words no reader knows ("the SSA-N")
        is left empty, and the other is the source. None when neither side is known."""
        if first[0] is second[0]:
            return None if first[0] is None else (first, (None, None))
        return (first, second) if first[0] is not None else (second, first)

    def _place_target(
        self, sentence: Span, hit: TriggerHit, source: object | None
    ) -> tuple[object | None, Span | None]:
        """The country an event is aimed at when no party is named: "withdrew its forces from
        Lebanon", "sent aid to Bosnia" (only the types the lexicon lists). Only a place that
        stands for a state counts: a town is where it happened, not a party to it."""
        doc = self.doc
        for i in range(hit.end, min(sentence.end, hit.end + 12)):
            if doc[i].text in CLAUSE_BREAKS | {","} or doc[i].lower_ in {"who", "which", "where"}:
                break
            cluster = self.owner.get(i)
            if cluster is None or cluster is source or i not in self.place_of:
                continue
            if getattr(cluster, "type", "") in PLACE_TYPES and getattr(cluster, "actor_id", None):
                return cluster, self.mention_of[i]
        return None, None

    def _prepositional_target(
        self, sentence: Span, hit: TriggerHit, event_type: str
    ) -> tuple[object | None, Span | None]:
        """The target after the word that introduces it for this type of event: "halted aid
        to Serbia", "demanded that the government …", "withdrew its troops from Lebanon"."""
        doc = self.doc
        words = self.lexicon.target_preps.get(event_type, ())
        for i in range(hit.end, min(sentence.end, hit.end + 10)):
            if doc[i].text in CLAUSE_BREAKS or (doc[i].text == "," and i > hit.end):
                break
            if doc[i].lower_ not in words:
                continue
            for j in range(i + 1, min(sentence.end, i + 5)):
                cluster = self.owner.get(j)
                if cluster is not None and getattr(cluster, "type", "") in ACTOR_TYPES:
                    if (
                        getattr(cluster, "type", "") in PLACE_TYPES
                        and not getattr(cluster, "actor_id", None)
                        and not self._capital_speaks(j)
                    ):
                        break  # a town is where, not whom
                    return self._head_of(cluster, self.mention_of[j])
                if doc[j].text in CLAUSE_BREAKS | {","}:
                    break
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

    def _condition_subject(
        self, sentence: Span, hit: TriggerHit, record: EventRecord
    ) -> tuple[object | None, Span | None]:
        """The one a threat is aimed at: the subject of its condition ("… unless Baghdad
        accepts", "… if the United States goes ahead")."""
        doc = self.doc
        for i in range(hit.end, sentence.end):
            if doc[i].lower_ in self.lexicon.condition_words:
                found = self.first_actor(i + 1, min(sentence.end, i + 6))
                if found[0] is not None and found[0] is not record.source:
                    return found
                return None, None
        return None, None

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

    def _light_verb_before(self, sentence: Span, start: int) -> int | None:
        from sitrep.annotate.lemmas import is_verb_of

        doc = self.doc
        for i in range(start - 1, max(sentence.start - 1, start - 5), -1):
            if is_verb_of(doc[i], self.lexicon.light_verbs) and not is_passive(doc, i):
                return i
        return None

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
        for i in range(start, min(end, start + window)):
            if doc[i].text in CLAUSE_BREAKS or (doc[i].text == "," and i > start + 1):
                break
            if doc[i].lower_ == word:
                found = self.first_actor(i + 1, min(end, i + 8))
                if found[0] is None and generic:
                    found = self.generic_at(i + 1, min(end, i + 5))
                return found
        return None, None

    def generic_at(self, start: int, end: int) -> tuple[object | None, Span | None]:
        """An unnamed actor ("police", "gunmen") in tokens [start, end), used as a noun."""
        doc = self.doc
        for i in range(start, end):
            if i in self.owner and not self._misread_armed_noun(i):
                continue  # "Peshawar Police Lines": part of a name
            for size in (2, 1):
                words = doc[i : i + size]
                entry = self.lexicon.generic_actors.get(words.text.lower())
                if entry is None and len(words) == size and not _hyphenated(doc, i + size):
                    # "rebel-held territory" is a place, not the rebels
                    entry = self.armed_singulars.get(words.text.lower()) or armed_noun_entry(
                        words.text.lower()
                    )
                if entry is None or i + size > end:
                    continue
                if not _modifies_noun(doc, i + size):
                    return GenericActor.make(entry, words, self.country), words
                if entry.kind in STATE_FORCE_KINDS and _held_by_force(doc, i + size):
                    # "attacked an army base", "the police headquarters": the forces holding it
                    held = doc[i : i + size + 1]
                    return GenericActor.make(entry, held, self.country), held
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

    def _generic_before(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The unnamed subject of an active trigger: "Police fired …", "gunmen killed …"."""
        doc = self.doc
        lo = clause_start(doc, sentence, start)
        for i in range(start - 1, lo - 1, -1):
            if doc[i].text in {",", ";"} and i < start - 1:
                break
            found = self.generic_at(i, i + 2 if i + 2 <= start else i + 1)
            if found[0] is not None:
                return found
        return None, None

    def _subject_before(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The nearest actor before the trigger in its clause (skipping "members of"), or the
        subject an apposition sets off: "Pakistan, a key U.S. ally, has refused …"."""
        doc = self.doc
        found = self._appositive_subject(sentence, start)
        if found[0] is not None:
            return found
        for i in range(start - 1, sentence.start - 1, -1):
            # "Chaudhry, whom they had taken hostage": the relative clause has its own subject
            if doc[i].text in CLAUSE_BREAKS or doc[i].lower_ in {"that", "which", "who", "whom"}:
                break
            cluster, mention = self.actor_at(i)
            if cluster is not None and mention is not None:
                return self._head_of(cluster, mention)
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


NOUN_AFTER_MODIFIER = {
    "operation",
    "operations",
    "station",
    "stations",
    "chief",
    "commander",
    "spokesman",
    "official",
    "officials",
    "post",
    "posts",
    "base",
    "bases",
    "convoy",
    "vehicle",
    "vehicles",
    "headquarters",
    "checkpoint",
    "forces",
    "officer",
    "officers",
    "camp",
    "academy",
    "court",
    "unit",
    "patrol",
    "source",
    "sources",
    "leadership",
    "personnel",
    "government",
    "rule",
}


def _names_attackers(span: Span) -> bool:
    """Whether a phrase names attackers or an armed force ("drug traffickers", "the army") by
    the participant word list, so that it can stand for who did an attack."""
    from sitrep.events.participants import load_participant_lexicon

    kind = load_participant_lexicon().class_of([t.lower_ for t in span])
    return kind in {"perpetrator", "force"}


#: the actor kind, and the name ACLED gives an unnamed one, of the inter codes an armed noun
#: may tell: state forces become the state organ of the event's country (see GenericActor)
ARMED_NOUN_KINDS = {1: ("military", None), 2: ("armed_group", "Unidentified Armed Group")}
ARMED_NOUN_CLASSES = frozenset({"force", "perpetrator"})
#: generic actor kinds of a state's forces, whose posts and bases stand for them
STATE_FORCE_KINDS = frozenset({"military", "police"})
#: generic actor kinds that are an organised armed side in a fight ("an unidentified man" is
#: no side, though "unidentified men" who attack are)
ARMED_GENERIC_KINDS = frozenset({"military", "police", "armed_group"})


def armed_singulars(lexicon: TriggerLexicon) -> dict[str, GenericActorEntry]:
    """The singular of each armed or state generic actor the lexicon lists in the plural ("an
    army post" as "posts", "a rebel" as "rebels"). Only armed kinds: a lone "activist" or
    "student" says less about a side than the plural, and stays unread. Only singulars the
    participant word list knows as nouns: "forces" is a side, "force" ("use of force") is not.
    """
    from sitrep.events.participants import load_participant_lexicon, singulars

    known = load_participant_lexicon().classes
    found: dict[str, GenericActorEntry] = {}
    for phrase, entry in lexicon.generic_actors.items():
        if entry.kind not in ARMED_GENERIC_KINDS:
            continue
        *before, last = phrase.split()
        for one in singulars(last)[1:]:
            if (*before, one) in known:
                found.setdefault(" ".join((*before, one)), entry)
    return found


@lru_cache(maxsize=512)
def armed_noun_entry(phrase: str) -> GenericActorEntry | None:
    """An unnamed armed actor a lower-case noun names that the generic actor list lacks: an
    army unit ("the 4th brigade", "the atlacatl battalion") or fighters ("guerrillas").

    Wire copy of the 1980s-90s and many translations name the sides of a fight this way; left
    unread, an attack on a brigade reads as violence against civilians and a clash with
    guerrillas as a riot. The noun must be a force or attacker noun of the participant word
    list AND tell an armed inter code by the ontology's name phrases, so that "killers" or
    "kidnappers" (no organised side) stay unread.
    """
    from sitrep.events.participants import load_participant_lexicon, singulars
    from sitrep.knowledge.ontology import load_ontology

    words = phrase.split()
    if not words:  # a whitespace token
        return None
    *before, last = words
    lexicon = load_participant_lexicon()
    if not any(
        lexicon.classes.get((*before, one)) in ARMED_NOUN_CLASSES for one in singulars(last)
    ):
        return None
    code = load_ontology().actor_inter(None, phrase)
    if code not in ARMED_NOUN_KINDS:
        return None
    kind, name = ARMED_NOUN_KINDS[code]
    return GenericActorEntry(kind=kind, name=name)


def _held_by_force(doc: Doc, at: int) -> bool:
    """Whether the noun at ``at`` is a post, base, station or vehicle a force holds: a physical
    target of the participant word list that news writes after the force's name."""
    from sitrep.events.participants import load_participant_lexicon, singulars

    word = doc[at].lower_
    classes = load_participant_lexicon().classes
    return word in NOUN_AFTER_MODIFIER and any(
        classes.get((one,)) == "target" for one in singulars(word)
    )


def _hyphenated(doc: Doc, after: int) -> bool:
    """Whether the word before ``after`` is the first half of a hyphenated compound."""
    return after < len(doc) and doc[after].text in {"-", "–"}


def _overlaps(first: Span | None, second: Span) -> bool:
    """Whether two spans share a token."""
    return first is not None and first.start < second.end and second.start < first.end


def _modifies_noun(doc: Doc, after: int) -> bool:
    """ "a military operation", "police station": the word is an adjective, not an actor."""
    if after >= len(doc):
        return False
    nxt = doc[after]
    if nxt.tag_:
        return nxt.tag_.startswith("NN") and nxt.text.islower()
    return nxt.lower_ in NOUN_AFTER_MODIFIER


def _demonym(mention: Span) -> bool:
    """ "banned Ugandan opposition candidates": a people's adjective the tagger labelled as a
    place names that country's people or state, not where something happened."""
    from sitrep.knowledge.actors import load_actors

    return len(mention) == 1 and load_actors().demonym_country(mention.text) is not None
