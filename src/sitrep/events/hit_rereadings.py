"""A found trigger reread from its sentence: who did it to whom changes its type or mode.

"hurt in clashes between protesters and police" and "firing between the troops of India
and Pakistan" tell a two-sided fight, not one side's attack; "was seized by armed men"
is an abduction, not an arrest; "were taken hostage" reads as its verb does.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from sitrep.events.clauses import is_passive
from sitrep.events.function_words import AUXILIARIES, FIGHT_PREPOSITIONS
from sitrep.events.lexicon import Trigger, TriggerLexicon
from sitrep.events.trigger_hit import TriggerHit

#: event types done to someone, whose phrases in the passive have their patient as subject
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


#: modes of taking people that are an abduction when attackers, not a state, take them
TAKING_MODES = frozenset({"arrest", "seize"})


ABDUCTION_MODE = "abduct"


#: classes of participants.yaml: attackers that abduct; things that are seized, not people
ATTACKER_CLASS = "perpetrator"


THING_CLASSES = frozenset({"target", "weapon"})


AGENT_BREAKS = frozenset({",", ";", ".", "in", "on", "at", "near", "and", "who", "after", "while"})


def taken_by_attackers(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> TriggerHit:
    """ "was seized by armed men", "were captured by guerrillas": people taken by attackers
    are kidnapped (COERCE abduct), while "captured by troops" stays an arrest. The agent's
    class and the patient's come from the participant word list."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    doc = sentence.doc
    trigger = hit.trigger
    if (
        trigger.type != "COERCE"
        or trigger.mode not in TAKING_MODES
        or trigger.pos != "VERB"
        or not is_passive(doc, hit.start)
        or hit.end >= sentence.end
        or doc[hit.end].lower_ != "by"
    ):
        return hit
    agent_end = next(
        (i for i in range(hit.end + 1, sentence.end) if doc[i].lower_ in AGENT_BREAKS),
        sentence.end,
    )
    participants = load_participant_lexicon()
    agent = [t.lower_ for t in doc[hit.end + 1 : min(agent_end, hit.end + 6)]]
    if participants.class_of(agent) != ATTACKER_CLASS:
        return hit
    subject_end = hit.start
    while subject_end > sentence.start and doc[subject_end - 1].lower_ in AUXILIARIES:
        subject_end -= 1
    subject = [t.lower_ for t in doc[max(sentence.start, subject_end - 4) : subject_end]]
    if participants.class_of(subject) in THING_CLASSES or set(subject) & lexicon.seized_goods:
        return hit  # "the arms cache was seized by rebels": a thing, not a hostage
    abduction = next(
        (t for t in lexicon.verbs.values() if t.type == "COERCE" and t.mode == ABDUCTION_MODE),
        None,
    )
    return hit if abduction is None else replace(hit, trigger=abduction)


def voiced_as_verb(doc: Doc, start: int, entry: Trigger) -> Trigger:
    """ "were taken hostage", "was set on fire": a phrase in the passive reads as its verb
    does, its subject the one who underwent it and its "by" the one who did it."""
    if entry.pos != "PHRASE" or entry.type not in HARM_TYPES or not is_passive(doc, start):
        return entry  # "peacekeepers were shipped out": a mover, who still moves
    return replace(entry, pos="VERB")


#: how many words may stand between the preposition and the fight ("in the ensuing clashes")
FIGHT_WINDOW = 4


def harm_in_fights(sentence: Span, hits: list[TriggerHit]) -> list[TriggerHit]:
    """ "40 people were hurt in clashes between protesters and the police", "a commander was
    gunned down in an exchange of fire with police": the harm verb counts the toll of the
    two-sided fight it is told in, so it takes the fight's mode (sideAB) instead of reading
    as one side's attack on the people hurt."""
    fights = {h.start for h in hits if h.trigger.type == "ASSAULT" and h.trigger.mode == "sideAB"}
    if not fights:
        return hits
    doc = sentence.doc
    out: list[TriggerHit] = []
    for hit in hits:
        trigger = hit.trigger
        if trigger.type == "ASSAULT" and trigger.pos == "VERB" and trigger.mode in TWO_SIDED_MODES:
            if _fight_follows(doc, hit.end, min(sentence.end, hit.end + HARM_REACH), fights):
                hit = replace(hit, trigger=replace(trigger, mode="sideAB"))
        out.append(hit)
    return out


#: how far after the harm verb its preposition may stand, past a time ("hurt on Monday in")
HARM_REACH = 6


def _fight_follows(doc: Doc, start: int, end: int, fights: set[int]) -> bool:
    """A fight preposition between ``start`` and ``end``, in the verb's own clause, with a
    fight right after it ("hurt on Monday in the clashes")."""
    for j in range(start, end):
        if doc[j].text in {",", ";", ":"} or doc[j].tag_.startswith("VB"):
            return False
        if doc[j].lower_ in FIGHT_PREPOSITIONS:
            return any(k in fights for k in range(j + 1, j + 1 + FIGHT_WINDOW))
    return False


#: modes of an assault noun that "between A and B" turns into a two-sided fight; a weapon
#: mode (explosives, artillery) stays, since the weapon decides the ACLED category first
TWO_SIDED_MODES = frozenset({None, "firearms"})


#: how far after "between" the "and" joining the two sides may stand
BETWEEN_WINDOW = 10


def two_sided(hit: TriggerHit, sentence: Span) -> TriggerHit:
    """ "Firing between the troops of India and Pakistan", "fighting between the TNLA and
    the SSA": an assault noun whose "between" phrase names two parties tells of two sides
    fighting each other (PLOVER mode sideAB), whoever is hit in it, not of one side
    attacking the other. ACLED codes such an exchange as a battle (or, between crowds, a
    riot), never as violence against the civilians caught in the crossfire."""
    trigger = hit.trigger
    if (
        trigger.type != "ASSAULT"
        or trigger.pos not in {"NOUN", "PHRASE"}
        or trigger.mode not in TWO_SIDED_MODES
        or hit.end >= sentence.end
        or sentence.doc[hit.end].lower_ != "between"
    ):
        return hit
    end = min(sentence.end, hit.end + 1 + BETWEEN_WINDOW)
    if not any(sentence.doc[j].lower_ in {"and", "&"} for j in range(hit.end + 1, end)):
        return hit
    return replace(hit, trigger=replace(trigger, mode="sideAB"))
