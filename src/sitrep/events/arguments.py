"""Arguments of an event: source and target actors, victims, participants, counts, place, date.

Surface patterns that hold across news writing, read around the trigger:
"X detained Y", "Y were killed by X", "a raid by X on Y", "at the hands of X",
"members of Y", "the death of V", "among the dead", "including V". Numbers on
the patient ("Two members of Daesh were killed") fill the trigger's count;
a singular patient ("a senior ISKP officer") counts one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text
from sitrep.events.detect import LINKING_WORDS, TriggerHit
from sitrep.events.lexicon import TriggerLexicon
from sitrep.events.participants import ParticipantReader
from sitrep.events.record import ArgumentRecord, EventRecord

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
PLACE_PREFERENCE = {
    "neighbourhood": 0,
    "facility": 0,
    "city": 1,
    "district": 2,
    "admin2": 2,
    "admin1": 3,
    "region": 4,
    "country": 5,
}


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


class ArgumentReader:
    """Reads one trigger's arguments from its sentence."""

    def __init__(self, doc: Doc, lexicon: TriggerLexicon) -> None:
        self.doc = doc
        self.text = document_text(doc)
        self.lexicon = lexicon
        focus = doc._.country_focus or []
        self.country: str | None = focus[0] if focus else None
        clusters = doc._.entities or []
        self.owner: dict[int, object] = {}
        self.mention_of: dict[int, Span] = {}
        for cluster in clusters:
            for mention in cluster.mentions:
                for i in range(mention.start, mention.end):
                    self.owner[i] = cluster
                    self.mention_of[i] = mention
        self.place_of: dict[int, object] = {}
        for place in doc._.places or []:
            for mention in place.mentions:
                for i in range(mention.start, mention.end):
                    self.place_of[i] = place

    def read(
        self, sentence: Span, hit: TriggerHit, record: EventRecord, others: tuple[int, ...] = ()
    ) -> None:
        """Fill the record from the sentence; ``others`` are the starts of the sentence's other
        triggers, which keep the places and dates nearer to them."""
        self.others = others
        trigger = self.doc[hit.start : hit.end]
        self._actors(sentence, hit, record)
        self._patients(sentence, hit, record)
        record.place = self._place(sentence, trigger, (record.source_span, record.target_span))
        record.date = self._date(sentence, trigger)

    # -- actors ---------------------------------------------------------------------------------
    def _actor_at(self, i: int) -> tuple[object | None, Span | None]:
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
        if not getattr(self, "capitals_act", False):
            return False
        place = getattr(self.place_of.get(i), "place", None)
        return getattr(place, "feature_code", None) == "PPLC"

    def _actors(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
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
            record.source, record.source_span = self._first_actor(sentence.start, hit.start)
            if record.source is record.target:
                record.source, record.source_span = self._speaker_after(sentence, hit.end)
            if record.source is record.target:
                record.source, record.source_span = None, None
            return
        trigger = doc[hit.start : hit.end]
        passive = _is_passive(doc, hit.start) if hit.trigger.pos == "VERB" else False
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
                    found = self._first_actor(span.start, min(span.start + 6, sentence.end))
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
        if record.source is None and hit.trigger.pos == "NOUN":
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
        if record.source is None and not passive:
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
        if record.target is None and record.type in self.lexicon.conditioned_types:
            # "threatened to halt the talks if the United States deploys the missiles"
            record.target, record.target_span = self._condition_subject(sentence, hit, record)
        if record.target is None and record.type in self.lexicon.place_target_types:
            record.target, record.target_span = self._place_target(sentence, hit, record.source)
        del trigger

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
                found = self._first_actor(i + 1, min(sentence.end, i + 6))
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
            found = self._first_actor(lo, k)
            if found[0] is None:  # "…, said Russia's foreign minister"
                found = self._first_actor(k + 1, min(sentence.end, k + 6))
            return found
        return None, None

    def _light_verb_before(self, sentence: Span, start: int) -> int | None:
        from sitrep.annotate.lemmas import is_verb_of

        doc = self.doc
        for i in range(start - 1, max(sentence.start - 1, start - 5), -1):
            if is_verb_of(doc[i], self.lexicon.light_verbs) and not _is_passive(doc, i):
                return i
        return None

    def _first_actor(self, start: int, end: int) -> tuple[object | None, Span | None]:
        for i in range(start, end):
            cluster, mention = self._actor_at(i)
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
                found = self._first_actor(i + 1, min(end, i + 8))
                if found[0] is None and generic:
                    found = self._generic_at(i + 1, min(end, i + 5))
                return found
        return None, None

    def _generic_at(self, start: int, end: int) -> tuple[object | None, Span | None]:
        """An unnamed actor ("police", "gunmen") in tokens [start, end), used as a noun."""
        doc = self.doc
        for i in range(start, end):
            if i in self.owner:  # "Peshawar Police Lines": part of a name
                continue
            for size in (2, 1):
                words = doc[i : i + size]
                entry = self.lexicon.generic_actors.get(words.text.lower())
                if entry is not None and i + size <= end and not _modifies_noun(doc, i + size):
                    return GenericActor.make(entry, words, self.country), words
        return None, None

    def _generic_before(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The unnamed subject of an active trigger: "Police fired …", "gunmen killed …"."""
        doc = self.doc
        lo = _clause_start(doc, sentence, start)
        for i in range(start - 1, lo - 1, -1):
            if doc[i].text in {",", ";"} and i < start - 1:
                break
            found = self._generic_at(i, i + 2 if i + 2 <= start else i + 1)
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
            if doc[i].text in CLAUSE_BREAKS or doc[i].lower_ in {"that", "which", "who"}:
                break
            cluster, mention = self._actor_at(i)
            if cluster is not None and mention is not None:
                return self._head_of(cluster, mention)
        return None, None

    def _participle_subject(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The named subject of the main clause for a participle after a comma (", killing one
        and arresting 12"), not the nearest name, which is usually the main verb's object."""
        doc = self.doc
        if not _participle(doc[start]):
            return None, None
        for j in range(start - 1, max(sentence.start, start - 10), -1):
            if doc[j].text in CLAUSE_BREAKS:
                return None, None
            if doc[j].text == ",":
                if not _participle(doc[j + 1]):
                    return None, None
                return self._first_actor(_clause_start(doc, sentence, j), j)
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
                cluster, mention = self._actor_at(before)
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
            head, head_mention = self._actor_at(k)
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
            cluster, mention = self._actor_at(i)
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
        return self._actor_at(i)

    # -- patients, victims, counts ------------------------------------------------------------------
    def _object_phrase(self, region: tuple[int, int], hit: TriggerHit) -> tuple[int, int]:
        """The noun phrase that undergoes the event: right after an active trigger ("killed
        12 soldiers"), right before a passive one ("… and 30 people were arrested")."""
        doc = self.doc
        lo, hi = region
        if hi == hit.start:  # before the trigger: back to the nearest comma or conjunction
            start = hi
            while (
                start - 1 >= lo
                and doc[start - 1].text not in {",", ";"}
                and doc[start - 1].lower_ not in {"and", "but", "that"}
            ):
                start -= 1
            return start, hi
        end = lo
        while end < min(hi, lo + 6) and doc[end].text not in {",", ";"}:
            end += 1
        return lo, end

    def _patients(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        doc = self.doc
        count_kind = hit.trigger.count
        passive = hit.trigger.pos == "VERB" and _is_passive(doc, hit.start)
        if (hit.trigger.pos == "VERB" and (passive or hit.trigger.patient_is_subject)) or (
            hit.trigger.pos == "NOUN" and hit.trigger.anaphoric
        ):
            region = (_clause_start(doc, sentence, hit.start), hit.start)
        else:
            region = (hit.end, _clause_end(doc, sentence, hit.end))
        numbers = [n for n in (doc._.numbers or []) if region[0] <= n.start < region[1]]
        person_numbers = [
            n
            for n in numbers
            if self._counts_people(n.end, region[1]) or _right_after(doc, hit.end, n.start)
        ]
        if count_kind and person_numbers:
            chosen = person_numbers[-1] if region[1] == hit.start else person_numbers[0]
            record.counts[count_kind] = chosen.value
        elif count_kind and self._singular_patient(region, hit):
            record.implicit_counts[count_kind] = 1
        # members of X: the target organisation
        for i in range(region[0], region[1]):
            if doc[i].lower_ in {
                "members",
                "member",
                "fighters",
                "militants",
                "officer",
                "commander",
                "leader",
                "chief",
                "operatives",
                "cell",
            }:
                cluster, mention = self._actor_at(i - 1)
                if cluster is None and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
                    cluster, mention = self._first_actor(i + 2, min(region[1], i + 9))
                target_is_person = getattr(record.target, "type", "") == "PERSON"
                if (
                    cluster is not None
                    and getattr(cluster, "type", "") != "PERSON"
                    and (record.target is None or target_is_person)
                ):
                    record.target, record.target_span = cluster, mention
        if record.target is None and record.type in {"ASSAULT", "COERCE"}:
            # "killed at least 12 soldiers": the unnamed victims' side is the target
            record.target, record.target_span = self._generic_at(*self._object_phrase(region, hit))
        # named people in the patient region are victims (ASSAULT, COERCE)
        if record.type in {"ASSAULT", "COERCE"}:
            seen: set[int] = set()
            for i in range(region[0], region[1]):
                cluster = self.owner.get(i)
                if (
                    cluster is None
                    or getattr(cluster, "type", "") != "PERSON"
                    or id(cluster) in seen
                ):
                    continue
                if self._is_source(record, cluster):
                    continue
                seen.add(id(cluster))
                record.arguments.append(ArgumentRecord("victim", self.mention_of[i], cluster))
        if record.type in {"ASSAULT", "COERCE"} or count_kind:
            # unnamed participants as noun phrases: "six jesuit priests", "a car bomb"
            clause = (_clause_start(doc, sentence, hit.start), _clause_end(doc, sentence, hit.end))
            record.arguments += ParticipantReader(doc, self.owner).read(
                clause, (hit.start, hit.end), region[1] == hit.start, record.arguments
            )
        if record.type == "CONSULT":
            for i in range(sentence.start, sentence.end):
                cluster = self.owner.get(i)
                if cluster is not None and getattr(cluster, "type", "") == "PERSON":
                    if not any(a.entity is cluster for a in record.arguments):
                        record.arguments.append(
                            ArgumentRecord("participant", self.mention_of[i], cluster)
                        )

    def _is_source(self, record: EventRecord, cluster: object) -> bool:
        return record.source is cluster

    def _counts_people(self, after: int, limit: int) -> bool:
        doc = self.doc
        for i in range(after, min(limit, after + 4)):
            if doc[i].lower_ in self.lexicon.person_nouns:
                return True
            if doc[i].lower_ in {"of"}:
                continue
            if i in self.owner:  # "two Daesh members"
                continue
            if not doc[i].is_alpha:
                return False
        return False

    def _singular_patient(self, region: tuple[int, int], hit: TriggerHit) -> bool:
        """ "detained a senior ISKP officer", "the death of the … chief": one person."""
        doc = self.doc
        for i in range(region[0], min(region[1], region[0] + 8)):
            word = doc[i].lower_
            if word in {"a", "an", "the", "one"}:
                for j in range(i + 1, min(region[1], i + 8)):
                    w = doc[j].lower_
                    if doc[j].like_num or (
                        w in {"and", ","}
                        and j + 1 < len(doc)
                        and doc[j + 1].lower_ in {"a", "an", "the", "two", "three"}
                    ):
                        return False
                    if w in self.lexicon.person_nouns and not w.endswith("s"):
                        return True
                    if w in {
                        "chief",
                        "leader",
                        "commander",
                        "head",
                        "officer",
                        "man",
                        "woman",
                        "boy",
                        "girl",
                    }:
                        return True
                return False
            if self.owner.get(i) is not None and getattr(self.owner[i], "type", "") == "PERSON":
                return True
        return False

    # -- place and date ----------------------------------------------------------------------
    def _place(
        self, sentence: Span, trigger: Span, actors: tuple[Span | None, ...] = ()
    ) -> object | None:
        """The place where the event happened among the sentence's places (not its actors)."""
        from sitrep.events.context import coherent_places
        from sitrep.resolve.geo.event_place import choose_event_place

        actor_tokens = {
            i for span in actors if span is not None for i in range(span.start, span.end)
        }
        candidates: list[tuple[object, Span]] = []
        for place in self.places_in(sentence):
            for mention in place.mentions:  # type: ignore[attr-defined]
                if (
                    mention.label_ != "NORP"  # "Sudanese" names a people, not where it happened
                    and sentence.start <= mention.start < sentence.end
                    and mention.start not in actor_tokens
                    and self._nearest_trigger(mention.start, trigger.start)
                ):
                    candidates.append((place, mention))
        if not candidates:
            return None
        backed = coherent_places([c[0] for c in candidates], self.doc._.places or [])
        candidates = [c for c in candidates if c[0] in backed]
        chosen = choose_event_place(
            self.text,
            (trigger.start_char, trigger.end_char),
            [(m.start_char, m.end_char) for _, m in candidates],
        )
        place = candidates[chosen][0] if chosen is not None else None
        return self._most_specific_within(place, [c[0] for c in candidates])

    def _nearest_trigger(self, position: int, trigger_start: int) -> bool:
        """True when no other trigger of the sentence stands nearer to this position."""
        mine = abs(position - trigger_start)
        return all(abs(position - other) >= mine for other in getattr(self, "others", ()))

    def places_in(self, sentence: Span) -> list[object]:
        found: list[object] = []
        for i in range(sentence.start, sentence.end):
            place = self.place_of.get(i)
            if place is not None and place not in found:
                found.append(place)
        return found

    @staticmethod
    def _most_specific_within(place: object | None, others: list[object]) -> object | None:
        """ "in Khair Khana, PD 17, Kabul": a smaller place the chosen one contains wins."""
        if place is None:
            return None
        point = getattr(place, "place", None)
        contains = getattr(point, "contains", None)
        best = place
        for other in others:
            inner = getattr(other, "place", None) or getattr(other, "within", None)
            if other is place or inner is None or not callable(contains):
                continue
            within = getattr(other, "within", None)
            same = within is not None and getattr(within, "geonameid", None) == getattr(
                point, "geonameid", None
            )
            if same or contains(inner):
                rank_other = PLACE_PREFERENCE.get(getattr(other, "feature", None) or "country", 5)
                rank_best = PLACE_PREFERENCE.get(getattr(best, "feature", None) or "country", 5)
                if rank_other < rank_best:
                    best = other
        return best

    def _date(self, sentence: Span, trigger: Span) -> object | None:
        from sitrep.events.context import dates_a_noun, story_dates

        def distance(t: object) -> int:
            start, end = t.start, t.end  # type: ignore[attr-defined]
            if end <= trigger.start_char:
                return len(self.text[end : trigger.start_char].split())
            return len(self.text[trigger.end_char : start].split())

        def same_clause(t: object) -> bool:
            lo, hi = sorted((trigger.start_char, t.start))  # type: ignore[attr-defined]
            words = set(self.text[lo:hi].lower().split())
            return not words & {"who", "which", "whom", "whose"}

        def near_enough(t: object) -> bool:
            # vague references ("recent") modify their own noun; only take them when adjacent
            vague = str(t.value).endswith("_REF")  # type: ignore[attr-defined]
            return distance(t) <= (2 if vague else 20)

        times = [
            t
            for t in (self.doc._.times or [])
            if sentence.start_char <= t.start < sentence.end_char
            and t.type in {"DATE", "TIME"}
            and near_enough(t)
            and same_clause(t)
        ]
        times = [t for t in times if not dates_a_noun(self.text, t, trigger.start_char)]
        # "continued to protest on Friday, January 23rd against a recently enacted law"
        specific = [t for t in times if not str(t.value).endswith("_REF")]
        times = specific or times
        if not times:
            return None
        return min(story_dates(times, self.text), key=distance)


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


def _modifies_noun(doc: Doc, after: int) -> bool:
    """ "a military operation", "police station": the word is an adjective, not an actor."""
    if after >= len(doc):
        return False
    nxt = doc[after]
    if nxt.tag_:
        return nxt.tag_.startswith("NN") and nxt.text.islower()
    return nxt.lower_ in NOUN_AFTER_MODIFIER


def _clause_end(doc: Doc, sentence: Span, i: int) -> int:
    """Where the clause after token i ends: before a relative clause or a new clause."""
    for j in range(i, sentence.end):
        if (
            doc[j].lower_ in {"who", "which", "whom", "whose", "while", "after", "before"}
            or doc[j].text == ";"
        ):
            return j
    return sentence.end


def _right_after(doc: Doc, end: int, number_start: int) -> bool:
    """ "wounding more than 20": a number right after the trigger counts it, noun or not."""
    between = [t.lower_ for t in doc[end:number_start]]
    return all(
        w
        in {"at", "least", "more", "than", "over", "some", "about", "around", "nearly", "up", "to"}
        for w in between
    )


def _participle(token: object) -> bool:
    """ "killing", "arresting": an -ing form, by its tag or, untagged, by its ending."""
    tag = getattr(token, "tag_", "")
    return tag == "VBG" or (not tag and getattr(token, "lower_", "").endswith("ing"))


def _demonym(mention: Span) -> bool:
    """ "banned Ugandan opposition candidates": a people's adjective the tagger labelled as a
    place names that country's people or state, not where something happened."""
    from sitrep.knowledge.actors import load_actors

    return len(mention) == 1 and load_actors().demonym_country(mention.text) is not None


def _clause_start(doc: Doc, sentence: Span, i: int) -> int:
    """Where the clause holding token i begins ("Mujahid reported that | three members …")."""
    for j in range(i - 1, sentence.start - 1, -1):
        if doc[j].lower_ in {"that", ";", ":", "“", '"'} or doc[j].text in {";", ":"}:
            return j + 1
    return sentence.start


def _is_passive(doc: Doc, i: int) -> bool:
    if _participle(doc[i]):
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
