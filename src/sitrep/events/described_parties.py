"""The parties a sentence of its own describes right after an attack is told.

"The attackers were members of the ELN." names the perpetrators and "The victims were
identified as Juan Perez and Luis Gomez." the victims of the attack just before: no trigger
stands in such a sentence, so the per-event readers never see it. This runs once over a
document's events, after coreference has merged them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Span, Token

from sitrep.events.claimant_phrases import (
    ARTICLES,
    LIST_JOINS,
    MAX_DESCRIBED,
    NOUN_TAGS,
    QUOTE_MARKS,
)
from sitrep.events.claimed_source import same_words
from sitrep.events.record import ArgumentRecord, EventRecord

#: Events whose parties a later describing sentence names ("The attackers were ...").
DESCRIBED_EVENT_TYPES = frozenset({"ASSAULT"})


def add_described_parties(events: Sequence[EventRecord]) -> None:
    """Give an attack the parties a later sentence of their own describes: "The attackers
    were members of the ELN." names the perpetrators, "The victims were identified as Juan
    Perez and Luis Gomez." the victims, of the attack told in the sentence just before (a
    reader takes "the attackers" as those of the attack just told). A sentence that tells
    an event of its own is left to that event's readers."""
    from sitrep.events.participant_lexicon import load_participant_lexicon
    from sitrep.events.participant_phrases import in_noun_phrase

    cues = load_participant_lexicon().responsibility
    roles = {
        **{w: "perpetrator" for w in cues.get("described_culprits", ())},
        **{w: "victim" for w in cues.get("described_victims", ())},
    }
    told = {s.sent.start for e in events for s in e.evidence}
    for event in events:
        if event.type not in DESCRIBED_EVENT_TYPES or not event.evidence:
            continue
        last = max(event.evidence, key=lambda s: s.end)
        following = last.doc[last.end - 1].sent.end
        if following >= len(last.doc):
            continue
        sentence = last.doc[following].sent
        if sentence.start in told or _told_after(events, event, sentence.start):
            continue
        found = _described(sentence, roles, cues, in_noun_phrase)
        for argument in found:
            if not any(same_words(argument.span, a.span) for a in event.arguments):
                event.arguments.append(argument)


def _told_after(events: Sequence[EventRecord], event: EventRecord, start: int) -> bool:
    """Whether another event is told between this one and the describing sentence, so that
    "the attackers" may be that event's."""
    end = max(s.end for s in event.evidence)
    return any(
        other is not event and any(end <= s.start < start for s in other.evidence)
        for other in events
    )


def _described(
    sentence: Span,
    roles: Mapping[str, str],
    cues: Mapping[str, frozenset[str]],
    in_phrase: Callable[[Token], bool],
) -> list[ArgumentRecord]:
    """The parties "The attackers were (members of) X" or "The victims were identified as X
    and Y" names, in the role its noun gives; nothing for any other sentence."""
    words = [t.lower_ for t in sentence]
    k = 1 if words and words[0] in ARTICLES else 0
    role = roles.get(words[k]) if k < len(words) else None
    if role is None:
        return []
    k += 1
    links = cues.get("description_links", frozenset())
    if k >= len(words) or words[k] not in links:
        return []  # "the attackers fled": no description
    while k < len(words) and words[k] in links:
        k += 1
    if k + 1 < len(words) and words[k] in cues.get("member_links", ()) and words[k + 1] == "of":
        k += 2
    found: list[ArgumentRecord] = []
    while k < len(words) and len(found) < MAX_DESCRIBED:
        start = k
        while k < len(words) and (in_phrase(sentence[k]) or sentence[k].text in QUOTE_MARKS):
            k += 1
        phrase = sentence[start:k]
        if not any(t.tag_ in NOUN_TAGS for t in phrase):
            break
        found.append(ArgumentRecord(role, phrase))
        if k < len(words) and words[k] in LIST_JOINS:
            k += 1
            if k < len(words) and words[k] == "and":
                k += 1
            continue
        break
    if k < len(words) and words[k] not in {".", "(", ","} and role == "perpetrator":
        return found[:1]
    return found
