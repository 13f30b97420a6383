"""Event coreference within one article: one real event told several times is one event.

Two mentions are the same event when their types agree, their dates and
places are compatible (equal, contained or unknown), their actors do not
conflict, and the later one does not say it is another event ("in a
separate operation", "other members were also apprehended"). Anaphoric
mentions ("the visit", "among the dead") only ever join an earlier event.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Span

from sitrep.events.actor_kinds import organised_armed, state_force
from sitrep.events.actor_sides import TWO_SIDED_MODE
from sitrep.events.claimed_source import credit_claimant, takes_claimed_source
from sitrep.events.coref_additions import adds_harm
from sitrep.events.described_parties import add_described_parties
from sitrep.events.function_words import FIGHT_PREPOSITIONS
from sitrep.events.presupposed import unframe_presupposed
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.referring_claims import add_referring_claims
from sitrep.events.seizure import keep_seizure_kind, seizure_and_harm, seizure_of_a_person

MODALITY_STRENGTH = [
    "asserted",
    "reported",
    "claimed",
    "historical",
    "hypothetical",
    "future",
    "negated",
]
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


def merge_events(mentions: list[EventRecord]) -> list[EventRecord]:
    """Fold each event mention into an earlier compatible event, or keep it as a new one."""
    events: list[EventRecord] = []
    for mention in mentions:
        unframe_presupposed(mention)  # "demanded an inquiry into the murder of X": it happened
        target = None
        if (mention.anaphoric or mention.refers_back) and mention.mode:
            # "the visit" refers to the last visit before any other kind of meeting
            target = next(
                (e for e in reversed(events) if e.mode == mention.mode and compatible(e, mention)),
                None,
            )
        for event in reversed(events):
            if target is None and compatible(event, mention):
                target = event
                break
        if target is None:
            if mention.anaphoric and not mention.arguments:
                continue
            if mention.anaphoric:
                # an anaphoric mention with a new victim but no event before it: keep nothing
                continue
            events.append(mention)
        else:
            absorb(target, mention)
    add_referring_claims(events)  # "X claimed responsibility for the incident." names the doer
    add_described_parties(events)
    take_coded_total(events)
    return events


def take_coded_total(events: list[EventRecord]) -> None:
    """Give the note's coded event the coder's own toll ("... were killed. Fatalities coded
    as 12."): an ACLED note states the total its coder counted for the event it codes, the
    first one told as having happened (an attack before any other), and that total outweighs
    the figures of the sentences before it (one side's dead, "an unknown number")."""
    happened = [e for e in events if e.modality in OPEN_MODALITIES and e.evidence]
    if not happened:
        return
    total = coded_total(happened[0].evidence[0].doc.text)
    if total is None:
        return
    coded = next((e for e in happened if e.type == "ASSAULT"), happened[0])
    coded.counts["killed"] = total


def coded_total(text: str) -> int | None:
    """The number after a coder's toll cue ("Fatalities coded as 12", "Fatalities: 3"), or
    None where the text has none."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    cues = load_participant_lexicon().coded_total_cues
    if not cues or "atalities" not in text:
        return None
    found = _coded_total_pattern(cues).search(text)
    return int(found.group(1)) if found else None


@lru_cache(maxsize=4)
def _coded_total_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s*(\d{{1,5}})\b", re.IGNORECASE)


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
            and _places_compatible_for_reference(event.place, mention.place)
            and _dates_compatible(event.date, mention.date)
        )
    if (event.modality in OPEN_MODALITIES) != (mention.modality in OPEN_MODALITIES):
        return False
    if mention.distinct and not added and not _same_harmed(event, mention):
        # "Guerra is the third UP member murdered": a person is killed once, so the same
        # named victim outweighs a word that says "another"
        return False
    if not _dates_compatible(event.date, mention.date):
        return False
    if not _places_compatible(event.place, mention.place):
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


#: the harm a toll sentence counts
TOLL_KINDS = ("killed", "injured")


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
        and any(mention.counts.get(kind) for kind in TOLL_KINDS)
        and _next_sentence(event, mention)
    )


#: the parts of speech a distinct cue has when it tells of another event ("another attack",
#: "a third explosion", "in a separate raid"); as an adverb ("also wounded") it adds to this one
EVENT_CUE_POS = frozenset({"ADJ", "DET"})


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


def told_apart_in_sentence(
    event: EventRecord, mention: EventRecord, distinct_cues: frozenset[str]
) -> bool:
    """Whether a later trigger of the sentence tells a second event of the same type, so the
    in-sentence merge keeps the two apart, as a careful coder does with "gunmen shot a trader
    and, in another attack, killed two soldiers" or "... and a second explosion damaged a
    church". The sign is a distinct cue ("another", "a second", "separate") that modifies this
    trigger's own singular noun (or stands just before it, as the parser may not attach
    "another" to its noun); a cue on a person ("and wounded another man", "a second one injured")
    adds a victim to the same attack. The dates the triggers read are not used: a relative
    clause ("the attack on 6 December which destroyed ...") often reads one of its own."""
    trigger = mention.triggers[0]
    if not any(t.end <= trigger.start for t in event.triggers) or not _one_event_noun(trigger):
        return False
    return any(
        token.lower_ in distinct_cues
        and token.pos_ in EVENT_CUE_POS
        and (trigger.start <= token.head.i < trigger.end or token.i == trigger.start - 1)
        for token in trigger.doc[trigger.sent.start : trigger.end]
    )


def _one_event_noun(trigger: Span) -> bool:
    """A singular noun names one event ("another explosion"); a verb takes "another" as its
    victim ("one was killed and another injured"), and a plural restates the events the
    sentence tells ("were torched in two separate attacks")."""
    return trigger.root.pos_ in {"NOUN", "PROPN"} and trigger.root.tag_ != "NNS"


def _seizure_told_as_harm(event: EventRecord, mention: EventRecord) -> bool:
    """A kidnapping and an attack on the same named person, both said to have happened, at
    compatible places and dates: one incident ("X was kidnapped ..." / "the murder of X")."""
    return (
        seizure_and_harm(event, mention)
        and event.modality in OPEN_MODALITIES
        and mention.modality in OPEN_MODALITIES
        and _same_harmed(event, mention)
        and _places_compatible(event.place, mention.place)
        and _dates_compatible(event.date, mention.date)
    )


def _next_sentence(event: EventRecord, mention: EventRecord) -> bool:
    """A mention in the very next sentence elaborates the event, unless it says otherwise."""
    last = max(span.end for span in event.evidence)
    first = min(span.start for span in mention.evidence)
    return first == last


def _share_something(event: EventRecord, mention: EventRecord) -> bool:
    """Positive evidence of identity: the same day, the same place or the same actor."""
    ra, rb = _range(event.date), _range(mention.date)
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


def _range(timex: object | None) -> tuple[dt.date, dt.date] | None:
    if timex is None:
        return None
    first = getattr(timex, "first_day", None)
    last = getattr(timex, "last_day", None)
    if first is None or last is None:
        return None
    return first, last


def _dates_compatible(a: object | None, b: object | None) -> bool:
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return True
    # a night ("overnight", "last night") reaches into the next morning
    slack = dt.timedelta(days=1)
    return (
        ra[0] <= rb[1] + slack
        and rb[0] <= ra[1] + slack
        and ((ra[0] <= rb[1] and rb[0] <= ra[1]) or _is_night(a) or _is_night(b))
    )


def _is_night(timex: object | None) -> bool:
    value = str(getattr(timex, "value", ""))
    return value.endswith("TNI") or "night" in str(getattr(timex, "text", "")).lower()


def _places_compatible(a: object | None, b: object | None) -> bool:
    if a is None or b is None or a is b:
        return True
    pa = getattr(a, "place", None) or getattr(a, "within", None)
    pb = getattr(b, "place", None) or getattr(b, "within", None)
    if pa is None or pb is None:
        return True
    if getattr(pa, "geonameid", None) == getattr(pb, "geonameid", None):
        return True
    return (
        _contains(pa, pb)
        or _contains(pb, pa)
        or (
            getattr(a, "within", None) is not None
            and getattr(getattr(a, "within", None), "geonameid", None)
            == getattr(pb, "geonameid", None)
        )
        or (
            getattr(b, "within", None) is not None
            and getattr(getattr(b, "within", None), "geonameid", None)
            == getattr(pa, "geonameid", None)
        )
    )


def _places_compatible_for_reference(a: object | None, b: object | None) -> bool:
    """Places a back-reference ("the attack", "the explosion") may have and still be the
    event told before: compatible places, or two places of one country. A later sentence
    often names the event's place at another level (the district, a suburb, the department
    capital "12 km from" it) or reads one from a nearby phrase, and "the attack" still names
    the attack just told; a place in another country is another event."""
    if _places_compatible(a, b):
        return True
    country_a, country_b = _country_of(a), _country_of(b)
    return country_a is not None and country_a == country_b


def _country_of(place: object | None) -> str | None:
    point = getattr(place, "place", None) or getattr(place, "within", None)
    country = getattr(point, "country", None)
    return country if isinstance(country, str) and country else None


def _contains(outer: object, inner: object) -> bool:
    contains = getattr(outer, "contains", None)
    if callable(contains):
        try:
            return bool(contains(inner))
        except Exception:
            return False
    return False


def absorb(event: EventRecord, mention: EventRecord) -> None:
    """Fill the event's fields from a further mention of it."""
    damage_told_later = _damage_told_later(event, mention)  # before its evidence joins
    event.evidence.extend(
        s for s in mention.evidence if all(s.start != e.start for e in event.evidence)
    )
    event.triggers.extend(mention.triggers)
    keep_seizure_kind(event, mention)
    if event.mode is None and mention.mode is not None:
        if not damage_told_later:
            # "were killed in a clash": the further mention tells how (two sides fought)
            event.mode = mention.mode
    elif _toll_of_fight(event, mention):
        event.mode = TWO_SIDED_MODE
    if takes_claimed_source(event, mention) and mention.source_span is not None:
        # "Assailants opened fire ... TTP claimed responsibility for the attack": the group
        credit_claimant(event, mention.source, mention.source_span)
    elif event.source is None and mention.source is not None:
        event.source, event.source_span = mention.source, mention.source_span
    if event.target is None and mention.target is not None:
        event.target, event.target_span = mention.target, mention.target_span
    for argument in mention.arguments:
        add_argument(event.arguments, argument)
    for kind, value in mention.counts.items():
        event.counts[kind] = max(event.counts.get(kind, 0), value)
    for kind, value in mention.implicit_counts.items():
        event.implicit_counts[kind] = max(event.implicit_counts.get(kind, 0), value)
    event.place = _more_specific(event.place, mention.place)
    event.date = _more_specific_date(event.date, mention.date)
    if not (mention.anaphoric or mention.refers_back) and MODALITY_STRENGTH.index(
        mention.modality
    ) < MODALITY_STRENGTH.index(event.modality):
        event.modality = mention.modality
    if event.attribution is None and mention.attribution is not None:
        event.attribution, event.attribution_span = mention.attribution, mention.attribution_span
    event.confidence = min(0.95, max(event.confidence, mention.confidence) + 0.05)


