"""Whether a mention can be an event told before: the rules of event coreference.

Two mentions are the same event when their types agree, their dates and places are
compatible (equal, contained or unknown), their actors do not conflict, and the later one
does not say it is another event ("in a separate operation", "other members were also
apprehended"). Anaphoric mentions ("the visit", "among the dead") need only a compatible
time and place. The merge (``coref``) asks this for each earlier event in turn.
"""

from __future__ import annotations

from sitrep.events.coref_additions import HARM_COUNTS, adds_harm
from sitrep.events.coref_when_where import (
    date_range,
    dates_compatible,
    places_compatible,
    places_compatible_for_reference,
)
from sitrep.events.record import EventRecord
from sitrep.events.seizure import seizure_and_harm, seizure_of_a_person

OPEN_MODALITIES = {"asserted", "reported", "claimed"}


#: Modes one real event can be told with: an attack with guns and explosives, a visit with talks.
MODE_FAMILIES = (
    frozenset(
        {
            "firearms",
            "explosives",
            "aerial",
            "artillery",
            "beat",
            "arson",
            "sideAB",
            "primitive",
            "destroy",
        }
    ),
    frozenset({"demo", "riot", "strike", "hunger", "obstruct", "boycott", "general"}),
    frozenset({"visit", "meet", "discuss"}),
)


def compatible(event: EventRecord, mention: EventRecord) -> bool:
    if event.type != mention.type:
        return _seizure_told_as_harm(event, mention)
    if event.mode and mention.mode and event.mode != mention.mode:
        modes = {event.mode, mention.mode}
        if (
            not any(modes <= family for family in MODE_FAMILIES)
            and not seizure_of_a_person(event, mention)
            and not _haul_of_an_arrest(event, mention)
        ):
            return False
    # "Three other civilians also died": more harm of the attack told, not another attack;
    # "also injured when they set off a bomb" tells a means of its own, another act
    added = adds_harm(mention) and mention.mode in (None, event.mode)
    # "the assassination of X" after "X was shot dead": the same victim outweighs a "later"
    refers_back = mention.refers_back and (
        not mention.distinct or added or _same_harmed(event, mention)
    )
    if mention.anaphoric or refers_back:
        return (
            event.modality in OPEN_MODALITIES
            and places_compatible_for_reference(event.place, mention.place)
            and dates_compatible(event.date, mention.date)
        )
    if (event.modality in OPEN_MODALITIES) != (mention.modality in OPEN_MODALITIES):
        return False
    if mention.distinct and not added and not _same_harmed(event, mention):
        # "Guerra is the third UP member murdered": a person is killed once, so the same
        # named victim outweighs a word that says "another"
        return False
    if not dates_compatible(event.date, mention.date):
        return False
    if not places_compatible(event.place, mention.place):
        return False
    if (
        event.source is not None
        and mention.source is not None
        and not same_actor(event.source, mention.source)
        and not added  # "the attackers" of an addition are the doers told before
    ):
        return False
    if (
        event.target is not None
        and mention.target is not None
        and not same_actor(event.target, mention.target)
        and not added
        and not _toll_told_next(event, mention)
    ):
        return False
    return added or _share_something(event, mention) or _next_sentence(event, mention)


def _toll_told_next(event: EventRecord, mention: EventRecord) -> bool:
    """Whether the mention is the toll of the attack or fight told just before it: "JNIM
    attacked a FAMa position in Boni. 12 soldiers and an unknown number of militants were
    killed." counts the dead of either side or both, so its harmed (here read as the
    militants) need not be the attack's target; a coder codes the attack with that toll.
    The toll tells no attacker of its own, follows in the very next sentence and counts the
    dead or wounded."""
    return (
        event.type == mention.type == "ASSAULT"
        and event.source is not None
        and mention.source is None
        and any(mention.counts.get(kind) for kind in HARM_COUNTS)
        and _next_sentence(event, mention)
    )


#: Words of arms taken in an operation ("explosives and weapons were recovered from the
#: house"): told after an arrest, the haul of that raid, not an event of its own.
HAUL_WORDS = ("recover", "seiz", "confiscat")


def _haul_of_an_arrest(event: EventRecord, mention: EventRecord) -> bool:
    """Whether a seizure of things is the haul of an arrest told before: a coder codes the
    raid once, as its arrests; a cache recovered with no arrest told stays its own event
    (disrupted weapons use). A seizure of a person is never a haul."""
    return (
        event.type == mention.type == "COERCE"
        and event.mode == "arrest"
        and mention.mode == "seize"
        and not any(a.role == "victim" for a in mention.arguments)
        and any(t.text.lower().startswith(HAUL_WORDS) for t in mention.triggers)
    )


def _seizure_told_as_harm(event: EventRecord, mention: EventRecord) -> bool:
    """A kidnapping and an attack on the same named person, both said to have happened, at
    compatible places and dates: one incident ("X was kidnapped ..." / "the murder of X")."""
    return (
        seizure_and_harm(event, mention)
        and event.modality in OPEN_MODALITIES
        and mention.modality in OPEN_MODALITIES
        and _same_harmed(event, mention)
        and places_compatible(event.place, mention.place)
        and dates_compatible(event.date, mention.date)
    )


def _next_sentence(event: EventRecord, mention: EventRecord) -> bool:
    """A mention in the very next sentence elaborates the event, unless it says otherwise."""
    last = max(span.end for span in event.evidence)
    first = min(span.start for span in mention.evidence)
    return first == last


def _share_something(event: EventRecord, mention: EventRecord) -> bool:
    """Positive evidence of identity: the same day, the same place or the same actor."""
    ra, rb = date_range(event.date), date_range(mention.date)
    if ra is not None and rb is not None:
        return True  # compatible known dates, checked above
    if event.place is not None and mention.place is not None:
        return True
    shared = (event.source is not None and same_actor(event.source, mention.source)) or (
        event.target is not None and same_actor(event.target, mention.target)
    )
    return (shared and (ra is None or rb is None)) or _same_harmed(event, mention)


def _same_harmed(event: EventRecord, mention: EventRecord) -> bool:
    """The same named victim ("mayor ruiz was shot" ... "ruiz's murder"): one attack told
    twice, as a person is killed or kidnapped once."""
    victims = {id(a.entity) for a in event.arguments if a.role == "victim" and a.entity}
    return any(
        a.role == "victim" and a.entity is not None and id(a.entity) in victims
        for a in mention.arguments
    )


def same_actor(a: object | None, b: object | None) -> bool:
    """The same entity, or two unnamed mentions of the same actor ("police" … "police")."""
    if a is None or b is None:
        return False
    if a is b:
        return True
    if getattr(a, "id", None) is None or getattr(b, "id", None) is None:
        ida, idb = getattr(a, "actor_id", None), getattr(b, "actor_id", None)
        return (ida is not None and ida == idb) or getattr(a, "name", 1) == getattr(b, "name", 2)
    return False
