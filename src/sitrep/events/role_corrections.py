"""Corrections to the positional reading of source and target: who suffered, and who did it.

The actor standing where a doer usually stands sometimes suffered the event ("the mayor's
kidnapping", "militants were killed in an encounter with police"), and a claim or blame names
the doer elsewhere ("the bombing was blamed on the Medellin cartel"); these rules move the actor
to the role the sentence gives it.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.actor_lookup import ActorLookup
from sitrep.events.actor_sides import TWO_SIDED_MODE
from sitrep.events.claimed_source import CLAIMED_SOURCE
from sitrep.events.clauses import is_passive
from sitrep.events.detect import TriggerHit
from sitrep.events.record import EventRecord
from sitrep.events.responsibility import claimed_by

#: counts of harm done to people: the possessor of such a noun suffered it ("the mayor's
#: kidnapping"), while the possessor of any other noun did it ("the army's attack")
HARM_COUNTS = frozenset({"killed", "injured", "kidnapped", "arrested"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: event types a claim or blame names the doer of ("claimed responsibility for the attack")
CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})


class RoleCorrections(ActorLookup):
    """Moves an actor read by position to the role that possession, a passive or a claim gives."""

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
            record.flags.add(CLAIMED_SOURCE)  # a later merge may put it in for "gunmen"
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


def _names_attackers(span: Span) -> bool:
    """Whether a phrase names attackers or an armed force ("drug traffickers", "the army") by
    the participant word list, so that it can stand for who did an attack."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    kind = load_participant_lexicon().class_of([t.lower_ for t in span])
    return kind in {"perpetrator", "force"}


def _overlaps(first: Span | None, second: Span) -> bool:
    """Whether two spans share a token."""
    return first is not None and first.start < second.end and second.start < first.end