#: modes of a mention that tells what an attack damaged, not how it was made
DAMAGE_MODES = frozenset({"destroy"})


def _damage_told_later(event: EventRecord, mention: EventRecord) -> bool:
    """Whether the mention tells, in a later sentence, the property an armed attack already
    read damaged: "Militants ambushed a patrol ... Two vehicles were damaged in the ambush"
    is still the ambush, not property destruction or a mob's vandalism. An attack by people
    who are no armed force ("assailants attacked the motorcade ... vehicles were
    vandalised") may well be the vandalism the later mention tells."""
    if event.type != "ASSAULT" or mention.mode not in DAMAGE_MODES:
        return False
    if not (organised_armed(event.source) or state_force(event.source)):
        return False
    told = {span.sent.start for span in event.evidence}
    return all(span.sent.start not in told for span in mention.evidence)


#: one side's modes a fight's toll is first told with ("a man was gunned down ... in a clash")
ONE_SIDED_HARM = frozenset({"firearms"})
#: how many words may stand between a fight preposition and the fight's noun ("in a deadly
#: clash", "during the ensuing clashes")
FIGHT_PREPOSITION_WINDOW = 3


def _toll_of_fight(event: EventRecord, mention: EventRecord) -> bool:
    """Whether a shooting is the toll of the fight its own sentence tells it in: "a man was
    gunned down and six others were injured in a deadly clash between two groups" is the
    clash (two sides fought), not one side's shooting of the man. The fight must follow a
    preposition that puts the harm in it; a fight the shooting led to ("sparking clashes")
    stays apart."""
    if mention.mode != TWO_SIDED_MODE or event.mode not in ONE_SIDED_HARM:
        return False
    if not any(s.start == e.start for s in mention.evidence for e in event.evidence):
        return False
    for trigger in mention.triggers:
        doc = trigger.doc
        before = doc[
            max(trigger.sent.start, trigger.start - FIGHT_PREPOSITION_WINDOW) : trigger.start
        ]
        if any(token.lower_ in FIGHT_PREPOSITIONS for token in before):
            return True
    return False


