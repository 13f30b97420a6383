"""Arguments of an event: victims, participants, counts, place, date; the actors are read
by ``sitrep.events.actors`` and this module coordinates the rest.

Surface patterns that hold across news writing, read around the trigger:
"members of Y", "the death of V", "among the dead", "including V". The counts on the
patient are read by ``sitrep.events.harm_counts``, the unnamed participants by
``sitrep.events.participants``, the place and date by ``sitrep.events.trigger_place`` and
``sitrep.events.trigger_date``.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text
from sitrep.events.actors import ActorReader
from sitrep.events.clauses import clause_end, clause_start, is_passive
from sitrep.events.detect import TriggerHit
from sitrep.events.harm_counts import HARM_COUNTS, fill_counts
from sitrep.events.lexicon import TriggerLexicon
from sitrep.events.participant_lexicon import load_participant_lexicon
from sitrep.events.participants import ParticipantReader
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.trigger_date import trigger_date
from sitrep.events.trigger_place import places_in, trigger_place
from sitrep.events.victim_names import names_listed_beyond, names_place, not_the_patient


class ArgumentReader:
    """Reads one trigger's arguments from its sentence."""

    def __init__(self, doc: Doc, lexicon: TriggerLexicon) -> None:
        self.doc = doc
        self.text = document_text(doc)
        self.lexicon = lexicon
        self.actors = ActorReader(doc, lexicon)
        self.country = self.actors.country
        self.owner = self.actors.owner
        self.mention_of = self.actors.mention_of
        self.place_of = self.actors.place_of

    @cached_property
    def participants(self) -> ParticipantReader:
        """One noun-phrase reader per document, made when an event first needs it: it scans
        the document for coder tags once, not for every event."""
        return ParticipantReader(self.doc, self.owner)

    def read(
        self, sentence: Span, hit: TriggerHit, record: EventRecord, others: tuple[int, ...] = ()
    ) -> None:
        """Fill the record from the sentence; ``others`` are the starts of the sentence's other
        triggers, which keep the places and dates nearer to them."""
        trigger = self.doc[hit.start : hit.end]
        self.actors.read(sentence, hit, record)
        self._patients(sentence, hit, record)
        record.place = trigger_place(
            self.doc,
            self.text,
            self.place_of,
            sentence,
            trigger,
            others,
            (record.source_span, record.target_span),
            record.type,
        )
        record.date = trigger_date(self.doc, self.text, sentence, trigger)

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
        count_kind = hit.trigger.count or self._fatal_result(hit)
        passive = hit.trigger.pos == "VERB" and (
            is_passive(doc, hit.start) or _passive_after_adverbs(doc, hit.start)
        )
        if (hit.trigger.pos == "VERB" and (passive or hit.trigger.patient_is_subject)) or (
            hit.trigger.pos == "NOUN" and hit.trigger.anaphoric
        ):
            region = (clause_start(doc, sentence, hit.start), hit.start)
        else:
            region = (hit.end, clause_end(doc, sentence, hit.end))
        fill_counts(
            doc,
            self.owner,
            self.lexicon.person_nouns,
            sentence,
            hit,
            region,
            record,
            count_kind,
        )
        # members of X: the target organisation
        member_nouns = load_participant_lexicon().member_nouns
        for i in range(region[0], region[1]):
            if doc[i].lower_ in member_nouns:
                cluster, mention = self.actors.actor_at(i - 1)
                if cluster is None and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
                    cluster, mention = self.actors.first_actor(i + 2, min(region[1], i + 9))
                target_is_person = getattr(record.target, "type", "") == "PERSON"
                if (
                    cluster is not None
                    and getattr(cluster, "type", "") != "PERSON"
                    and (record.target is None or target_is_person)
                ):
                    record.target, record.target_span = cluster, mention
        if record.target is None and record.type in {"ASSAULT", "COERCE"}:
            # "killed at least 12 soldiers": the unnamed victims' side is the target
            record.target, record.target_span = self.actors.generic_at(
                *self._object_phrase(region, hit)
            )
        # named people in the patient region are victims (ASSAULT, COERCE)
        if record.type in {"ASSAULT", "COERCE"}:
            seen: set[int] = set()
            listed = names_listed_beyond(doc, self.owner, sentence, region, region[1] == hit.start)
            for i in [
                *range(region[0], region[1]),
                *self._listed_after_colon(sentence, hit),
                *listed,
            ]:
                cluster = self.owner.get(i)
                if (
                    cluster is None
                    or getattr(cluster, "type", "") != "PERSON"
                    or id(cluster) in seen
                ):
                    continue
                if self._is_source(record, cluster) or names_place(
                    doc, self.mention_of[i], self.place_of, load_participant_lexicon().place_words
                ):
                    continue  # a place name the tagger took for a person ("Puno") is no victim
                if not_the_patient(doc[i], patient_before=region[1] == hit.start):
                    continue
                seen.add(id(cluster))
                record.arguments.append(ArgumentRecord("victim", self.mention_of[i], cluster))
            possessor = self._possessor_harmed(hit, count_kind)
            if possessor is not None and id(possessor[0]) not in seen:
                record.arguments.append(ArgumentRecord("victim", possessor[1], possessor[0]))
        if record.type in {"ASSAULT", "COERCE"} or count_kind:
            # unnamed participants as noun phrases: "six jesuit priests", "a car bomb"
            clause = (clause_start(doc, sentence, hit.start), clause_end(doc, sentence, hit.end))
            record.arguments += self.participants.read(
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

    def _possessor_harmed(
        self, hit: TriggerHit, count_kind: str | None
    ) -> tuple[object, Span] | None:
        """ "magistrate luis perez's murder", "the mayor's kidnapping": the person who owns a
        noun of harm done to people (one that counts the killed, hurt or kidnapped) suffered
        it; "the guerrillas' attack" names who attacked and is left to the actor reader."""
        doc = self.doc
        if hit.trigger.pos != "NOUN" or count_kind not in HARM_COUNTS or hit.start < 2:
            return None
        if doc[hit.start - 1].tag_ != "POS":
            return None
        # "luis perez garcia's": a surname the name tagger left out may stand before the "'s"
        for k in (hit.start - 2, hit.start - 3):
            cluster = self.owner.get(k)
            if cluster is not None:
                is_person = getattr(cluster, "type", "") == "PERSON"
                return (cluster, self.mention_of[k]) if is_person else None
            if k < 1 or not doc[k].is_alpha or doc[k].tag_ not in {"NN", "NNP"}:
                return None
        return None

    def _fatal_result(self, hit: TriggerHit) -> str | None:
        """ "stabbed to death", "hacked to death", "shot dead": a harm verb whose result is
        death counts the killed, though the verb alone ("stabbed") does not."""
        if hit.trigger.pos != "VERB" or hit.trigger.type != "ASSAULT":
            return None
        after = [t.lower_ for t in self.doc[hit.end : hit.end + 2]]
        for words in self.lexicon.fatal_results:
            if after[: len(words)] == list(words):
                return "killed"
        return None

    def _listed_after_colon(self, sentence: Span, hit: TriggerHit) -> range:
        """ "the following policemen died in combat: Major A, Captain B and C": the tokens of
        a list that a colon opens soon after a verb trigger, whose names are its patients (a
        noun's colon opens other lists: "a case of murder and torture: Ruiz, Soto ...")."""
        doc = self.doc
        if doc[hit.end - 1].tag_ not in {"VB", "VBD", "VBN", "VBP", "VBZ"}:
            return range(0)
        reach = min(sentence.end, hit.end + 8)
        colon = next((i for i in range(hit.end, reach) if doc[i].text == ":"), None)
        return range(0) if colon is None else range(colon + 1, sentence.end)

    def _is_source(self, record: EventRecord, cluster: object) -> bool:
        return record.source is cluster

    def places_in(self, sentence: Span) -> list[object]:
        """The places the sentence names (for the event splitter of ``sitrep.events.events``)."""
        return places_in(self.place_of, sentence)


#: Forms of "be" that make a past participle after them passive.
BE_FORMS = frozenset({"was", "were", "is", "are", "been", "be", "being"})


def _passive_after_adverbs(doc: Doc, i: int) -> bool:
    """ "a store was partially destroyed", "two guards were seriously wounded": a participle
    after "be" and manner adverbs is passive, so its subject is what underwent the event."""
    if doc[i].tag_ != "VBN":
        return False
    k = i - 1
    while k >= 0 and i - k <= 3 and doc[k].tag_ == "RB":
        k -= 1
    return k < i - 1 and k >= 0 and doc[k].lower_ in BE_FORMS
