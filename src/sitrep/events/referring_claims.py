"""Claims and blame in a later sentence of their own that refer back to an attack.

"Al-Shabaab claimed responsibility for the incident." or "Authorities suspected that Boko
Haram was responsible." tells no event, so no trigger's reader sees it; it names the doer of
the last attack or kidnapping told before it, as a reader takes "the incident". This runs
once over a document's events, reading each such sentence with the responsibility reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from sitrep.events.claimant_phrases import ARTICLES
from sitrep.events.claimed_source import (
    add_perpetrator,
    credit_claimant,
    is_named_group,
    is_unnamed_attacker,
)
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.responsibility import ResponsibilityReader, is_claimant
from sitrep.events.token_view import token_view

#: Types of events a claim of a sentence of its own refers back to ("... for the incident").
CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Modalities of an event that a later claim can be about (it happened, or is said to have).
OPEN_MODALITIES = frozenset({"asserted", "reported", "claimed"})


def add_referring_claims(events: Sequence[EventRecord]) -> None:
    """Give an attack the group a later sentence of its own claims it for or blames it on,
    where that sentence tells no event: "Al-Shabaab claimed responsibility for the incident.",
    "Authorities suspected that Boko Haram was responsible." refer back to the last attack or
    kidnapping told before them (a reader takes "the incident" so). The group becomes the
    source only in place of an unnamed attacker; otherwise it is a perpetrator argument.
    "No group claimed responsibility" names no one."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    if not events or not events[0].evidence:
        return
    doc = events[0].evidence[0].doc
    cues = load_participant_lexicon().responsibility
    cue_words = cues.get("claim_referents", frozenset()) | cues.get("responsible_words", set())
    # a sentence that tells an accusation ("officials blamed the attack on X") still names
    # the attack's doer; one that tells an attack of its own is left to that attack's readers
    told = {s.sent.start for e in events if e.type in CLAIMED_TYPES for s in e.evidence}
    reader: ResponsibilityReader | None = None
    lower = token_view(doc).lower
    for sentence in doc.sents:
        if sentence.start in told or cue_words.isdisjoint(lower[sentence.start : sentence.end]):
            continue
        reader = reader or _claim_reader(doc)  # built once, for the first sentence that needs it
        event = _last_claimable_before(events, sentence.start)
        if event is None:
            continue
        claimant = _referring_claimant(reader, sentence)
        if claimant is None:
            continue
        if (
            claimant.entity is not None
            and (event.source is None or is_unnamed_attacker(event.source))
            and is_named_group(claimant.entity)
        ):
            credit_claimant(event, claimant.entity, claimant.span)
        else:
            add_perpetrator(event, claimant)
        for partner in reader.partners(claimant):
            add_perpetrator(event, partner)  # "a colonel, two lieutenants and two soldiers"
        event.evidence.append(sentence)


def _claim_reader(doc: Doc) -> ResponsibilityReader:
    """The responsibility reader over the whole document, as the actor reader builds it."""
    from sitrep.events.participant_lexicon import load_participant_lexicon
    from sitrep.events.participant_phrases import in_noun_phrase

    owner: dict[int, object] = {}
    for cluster in doc._.entities or []:
        for mention in cluster.mentions:
            for i in range(mention.start, mention.end):
                owner[i] = cluster
    cues = load_participant_lexicon().responsibility
    return ResponsibilityReader(doc, owner, cues, lambda i: in_noun_phrase(doc[i]), is_claimant)


def _last_claimable_before(events: Sequence[EventRecord], start: int) -> EventRecord | None:
    """The last attack or kidnapping told before ``start`` that is said to have happened."""
    best: EventRecord | None = None
    best_end = -1
    for event in events:
        if event.type not in CLAIMED_TYPES or event.modality not in OPEN_MODALITIES:
            continue
        end = max((s.end for s in event.evidence if s.end <= start), default=-1)
        if end > best_end:
            best, best_end = event, end
    return best


def _referring_claimant(reader: ResponsibilityReader, sentence: Span) -> ArgumentRecord | None:
    """Who a sentence of its own claims or is blamed for the attack it refers back to: by a
    referring noun ("for the incident", "the blast was attributed to X", "X carried out the
    attack"), or with none ("Authorities suspected that X was responsible.")."""
    cues = reader.cues
    referents = cues.get("claim_referents", frozenset())
    words = [t.lower_ for t in sentence]
    for k, word in enumerate(words):
        if word in referents and k > 0 and words[k - 1] in ARTICLES:
            found = reader.responsible(sentence.start + k)
            if found is not None:
                return found
    responsible = cues.get("responsible_words", frozenset())
    for k in range(1, len(words)):
        if words[k] in responsible and (k + 1 == len(words) or not words[k + 1].isalpha()):
            # "... that X was responsible.": the responsible one before the verb
            return reader.agent_before(sentence.start + k, sentence.start)
    return None
