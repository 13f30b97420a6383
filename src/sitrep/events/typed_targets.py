"""Targets that only some event types have, told by the lexicon's per-type word lists.

"halted aid to Serbia", "withdrew its forces from Lebanon", "threatened to halt the talks if the
United States deploys the missiles": the word that introduces whom the event is aimed at depends
on the event type, so the lexicon lists it and these searches read it.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.actor_lookup import ACTOR_TYPES, CLAUSE_BREAKS, PLACE_TYPES, ActorLookup
from sitrep.events.detect import TriggerHit
from sitrep.events.record import EventRecord


class TypedTargetReader(ActorLookup):
    """Finds the target of an event type the lexicon lists a target word, place or condition for."""

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
