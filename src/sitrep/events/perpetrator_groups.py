"""The named group behind an attacker phrase, and whether a name is an armed group's.

"the rebels" that coreference ties to "the fmln", "FMLN guerrillas", "members of the ELN",
and "the guerrillas" of an article that says elsewhere whose guerrillas they are: coders
(GTD's perpetrator group, MUC-4's PerpOrg) give the attack to the group as well as to the
unnamed attackers. The participant reader asks this module for that group once it has read
an attacker phrase; the group tests (``names_group``, ``is_armed_group``) are shared with the
responsibility reader and ``sitrep.events.attacker_groups``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Doc, Span

from sitrep.events.attacker_groups import attacker_groups
from sitrep.events.participant_lexicon import ParticipantLexicon
from sitrep.events.participant_phrases import Phrase
from sitrep.events.record import ArgumentRecord

#: Kinds of actor (knowledge base) whose members attack as the group: an article's sole one
#: takes its members' attacks (see ``sitrep.events.attacker_groups``).
ARMED_GROUP_KINDS = frozenset({"armed_group", "paramilitary", "militia", "criminal_group"})


class PerpetratorGroups:
    """Finds the named groups that attacker phrases of one document stand for."""

    def __init__(self, doc: Doc, owner: Mapping[int, object], lexicon: ParticipantLexicon) -> None:
        self.doc = doc
        self.owner = owner
        self.lexicon = lexicon

    def referred_to(self, span: Span, cluster: object | None) -> ArgumentRecord | None:
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

    def named_within(self, start: int, end: int) -> Iterator[ArgumentRecord]:
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

    def told_elsewhere(self, phrase: Phrase) -> list[ArgumentRecord]:
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
