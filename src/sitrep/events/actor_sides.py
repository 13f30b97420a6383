"""The two sides of a fight: "clashes between the army and the KIA", "police and militants clashed".

A fight with two sides has both as parties; reading only the nearest name loses one side and
turns a battle into a riot, so these triggers get their own reader. A clash that names no
side but local groups ("two rival groups", a quarrel over land) is read as a communal militia.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from sitrep.events.actor_lookup import (
    CLAUSE_BREAKS,
    LOCATIVES,
    VERB_GROUP_WORDS,
    ActorLookup,
    load_source_clauses,
)
from sitrep.events.clauses import clause_start
from sitrep.events.detect import TriggerHit
from sitrep.events.generic_actor import GenericActor
from sitrep.events.lexicon import GenericActorEntry
from sitrep.events.record import EventRecord

#: the mode of a fight with two sides ("clashes", "gunfight"): both sides are parties to it
TWO_SIDED_MODE = "sideAB"
BETWEEN = "between"
SIDE_JOINT = "and"
#: how far after a noun trigger its "between" may stand, and how many tokens one side may span
SIDES_WINDOW = 4
SIDE_SPAN = 8
#: quote marks a note may put round an exchange it doubts ("killed in a 'gunfight' with police")
QUOTES = frozenset({"'", "‘", "’", '"', "“", "”", "`"})
#: how far before the exchange noun its preposition may stand ("in an alleged 'gunfight'")
ADJUNCT_WINDOW = 4

#: the kind and name of the local sides of a communal clash (see ``_communal_sides``)
COMMUNAL_KIND = "communal_militia"
COMMUNAL_NAME = "Communal Militia"
#: entity types that name a group: a clash a named group fought is that group's
GROUP_TYPES = frozenset({"ORG", "NORP"})

_Side = tuple[object | None, Span | None]
_Sides = tuple[_Side, _Side]


class SideReader(ActorLookup):
    """Reads both sides of a two-sided trigger, the first as source, the second as target."""

    def _read_sides(self, sentence: Span, hit: TriggerHit, record: EventRecord) -> bool:
        """ "Clashes between the army and the KIA", "police and militants clashed": in a
        two-sided fight both named sides are parties, the first as source, the second as
        target; reading only the nearest name loses one side and turns a battle into a riot."""
        if hit.trigger.pos == "VERB":
            sides = self._sides_before(sentence, hit.start)
        else:
            sides = self._sides_after(sentence, hit.end)
            if sides is None:
                sides = self._exchange_with(sentence, hit.start, hit.end)
        if sides is None:
            sides = self._communal_sides(sentence)
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

    def _exchange_with(self, sentence: Span, start: int, end: int) -> _Sides | None:
        """ "A Maoist commander was killed in an encounter with police": an armed exchange told
        as where someone was killed or hurt has the side after "with" as its doer (the one
        killed is the harm verb's target). Only for the exchange nouns of
        ``source_clauses.yaml`` after one of its prepositions ("police had an encounter with
        militants" keeps its subject as the doer; a "clash", which coders read as a crowd's riot
        as often as a fight, is left to the readers it had)."""
        doc = self.doc
        words = load_source_clauses()
        if " ".join(doc[start:end].text.lower().split()) not in words.exchange_nouns:
            return None
        adjunct = next(
            (
                i
                for i in range(start - 1, max(sentence.start, start - ADJUNCT_WINDOW) - 1, -1)
                if doc[i].lower_ in words.exchange_adjuncts
            ),
            None,
        )
        after = end
        while after < sentence.end and doc[after].text in QUOTES:
            after += 1
        if adjunct is None or after >= sentence.end or doc[after].lower_ != "with":
            return None
        if self._doubted_exchange(sentence, words.exchange_nouns):
            return None
        side = self._side(after + 1, min(sentence.end, after + 1 + SIDE_SPAN))
        if side[0] is None:
            return None
        return side, (None, None)  # the one killed is the target the harm verb reads

    def _communal_sides(self, sentence: Span) -> _Sides | None:
        """ "A man was killed in a clash between two rival groups over a land dispute": a clash
        whose sides are told only as local groups, or by a quarrel over land or water
        (``source_clauses.yaml``), is a fight of unorganised local sides; ACLED codes them as a
        communal militia (an identity militia), not as an unidentified armed group. Only where
        the sentence names no group or known actor: a named party or force keeps its own
        reading, while a person (a victim, a feuding villager) or a place told as where ("at
        Char Kukri village", which a tagger may take for an organisation) does not."""
        if self._names_group(sentence):
            return None
        found = _communal_pattern().search(sentence.text)
        if found is None:
            return None
        span = self.doc.char_span(
            sentence.start_char + found.start(),
            sentence.start_char + found.end(),
            alignment_mode="expand",
        )
        if span is None:
            return None
        entry = GenericActorEntry(kind=COMMUNAL_KIND, name=COMMUNAL_NAME)
        return (GenericActor.make(entry, span, self.country), span), (None, None)

    def _names_group(self, sentence: Span) -> bool:
        """Whether the sentence names a known actor, or a group not told as where."""
        doc = self.doc
        for i in range(sentence.start, sentence.end):
            cluster = self.owner.get(i)
            mention = self.mention_of.get(i)
            if cluster is None or mention is None or i != mention.start:
                continue
            if getattr(cluster, "actor_id", None):
                return True
            where = i > sentence.start and doc[i - 1].lower_ in LOCATIVES
            if getattr(cluster, "type", "") in GROUP_TYPES and not where:
                return True
        return False

    def _doubted_exchange(self, sentence: Span, nouns: frozenset[str]) -> bool:
        """Whether the sentence puts an exchange in quotes ("killed in a 'gunfight' with
        police", "allegedly in 'crossfire' during an encounter"): the paper doubts the story
        of an exchange, so who fought whom is no reading to take from it."""
        doc = self.doc
        for i in range(sentence.start, sentence.end - 1):
            if doc[i].text not in QUOTES:
                continue
            for size in (1, 2, 3):
                words = doc[i + 1 : min(sentence.end, i + 1 + size)].text.lower()
                if " ".join(words.split()) in nouns:
                    return True
        return False

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


@lru_cache(maxsize=1)
def _communal_pattern() -> re.Pattern[str]:
    """The communal sides and causes of ``source_clauses.yaml`` as one pattern of whole words,
    the longest first ("two rival groups" before "rival groups")."""
    words = load_source_clauses()
    phrases = sorted(words.communal_sides | words.communal_causes, key=len, reverse=True)
    alternatives = (r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)