def add_argument(arguments: list[ArgumentRecord], argument: ArgumentRecord) -> None:
    """Add a further mention's argument unless the event has it already: the same entity, or
    for an unnamed phrase the same words in the same role (two triggers of one sentence read
    "the bus" twice; one reads "a bus", the other "a bus carrying pilgrims"). Of two nested
    phrases the longer stays, as it says more."""
    for i, known in enumerate(arguments):
        if argument.entity is not None and known.entity is argument.entity:
            return
        if argument.entity is not None or known.entity is not None or known.role != argument.role:
            continue
        if _inside(argument.span, known.span):
            return
        if _inside(known.span, argument.span):
            arguments[i] = argument
            return
    arguments.append(argument)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _more_specific(a: object | None, b: object | None) -> object | None:
    if a is None:
        return b
    if b is None:
        return a
    from sitrep.events.trigger_place import PLACE_PREFERENCE

    rank_a = PLACE_PREFERENCE.get(getattr(a, "feature", None) or "country", 5)
    rank_b = PLACE_PREFERENCE.get(getattr(b, "feature", None) or "country", 5)
    return b if rank_b < rank_a else a


def _more_specific_date(a: object | None, b: object | None) -> object | None:
    if a is None:
        return b
    if b is None:
        return a
    order = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
    pa = order.get(getattr(a, "precision", "unknown"), 4)
    pb = order.get(getattr(b, "precision", "unknown"), 4)
    if pb < pa or (pb == pa and _is_night(a) and not _is_night(b)):
        return b
    return a
