"""The police's action on a protest, joined to that protest's ACLED event.

- Police or troops who fire on, baton-charge or beat demonstrators in the protest's
  sentence are part of that protest's event (flag ``force_on_protest``), not an attack on
  civilians: excessive force on the protest where it kills or is live fire, else an
  intervention; force on a riot is the riot's (flag ``force_on_riot``).
- Police arresting demonstrators at a protest is, for ACLED, one event: a protest with
  intervention (flag ``intervention`` on the protest). The arrest stays a PLOVER event
  of its own but carries flag ``during_protest``, which has no ACLED category.

``events`` calls these on the merged events, before their dates and places are filled;
``violent_protests`` later reads ``force_on_protest``.
"""

from __future__ import annotations

from sitrep.events.actor_kinds import organised_armed, state_force
from sitrep.events.police_at_work import unnamed_state_force_at_work
from sitrep.events.record import EventRecord
from sitrep.events.relation_words import relation_words
from sitrep.events.sentence_gaps import sentence_gap
from sitrep.events.token_view import token_view

#: how many sentences apart a protest and the arrest of its demonstrators may be told
PROTEST_ARREST_GAP = 1
#: assault modes that are no force used on a crowd: a fight of two sides, bombs and shells
NOT_CROWD_FORCE = frozenset({"sideAB", "explosives", "heavy-weapons", "artillery", "airstrike"})
#: assault modes read from "shelling" that are tear-gas or smoke shells where a crowd is dispersed
SHELL_MODES = frozenset({"artillery", "heavy-weapons"})
#: how many sentences apart a protest and the police's dispersal of it may be told ("police
#: lathicharged the teachers. They were protesting against layoffs")
DISPERSAL_PROTEST_GAP = 1


def relate_protest_force(events: list[EventRecord], sentence_of: dict[int, int]) -> None:
    """Police or troops who fire on, baton-charge or beat demonstrators: "a BNP man was killed
    as police opened fire on a procession", "activists were injured as police charged baton
    on them during a rally". Told in the protest's sentence, the force is part of that
    protest's ACLED event (flag ``force_on_protest``), not an attack on civilians: excessive
    force where it kills or is live fire (flag ``excessive_force`` on the protest), else an
    intervention (flag ``intervention``), as the codebook keeps excessive force for lethal
    force. A fight of two sides (a clash) and force on an armed group stay what they are.

    A means of dispersing a crowd ("lathicharged", "baton-charged", "tear gas"; ``cues.yaml``
    ``crowd_force``) tells by itself that the force was the police's and fell on a crowd:
    "ten students were injured when police lathicharged them. They were demanding a fee
    refund" is the students' demonstration, told in the next sentence or not at all, and
    "smoke shells" there are no artillery.

    The force on a crowd told in the sentence of a riot ("riot police fired tear gas as the
    march turned violent") is that riot's (flag ``force_on_riot``): ACLED codes it as the
    violent demonstration, not as an attack on civilians."""
    protests = _peaceful_protests(events)
    riots = [e for e in events if e.type == "PROTEST" and e.mode == "riot"]
    for event in events:
        if event.type != "ASSAULT" or event.modality == "historical":
            continue  # "to honour the 15 people killed when a canopy collapsed": background
        dispersal = _crowd_force_told(event)
        if not protests and not riots and not dispersal:
            continue
        if event.mode in NOT_CROWD_FORCE and not (dispersal and event.mode in SHELL_MODES):
            continue
        if event.source is None:
            # a death nobody is named as causing may be the police's or another's: only
            # injuries are read as the force the police in its sentence used
            unnamed = not _deadly(event) and unnamed_state_force_at_work(event.triggers[0])
            if not (dispersal or unnamed):
                continue
        elif not state_force(event.source) and not _police_dispersal(event, dispersal):
            continue
        if event.target is not None and organised_armed(event.target):
            continue
        gap = DISPERSAL_PROTEST_GAP if dispersal else 0
        near = [p for p in protests if sentence_gap(p, event, sentence_of) <= gap]
        near_riot = any(sentence_gap(r, event, sentence_of) == 0 for r in riots)
        if near:
            event.flags.add("force_on_protest")
        elif near_riot or (dispersal and _rioting_crowd(event)):
            event.flags.add("force_on_riot")
        elif dispersal:
            event.flags.add("force_on_protest")
        if near:
            # the codebook's excessive force is lethal force; dispersal that kills nobody
            # is an intervention in the protest
            near[0].flags.add("excessive_force" if _lethal_force(event) else "intervention")
            if event.triggers[0].text.lower() in relation_words()["dispersal_verbs"]:
                # "used tear gas to disperse demonstrators protesting …": the protest is
                # the news, its dispersal comes second
                event.confidence = min(event.confidence, near[0].confidence - 0.05)


def _police_dispersal(event: EventRecord, dispersal: bool) -> bool:
    """Whether a dispersal told with police acting in its sentence is theirs, whoever the
    roles read as its source ("six students were injured when police lathi-charged a group
    demanding a refund for scheduled caste (SC) students" is no attack by "SC")."""
    if not dispersal or organised_armed(event.source):
        return False
    return unnamed_state_force_at_work(event.triggers[0])


def _rioting_crowd(event: EventRecord) -> bool:
    """Whether the sentence of a dispersal told with no protest names the crowd a rioting one
    ("as a mob tried to torch a pandal", "violence erupted in the village")."""
    from sitrep.events.lexicon import load_triggers

    gear = load_triggers().gear_heads  # "riot police" names the force, not the crowd
    if not event.triggers:
        return False
    sentence = event.triggers[0].sent
    words = {t.lower_ for t in sentence if not (t.i + 1 < len(t.doc) and t.nbor().lower_ in gear)}
    return bool(words & relation_words()["rioting_crowd"])


def _crowd_force_told(event: EventRecord) -> bool:
    """Whether the event's sentence names a means of dispersing a crowd ("lathicharge")."""
    text = ""
    if event.triggers:
        sentence = event.triggers[0].sent  # its text from the word lists, not its tokens
        text = token_view(sentence.doc).span_lower(sentence.start, sentence.end)
    return any(phrase in text for phrase in relation_words()["crowd_force"])


def _lethal_force(event: EventRecord) -> bool:
    """Whether force on a protest was lethal: it killed, or it was live fire ("police opened
    fire on the marchers") rather than a means of dispersing a crowd ("fired tear gas")."""
    from sitrep.knowledge.ontology import load_ontology

    told = " ".join(span.text for span in event.evidence).lower()
    return _deadly(event) or load_ontology().instrument_from_text(told) == "firearms"


def _deadly(event: EventRecord) -> bool:
    return bool(event.counts.get("killed") or event.implicit_counts.get("killed"))


def _peaceful_protests(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.type == "PROTEST" and e.mode != "riot"]


def relate_protest_arrests(events: list[EventRecord], sentence_of: dict[int, int]) -> None:
    """A state arrest told beside a protest is that protest's intervention."""
    protests = _peaceful_protests(events)
    for event in events:
        if not protests or event.type != "COERCE" or event.mode != "arrest":
            continue
        if event.source is not None and not state_force(event.source):
            continue
        near = [p for p in protests if sentence_gap(p, event, sentence_of) <= PROTEST_ARREST_GAP]
        if near:
            near[0].flags.add("intervention")
            event.flags.add("during_protest")
