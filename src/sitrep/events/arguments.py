"""Arguments of an event: victims, participants, counts, place, date; the actors are read
by ``sitrep.events.actors`` and this module coordinates the rest.

Surface patterns that hold across news writing, read around the trigger:
"members of Y", "the death of V", "among the dead", "including V". Numbers on
the patient ("Two members of Daesh were killed") fill the trigger's count;
a singular patient ("a senior ISKP officer") counts one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text
from sitrep.events.actors import ActorReader
from sitrep.events.actors import GenericActor as GenericActor
from sitrep.events.clauses import clause_end, clause_start, is_passive
from sitrep.events.detect import TriggerHit
from sitrep.events.left_dead import left_counts
from sitrep.events.lexicon import TriggerLexicon
from sitrep.events.participants import ParticipantReader, load_participant_lexicon
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.victim_names import names_place, not_the_patient

#: Counts of harm done to people: the owner of such a noun ("X's murder") suffered it.
HARM_COUNTS = frozenset({"killed", "injured", "kidnapped"})
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

    def read(
        self, sentence: Span, hit: TriggerHit, record: EventRecord, others: tuple[int, ...] = ()
    ) -> None:
        """Fill the record from the sentence; ``others`` are the starts of the sentence's other
        triggers, which keep the places and dates nearer to them."""
        self.others = others
        trigger = self.doc[hit.start : hit.end]
        self.actors.read(sentence, hit, record)
        self._patients(sentence, hit, record)
        record.place = self._place(
            sentence, trigger, (record.source_span, record.target_span), record.type
        )
        record.date = self._date(sentence, trigger)

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
        numbers = [n for n in (doc._.numbers or []) if region[0] <= n.start < region[1]]
        person_numbers = [
            n
            for n in numbers
            if self._counts_people(n.end, region[1]) or _right_after(doc, hit.end, n.start)
        ]
        if count_kind and person_numbers:
            chosen = person_numbers[-1] if region[1] == hit.start else person_numbers[0]
            record.counts[count_kind] = chosen.value
            if count_kind in HARM_COUNTS and _bare_number(doc, chosen.end):
                # "killed 13 people and wounded 71": the bare number stands for the people
                record.arguments.append(ArgumentRecord("victim", doc[chosen.start : chosen.end]))
        elif count_kind and self._singular_patient(region, hit):
            record.implicit_counts[count_kind] = 1
        if record.type == "ASSAULT":  # "…, leaving six people dead": what the attack left
            for kind, value in left_counts(doc, hit.end, sentence.end).items():
                record.counts.setdefault(kind, value)
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
            for i in [*range(region[0], region[1]), *self._listed_after_colon(sentence, hit)]:
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
        self,
        sentence: Span,
        trigger: Span,
        actors: tuple[Span | None, ...] = (),
        event_type: str | None = None,
    ) -> object | None:
        """The place where the event happened among the sentence's places (not its actors)."""
        from sitrep.events.event_places import coherent_places
        from sitrep.events.place_choice import (
            corrected_place,
            names_a_cause,
            yield_elsewhere,
            yield_grievances,
        )
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
                    and not names_a_cause(self.text, mention.end_char)  # "Kashmir Day"
                ):
                    candidates.append((place, mention))
        if not candidates:
            return None
        backed = coherent_places([c[0] for c in candidates], self.doc._.places or [])
        candidates = [c for c in candidates if c[0] in backed]
        # "protested in Lahore against atrocities in Burma": a town or region says where it
        # happened; a country named beside it is the story's subject or backdrop.
        candidates = [c for c in candidates if _feature(c[0]) != "country"] or candidates
        # "a native of Jessore", "marched to Yangon": where someone comes from or goes
        candidates = yield_elsewhere(self.text, candidates)
        if event_type == "PROTEST":  # "rallied in Lahore against the killing in Karachi"
            candidates = yield_grievances(trigger, candidates)
        chosen = choose_event_place(
            self.text,
            (trigger.start_char, trigger.end_char),
            [(m.start_char, m.end_char) for _, m in candidates],
        )
        place = candidates[chosen][0] if chosen is not None else None
        others = [c[0] for c in candidates]
        if _feature(place) == "country":
            # "activists of the Federation of India staged a protest in Nalgonda, demanding":
            # the town is nearer "demanding", but it is still the country's place in point.
            others += self.places_in(sentence)
        place = self._most_specific_within(place, others)
        return corrected_place(self.doc, sentence, place, self.places_in(sentence))

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
        """ "in Khair Khana, PD 17, Kabul": a smaller place the chosen one contains wins.

        A name the gazetteer lacks stands for the area it was placed in ("Sadar upazila"
        known only as somewhere in Bangladesh), so a known place inside that area wins too.
        """
        if place is None:
            return None
        point = getattr(place, "place", None) or getattr(place, "within", None)
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
        from sitrep.events.written_dates import dates_a_cause, dates_a_noun, story_dates

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

        in_sentence = [
            t
            for t in (self.doc._.times or [])
            if sentence.start_char <= t.start < sentence.end_char
            and t.type in {"DATE", "TIME"}
            and not _clock_without_day(t)
        ]
        times = [t for t in in_sentence if near_enough(t) and same_clause(t)]
        times = [t for t in times if not dates_a_noun(self.text, t, trigger.start_char, self.doc)]
        # a cause phrase's date yields to another date of the sentence (the context stage
        # picks it if it is too far from the trigger), but never leaves the sentence undated
        if any(not dates_a_cause(self.text, t, trigger.end_char) for t in in_sentence):
            times = [t for t in times if not dates_a_cause(self.text, t, trigger.end_char)]
        # "continued to protest on Friday, January 23rd against a recently enacted law"
        specific = [t for t in times if not str(t.value).endswith("_REF")]
        times = specific or times
        if not times:
            return None
        # equally near: the finer date ("a worker who switched sides three months ago was
        # shot dead this morning": this morning)
        return min(
            story_dates(times, self.text),
            key=lambda t: (distance(t), PRECISION_RANK.get(getattr(t, "precision", ""), 9)),
        )


#: finer dates first when two stand equally near a trigger
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _feature(place: object | None) -> str | None:
    """The place's kind; a name the gazetteer lacks is as precise as the area it was put in."""
    return getattr(place, "feature", None) or getattr(
        getattr(place, "within", None), "feature", None
    )


def _clock_without_day(timex: object) -> bool:
    """ "around 9 p.m." with no day named: the hour of the event, not its date."""
    return getattr(timex, "type", "") == "TIME" and getattr(timex, "first_day", None) is None


def _right_after(doc: Doc, end: int, number_start: int) -> bool:
    """ "wounding more than 20": a number right after the trigger counts it, noun or not."""
    between = [t.lower_ for t in doc[end:number_start]]
    return all(
        w
        in {"at", "least", "more", "than", "over", "some", "about", "around", "nearly", "up", "to"}
        for w in between
    )


#: Tags that go on with the noun phrase a number opens ("two paramilitary troopers", "24 AR men").
PHRASE_GOES_ON = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "HYPH", "VBN"})


def _bare_number(doc: Doc, end: int) -> bool:
    """ "wounded 71.", "killing one, at ...": a number no noun follows stands for the people
    it counts; "two paramilitary troopers" is a phrase the participant reader reads."""
    return end >= len(doc) or doc[end].tag_ not in PHRASE_GOES_ON


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
