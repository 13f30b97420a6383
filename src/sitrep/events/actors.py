"""Who acts on whom: the source and target actors of one event trigger.

Surface patterns that hold across news writing, read around the trigger:
"X detained Y", "Y were killed by X", "a raid by X on Y", "at the hands of X",
"Taliban raid", "X carried out a raid", "Police opened fire …, killing one",
"Pakistan, a key U.S. ally, has refused …". Unnamed actors ("police", "gunmen")
become ``GenericActor``; a national capital stands for its government in diplomacy.

This module is the entry point: ``ActorReader.read`` decides the order in which the readers run.
Their patterns live in one module each: ``actor_lookup`` (which actor a token names),
``subject_object`` (grammatical slots), ``actor_sides`` (two-sided fights), ``role_corrections``
(who suffered, who is claimed or blamed), ``typed_targets`` (per-type target words),
``armed_nouns`` and ``generic_actor`` (unnamed actors).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.actor_kinds import kind_and_sector
from sitrep.events.actor_lookup import CLAUSE_BREAKS, PLACE_TYPES, VERB_GROUP_WORDS
from sitrep.events.actor_sides import TWO_SIDED_MODE, SideReader
from sitrep.events.clauses import is_passive
from sitrep.events.detect import TriggerHit
from sitrep.events.national_forces import joined_demonyms
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.role_corrections import CLAIMED_TYPES, RoleCorrections
from sitrep.events.subject_object import SubjectObjectReader
from sitrep.events.token_view import token_view
from sitrep.events.typed_targets import TypedTargetReader

#: possessives that tie forces to the one who tells of them ("its forces", "our troops")
SPEAKER_POSSESSIVES = frozenset({"its", "our", "their", "own"})
#: verb forms of two verbs that share one subject ("raided … and arrested")
FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
SOURCE_MARKERS = ("at the hands of", "carried out by", "conducted by", "launched by", "led by")
#: event types whose weapon or strike, told with a state's demonym, names that state's forces
NATIONAL_FORCE_TYPES = frozenset({"ASSAULT"})
#: words that open an aside naming a person just described ("the house of a teacher,
#: identified as Hameed, and opened fire"): the name is no subject of the verb after the aside
IDENTITY_ASIDES = (("identified", "as"), ("named",), ("alias",), ("known", "as"))
#: verbs whose subject only suspects or blames, a teller not a doer ("The Police suspect the
#: ULFA-I behind the blast", "police blamed militants for the attack")
SUSPICION_VERBS = frozenset({"suspect", "blame", "believe", "fear", "doubt"})
#: words after a noun trigger that introduce its target, tried in this order
TARGET_PREPS = ("against", "on", "of", "targeting", "at")


class ActorReader(SubjectObjectReader, SideReader, RoleCorrections, TypedTargetReader):
    """Finds the source and target actors of a trigger in its sentence, and indexes which
    entity and place each token belongs to (the argument reader shares these indexes)."""

    def read(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        """Fill the record's source and target (and their spans) from the sentence."""
        self.capitals_act = record.type in self.lexicon.capital_metonym_types
        try:
            self._read_actors(sentence, hit, record)
        finally:
            self.capitals_act = False

    def _read_actors(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        """Fill the source and target step by step; the order decides which reading wins
        (most steps fill only what the ones before left empty, a few correct them)."""
        if hit.trigger.anaphoric:
            return
        if hit.trigger.subject_is_target:
            self._read_subject_as_target(sentence, hit, record)
            return
        if hit.trigger.mode == TWO_SIDED_MODE and self._read_sides(sentence, hit, record):
            return
        passive = is_passive(self.doc, hit.start) if hit.trigger.pos == "VERB" else False
        self._read_marked_source(sentence, record)
        if record.type in NATIONAL_FORCE_TYPES and self._bare_demonym(record.source_span):
            self._read_national_force(sentence, hit, record, passive)
        self._read_clause_source(sentence, hit, record, passive)
        possessor_harmed = self._read_harmed_possessor(sentence, hit, record)
        self._read_noun_source(sentence, hit, record, possessor_harmed)
        self._read_target(sentence, hit, record, passive)
        self._read_counterpart_target(sentence, hit, record)
        if record.target is record.source:
            record.target, record.target_span = None, None
        self._read_unnamed_source(sentence, hit, record, passive, possessor_harmed)
        if hit.trigger.pos in {"NOUN", "PHRASE"} and self._patient_before(
            record.source_span, hit.start
        ):
            self._patient_to_target(sentence, hit, record)
        self._read_typed_fallback_target(sentence, hit, record)
        if record.type in CLAIMED_TYPES:
            self._claimed_source(sentence, hit, record)
        self._read_joined_forces(sentence, record)

    def _read_subject_as_target(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> None:
        """Triggers whose subject is their target: "talks with the TTP were no longer an
        option" (what is rejected stands before); "Russia said Sudan must return …" (the one
        the demand is made on stands before); the source is the actor before, or the speaker
        after."""
        record.target, record.target_span = self._subject_before(sentence, hit.start)
        if record.target is None:  # "reminded Iraq that it must cooperate"
            record.target, record.target_span = self._addressee(sentence, hit.start)
        record.source, record.source_span = self.first_actor(sentence.start, hit.start)
        if record.source is record.target:
            record.source, record.source_span = self._speaker_after(sentence, hit.end)
        if record.source is record.target:
            record.source, record.source_span = None, None

    def _read_marked_source(self, sentence: Span, record: EventRecord) -> None:
        """A source named after an explicit marker anywhere in the sentence ("at the hands of
        X", "carried out by X"): the first marker followed by an actor wins."""
        doc = self.doc
        lowered = token_view(doc).span_lower(sentence.start, sentence.end)
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

    def _read_national_force(
        self, sentence: Span, hit: TriggerHit, record: EventRecord, passive: bool
    ) -> None:
        """ "a Russian missile struck", "an Israeli air strike": a bare demonym as source
        stands for the state's military, where the sentence lets one be found."""
        found = self._national_force(sentence, hit.start, hit.end, passive)
        if found[0] is not None:
            record.source, record.source_span = found

    def _read_joined_forces(self, sentence: Span, record: EventRecord) -> None:
        """ "Russian and Malian soldiers attacked …": a state's forces told with other
        nationalities joined before them act together; each other state's military joins the
        event as a perpetrator, linked to its demonym's entity (the source stays the force the
        phrase's head names)."""
        from sitrep.knowledge.actors import load_actors

        span = record.source_span
        if span is None or kind_and_sector(record.source)[0] != "military":
            return
        source_country = getattr(
            load_actors().get(getattr(record.source, "actor_id", "")), "country", None
        )
        for at, country in joined_demonyms(self.doc, span.start, sentence.start):
            owner = self.owner.get(at)
            if country == source_country or (owner is not None and len(self.mention_of[at]) > 1):
                continue
            partner = self._state_military(country, self.doc[at : at + 1], owner)
            if partner is not None:
                record.arguments.append(ArgumentRecord("perpetrator", partner.mentions[0], partner))

    def _read_clause_source(
        self, sentence: Span, hit: TriggerHit, record: EventRecord, passive: bool
    ) -> None:
        """The source the clause's grammar gives, tried in turn until one is found: the
        subject a participle shares, an active verb's subject, the trigger's source
        prepositions, a phrase's subject."""
        if record.source is None and not passive and hit.trigger.pos == "VERB":
            # "Police opened fire on the crowd, killing one and arresting 12": a participle
            # after a comma shares the subject of the clause it hangs on
            record.source, record.source_span = self._participle_subject(sentence, hit.start)
        if record.source is None and not passive and hit.trigger.pos == "VERB":
            # "the IDF said its aircraft struck …": the forces the speaker owns
            record.source, record.source_span = self._speaker_forces(sentence, hit.start)
        if record.source is None and not passive and hit.trigger.pos == "VERB":
            # "troops neutralised five ISWAP terrorists and arrested two suppliers": the second
            # verb shares the first one's subject, not the nearest name (the first's object)
            record.source, record.source_span = self._coordinated_subject(sentence, hit.start)
        if record.source is None and not passive and hit.trigger.pos == "VERB":
            # "Berlin rejected calls by Minsk": an active verb's subject is its source; a
            # "by" after it belongs to a noun of the object
            record.source, record.source_span = self._subject_before(sentence, hit.start)
        if record.source is None:
            for prep in hit.trigger.source_preps:
                found = self._after_word(prep, hit.end, sentence.end, window=16)
                if found[0] is None and hit.trigger.pos == "NOUN" and prep == "by":
                    # "a drone strike by unidentified forces", "a raid by police": a noun's
                    # doer may be named by a common noun right after "by"
                    found = self._after_word(prep, hit.end, sentence.end, window=1, generic=True)
                if found[0] is not None:
                    record.source, record.source_span = found
                    break
        if record.source is None and not passive and hit.trigger.pos == "PHRASE":
            # "entered the house of a teacher, identified as Hameed, and opened fire": a verb
            # phrase after "and" shares the first verb's subject too
            record.source, record.source_span = self._coordinated_subject(sentence, hit.start)
        if record.source is None and not passive and hit.trigger.pos in {"VERB", "PHRASE"}:
            record.source, record.source_span = self._subject_before(sentence, hit.start)

    def _speaker_forces(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The speaker whose own forces are the subject ("The Israel Defense Forces said its
        aircraft struck …", "Ukraine's General Staff said its forces liquidated …"): a state
        named as the speaker acts through its military; a force, ministry or agency acts as
        itself. Nothing where the sentence names no speaker before ("own troops engaged …")."""
        from sitrep.events.participant_lexicon import load_participant_lexicon
        from sitrep.knowledge.actors import load_actors

        view = token_view(self.doc)
        end = start
        while end > sentence.start and (
            view.lower[end - 1] in VERB_GROUP_WORDS or view.tag[end - 1] in {"RB", "MD"}
        ):
            end -= 1
        lexicon = load_participant_lexicon()
        owner_word = next(
            (
                i
                for i in range(end - 1, max(sentence.start, end - 4) - 1, -1)
                if view.lower[i] in SPEAKER_POSSESSIVES
                and lexicon.class_of(list(view.lower[i:end])) == "force"
            ),
            None,
        )
        if owner_word is None:
            return None, None
        speaker, span = self.first_actor(sentence.start, owner_word)
        if speaker is None or span is None:
            return None, None
        if getattr(speaker, "type", "") in PLACE_TYPES:
            actor = load_actors().get(getattr(speaker, "actor_id", "") or "")
            country = getattr(actor, "country", None)
            military = self._state_military(country, span, speaker) if country else None
            return (military, span) if military is not None else (None, None)
        return speaker, span

    def _coordinated_subject(self, sentence: Span, start: int) -> tuple[object | None, Span | None]:
        """The subject of a verb joined by "and" to an earlier active verb of its clause
        ("Police raided a hideout of the TTP and arrested three men"): both share the subject
        before the first verb, not the nearest name (the first verb's object). Nothing where
        "and" does not stand right before the verb ("militants attacked the post and soldiers
        returned fire" has its own subject)."""
        doc = self.doc
        view = token_view(doc)
        if view.tag[start] not in FINITE_OR_PARTICIPLE:  # a tagger reads "and arrested" as VBN
            return None, None
        j = start - 1
        while j > sentence.start and view.tag[j] in {"RB", "RBR"}:  # "and also arrested"
            j -= 1
        if view.lower[j] != "and":
            return None, None
        for k in range(self._before_identity_aside(sentence, j), sentence.start - 1, -1):
            if doc[k].text in CLAUSE_BREAKS or view.lower[k] in {"that", "which", "who"}:
                break
            if view.tag[k] in FINITE_OR_PARTICIPLE:
                if is_passive(doc, k):
                    break
                # the nearer of the named and the unnamed subject: "soldiers raided a hideout
                # of the ELN and arrested …", "when police arrived, protesters pelted them …"
                return self._nearer_subject(sentence, k)
        return None, None

    def _before_identity_aside(self, sentence: Span, at: int) -> int:
        """Where to look back from for the subject of a verb after "and" at ``at``: before an
        aside that names a person just described (", identified as Hameed, and opened fire"),
        since that person is the first verb's object, not the subject both verbs share."""
        doc = self.doc
        if at - 1 <= sentence.start or doc[at - 1].text != ",":
            return at - 1
        for opening in range(at - 2, max(sentence.start, at - 12) - 1, -1):
            if doc[opening].text != ",":
                continue
            words = tuple(t.lower_ for t in doc[opening + 1 : opening + 3])
            if any(words[: len(cue)] == cue for cue in IDENTITY_ASIDES):
                return opening - 1
            break
        return at - 1

    def _read_harmed_possessor(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> bool:
        """ "the mayor's kidnapping": the possessor suffered it and is the target. Whether one
        was found (then no possessor or unnamed actor is read as the source)."""
        harmed_possessor = self._harmed_possessor(sentence, hit)
        if harmed_possessor[0] is None:
            return False
        record.target, record.target_span = harmed_possessor
        return True

    def _read_noun_source(
        self, sentence: Span, hit: TriggerHit, record: EventRecord, possessor_harmed: bool
    ) -> None:
        """A noun trigger's source: its premodifier ("Taliban raid", "ISKP's attack", "a
        Pakistani delegation … visited"), else the subject of a light verb ("X carried out a
        raid")."""
        if hit.trigger.pos != "NOUN":
            return
        if record.source is None and not possessor_harmed:
            record.source, record.source_span = self._premodifier(sentence, hit.start)
        if record.source is None:
            light = self._light_verb_before(sentence, hit.start)
            if light is not None:  # "X carried out a raid"
                record.source, record.source_span = self._subject_before(sentence, light)

    def _read_target(
        self, sentence: Span, hit: TriggerHit, record: EventRecord, passive: bool
    ) -> None:
        """The target the clause's grammar gives: a passive verb's subject, an active verb's
        object or prepositional target, a phrase's object, a noun's target preposition."""
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

    def _read_counterpart_target(
        self, sentence: Span, hit: TriggerHit, record: EventRecord
    ) -> None:
        """ "secure a commitment from X": where a noun's source comes after it, the one who
        secures it (the subject before) is on the other side, the target."""
        if (
            record.target is None
            and record.source_span is not None
            and hit.trigger.pos == "NOUN"
            and record.source_span.start > hit.start
        ):
            record.target, record.target_span = self._subject_before(sentence, hit.start)

    def _read_unnamed_source(
        self,
        sentence: Span,
        hit: TriggerHit,
        record: EventRecord,
        passive: bool,
        possessor_harmed: bool,
    ) -> None:
        """A source the text names only by a common noun: one before an active trigger
        ("gunmen opened fire"), unless it is the target's own phrase, or the agent of a
        passive ("killed by unidentified gunmen")."""
        if record.source is None and not passive and hit.trigger.pos in {"VERB", "PHRASE"}:
            record.source, record.source_span = self._reported_own_subject(sentence, hit.start)
        if record.source is None and not passive and not possessor_harmed:
            record.source, record.source_span = self._participle_generic_subject(
                sentence, hit.start
            )
        if record.source is None and not passive and not possessor_harmed:
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
        if record.source_span is not None and self._only_suspects(record.source_span, hit.start):
            record.source, record.source_span = None, None

    def _only_suspects(self, span: Span, trigger_start: int) -> bool:
        """Whether the source before the trigger is the subject of a suspicion ("The Police
        suspect the ULFA-I behind the blast"): it tells who it thinks did it and did nothing;
        a suspicion is no event of its own."""
        from sitrep.annotate.lemmas import is_verb_of

        doc = self.doc
        for i in range(span.end, min(trigger_start, span.end + 3)):
            if is_verb_of(doc[i], SUSPICION_VERBS):
                # "gunmen suspected of links to the TTP shot …" describes the doers
                following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
                return doc[i].tag_ in {"VBP", "VBZ", "VBD"} and following not in {"of", "to"}
            if doc[i].tag_ not in {"RB", "MD"} and doc[i].lower_ not in {"also", "now"}:
                return False
        return False

    def _read_typed_fallback_target(
        self, sentence: Span, hit: TriggerHit, record: EventRecord
    ) -> None:
        """Targets some event types take where grammar gave none: the subject of a condition
        ("threatened to halt the talks if the United States deploys the missiles"), a place."""
        if record.target is None and record.type in self.lexicon.conditioned_types:
            record.target, record.target_span = self._condition_subject(sentence, hit, record)
        if record.target is None and record.type in self.lexicon.place_target_types:
            record.target, record.target_span = self._place_target(sentence, hit, record.source)
