"""Flags for demonstrators who turn to violence: a protest that became a riot (ACLED).

Demonstrators who turn to violence: a protest told beside crowd violence, a clash with the
police or crude bombs by people who are not an organised armed force ("hartal supporters
brought out a procession and vandalised vehicles", "blockaders clashed with police during
demonstrations") is, for ACLED, a violent demonstration (flag ``turned_violent`` on the
protest): its participants are rioters, not protesters. A clash told in the protest's
sentence is that crowd's fight (flag ``crowd_clash``), a riot even where the text names the
crowd by its party ("SLMM protesters clashed with security personnel"), not a battle of two
armed sides. Police force on such a crowd is then their riot's (flag ``force_on_riot``).

Runs last of the relation flags: it reads the battle flags (``battle_flags``), the crowd
flags (``crowd_flags``) and the force the protest flags tie to a protest (``protest_force``).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.actor_kinds import kind_and_sector, organised_armed, state_force
from sitrep.events.crowd_flags import CROWD_INSTRUMENTS
from sitrep.events.record import EventRecord
from sitrep.events.sentence_gaps import sentence_gap, sentence_numbers

#: how many sentences apart a protest and its demonstrators' violence may be told
PROTEST_VIOLENCE_GAP = 1
#: the same, when the violence is by people the text calls demonstrators ("protests continued
#: in three districts. The demonstrators demand a province. The protesters also vandalised
#: police vehicles"): the protest's own crowd, told a few sentences on
CROWD_VIOLENCE_GAP = 3
#: kinds (the generic actors' labels) of the people of a protest or a riot: what they do with
#: force is their demonstration's violence ("bandh enforcers attacked seven vehicles")
CROWD_KINDS = frozenset({"protester", "protesters", "rioter", "rioters", "mob"})
#: modes a crowd's own violence seldom has: a gun word beside "protesters" is more often the
#: police's or another sense ("workers fired in 2015"), and needs more than the crowd's name
CROWD_UNLIKELY_MODES = frozenset({"firearms"})
#: how many words after a burning verb may name the symbol burnt ("burnt an effigy of")
SYMBOL_WINDOW = 5


def flag_violent_protests(events: list[EventRecord], evidence_text: dict[int, str]) -> None:
    """Mark a protest whose demonstrators turn to violence (ACLED: a violent demonstration).

    The violence must be the crowd's: arson, vandalism, stones or crude bombs by people who
    are not an organised armed force, or a clash with the police. Force the police use on
    the demonstrators ("police opened fire on the procession") is theirs, not the crowd's.
    """
    from sitrep.knowledge.ontology import load_ontology

    ontology = load_ontology()
    protests = [e for e in events if e.type == "PROTEST"]
    sentence_of = sentence_numbers(events)
    for protest in protests:
        if any(_riot_mode(trigger) for trigger in protest.triggers):
            protest.flags.add("turned_violent")  # "the protest turned violent"
    crowd_violence: list[EventRecord] = []
    for event in events:
        if event.type == "PROTEST" and event.mode != "riot":
            continue
        instrument = ontology.instrument_from_text(evidence_text.get(id(event), ""))
        if not _crowd_violence(event, instrument) or _symbolic(event):
            continue
        crowd_violence.append(event)
        for protest in protests:
            if protest is not event and _told_as_its_violence(protest, event, sentence_of):
                protest.flags.add("turned_violent")
                if event.mode == "sideAB" and sentence_gap(protest, event, sentence_of) == 0:
                    event.flags.add("crowd_clash")  # "SLMM protesters clashed with police"
    _force_on_rioters(events, crowd_violence, sentence_of)


def _force_on_rioters(
    events: list[EventRecord], crowd_violence: list[EventRecord], sentence_of: dict[int, int]
) -> None:
    """Police force on demonstrators who turned violent is their riot's, not force on
    protesters: "four people were injured as police opened fire at protesters. The protesters
    earlier vandalised a lawmaker's house" is, for ACLED, one violent demonstration (flag
    ``force_on_riot`` replaces ``force_on_protest``). The crowd's violence is told in the
    force's sentence or the next, or the force is told in the sentence of a protest that
    turned violent. Force on demonstrators by name counts ("police shot at the
    demonstrators"), as does the force the protest flags already tie to a protest."""
    violent = [e for e in events if e.type == "PROTEST" and "turned_violent" in e.flags]
    for event in events:
        on_crowd = event.type == "ASSAULT" and kind_and_sector(event.target)[0] in CROWD_KINDS
        if "force_on_protest" not in event.flags and not on_crowd:
            continue
        near_riot = any(sentence_gap(p, event, sentence_of) == 0 for p in violent)
        near_violence = any(
            other is not event
            and other.type == "ASSAULT"
            and sentence_gap(other, event, sentence_of) <= PROTEST_VIOLENCE_GAP
            for other in crowd_violence
        )
        if near_riot or near_violence:
            event.flags.discard("force_on_protest")
            event.flags.add("force_on_riot")


def _told_as_its_violence(
    protest: EventRecord, violence: EventRecord, sentence_of: dict[int, int]
) -> bool:
    """Whether the violence is told as what the protest's crowd did: in the protest's
    sentence or the next one, and not as the protest's background (``told_as_background``)."""
    from sitrep.events.embedded import told_as_background

    gap = sentence_of.get(violence.evidence[0].start, 0) - sentence_of.get(
        protest.evidence[0].start, 0
    )
    same_crowd = _same_crowd(protest, violence)
    widest = CROWD_VIOLENCE_GAP if _by_crowd(violence) else PROTEST_VIOLENCE_GAP
    if not 0 <= gap <= widest:
        return False
    return not told_as_background(protest.triggers[0], violence.triggers[0], same_crowd=same_crowd)


def _same_crowd(protest: EventRecord, violence: EventRecord) -> bool:
    """Whether the violence is by the protest's own participants, as the text names them."""
    name = getattr(protest.source, "name", None)
    return name is not None and name == getattr(violence.source, "name", None)


def _by_crowd(event: EventRecord) -> bool:
    """Whether the event's source is a crowd the text names by a common noun ("protesters",
    "bandh enforcers", "the mob")."""
    kind, _ = kind_and_sector(event.source)
    return kind in CROWD_KINDS


def _symbolic(event: EventRecord) -> bool:
    """ "burnt an effigy of the minister", "burning tyres": a protest's symbol, not violence."""
    from sitrep.events.lexicon import load_triggers

    objects = load_triggers().symbolic_objects
    trigger = event.triggers[0]
    after = trigger.doc[trigger.end : min(trigger.sent.end, trigger.end + SYMBOL_WINDOW)]
    return any(t.lower_ in objects for t in after)


def _riot_mode(trigger: Span) -> bool:
    """Whether a trigger of a protest tells a riot ("rioted", "turned violent")."""
    from sitrep.events.lexicon import load_triggers

    if _modifies_next_noun(trigger):
        return False
    entry = load_triggers().entry_of(trigger.text.lower(), one_word=len(trigger) == 1)
    return entry is not None and entry.type == "PROTEST" and entry.mode == "riot"


def _modifies_next_noun(trigger: Span) -> bool:
    """Whether a one-word trigger is a modifier of the noun after it: "riot police", "riot
    gear", "anti-riot squads" name the force sent against a crowd, not a riot."""
    doc = trigger.doc
    if len(trigger) != 1 or trigger.end >= len(doc):
        return False
    after = doc[trigger.end]
    if after.tag_ == "HYPH" and trigger.end + 1 < len(doc):
        after = doc[trigger.end + 1]
    return trigger[0].pos_ == "NOUN" and after.pos_ in {"NOUN", "PROPN"}


def _crowd_violence(event: EventRecord, instrument: str | None) -> bool:
    """Violence a crowd commits: a riot, mob violence, or a clash of a crowd or the police."""
    if event.type == "PROTEST":
        return event.mode == "riot"
    if event.type != "ASSAULT" or event.counts.get("killed") or event.implicit_counts.get("killed"):
        return False
    if event.mode == "sideAB":  # "militants and troops clashed" is a battle, not a crowd's
        if "armed_story_clash" in event.flags:
            return False
        sides = (event.source, event.target)
        return not any(organised_armed(s) and not state_force(s) for s in sides)
    if organised_armed(event.source) or state_force(event.source):
        return False
    if _by_crowd(event) and event.mode not in CROWD_UNLIKELY_MODES:
        return True  # "bandh enforcers attacked seven vehicles"
    return bool(event.flags & {"mob", "crude_weapon"}) or instrument in CROWD_INSTRUMENTS
