"""Flags that make an event a battle of armed sides (ACLED), whatever the parties' names.

- An attack whose victims the text calls police, soldiers or militants ("a constable was
  shot dead by Naxals", "troops killed two militants") hits an armed side (flag
  ``armed_victims``): a battle for ACLED, even where the knowledge base knows neither
  party. A fight told as an exchange of gunfire ("a gunfight with police") is fought by
  armed sides (flag ``gunfire_exchange``), not a crowd's scuffle; an attack both sides made
  on "each other" is a fight too (flag ``mutual_attack``).
- A clash that names no side, in a story whose parties are armed forces and armed groups
  and that tells no protest ("the FMLN attacked the barracks ... the clashes lasted until
  dawn"), is fought by those parties (flag ``armed_story_clash``): a battle, as an ACLED
  coder codes it, not a riot of unknown people.

- Battles and seizures that move ground: "troops recaptured the town", "militants seized
  control of the district" (flags ``territory_regained`` for a state force,
  ``territory_overtaken`` for a non-state one), and arms taken out of use before they were
  used: "defused an IED", "recovered an arms cache" (flag ``weapons_disrupted``), ACLED's
  sub-event types for them.

The crowd and protest flags (``crowd_flags``, ``violent_protests``) run after these and read them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.events.actor_kinds import kind_and_sector, organised_armed, state_force
from sitrep.events.record import EventRecord
from sitrep.events.relation_words import relation_words
from sitrep.events.story_parties import story_parties
from sitrep.events.token_view import token_view

if TYPE_CHECKING:
    from sitrep.knowledge.ontology import Ontology

#: kinds (the generic actors' labels) of people who are an armed side when attacked
COMBATANT_KINDS = frozenset({"police", "military", "armed_group"})
#: how many title words before a victim's name may tell who the victim is ("Assistant
#: constable Nehru Punem", "Army jawan Ravi Kumar")
TITLE_WINDOW = 3
#: how many words after an attack verb may stand before its reciprocal object ("fired at
#: each other", "targeted each other's positions")
RECIPROCAL_WINDOW = 3
#: kinds and sectors of the parties that make a story one of armed conflict: armies and
#: armed groups (the police alone do not: their clashes are more often with crowds)
WARRING_KINDS = frozenset(
    {"armed_group", "military", "militia", "unidentified_armed_group", "rebel", "rebels"}
)
WARRING_SECTORS = frozenset({"MIL", "REB", "IMG", "INS", "PRM", "UAF"})
#: event types that may take ground or arms: a fight, or a seizure (CAMEO 192 "occupy
#: territory" is PLOVER COERCE seize)
STRATEGIC_TYPES = frozenset({"ASSAULT", "COERCE"})
#: the event type of a group setting up a base ("established a base": MOBILIZE)
BASE_TYPES = frozenset({"MOBILIZE"})
#: how many words after a word of taking ground the place taken may stand ("recaptured the
#: strategic town of Boni", "seized control of the district")
TERRITORY_WINDOW = 5
#: how many words apart a word of disrupting arms and the arms' trigger may stand ("defused an
#: improvised explosive device", "a bomb planted on the road was defused")
DISRUPTION_WINDOW = 5
#: the ontology's instruments that are devices one can defuse, find or seize before use
DEVICE_INSTRUMENTS = frozenset({"ied", "landmine", "grenade", "shelling"})
#: entity labels of a place that can be taken
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: the keys of ``triggers.yaml`` read here
STRATEGIC_KEYS = (
    "territory_taking",
    "territory_nouns",
    "territory_unopposed",
    "weapons_disruption",
    "weapon_goods",
    "base_setting",
    "base_nouns",
)


def flag_armed_sides(events: list[EventRecord]) -> None:
    """Mark attacks on people the text calls an armed force and fights told as gunfire.

    "A constable was shot dead by Naxals", "security forces killed two NSCN militants",
    "Pakistani troops fired at Indian posts": the victims are an armed side, so ACLED codes
    a battle (flag ``armed_victims``), not violence against civilians, even where the
    knowledge base knows neither party. Victims told as civilians, or as former or
    off-duty members of a force ("a retired army officer"), are not an armed side.
    "Two activists were injured in a gunfight with police": a fight told as an exchange of
    gunfire has two armed sides (flag ``gunfire_exchange``), not a crowd's scuffle.
    "Troops of the two countries targeted each other's posts": both sides acted, a fight
    (flag ``mutual_attack``).
    """
    from sitrep.events.lexicon import load_triggers
    from sitrep.knowledge.ontology import load_ontology

    generic = load_triggers().generic_actors
    ontology = load_ontology()
    for event in events:
        if event.type != "ASSAULT":
            continue
        kinds = {_victim_kind(span, generic) for span in _harmed_phrases(event)}
        if kinds & COMBATANT_KINDS and "civilians" not in kinds:
            event.flags.add("armed_victims")
        if event.mode == "sideAB" and any(
            _two_sided_trigger(t) and ontology.instrument_from_text(t.text) == "firearms"
            for t in event.triggers
        ):
            event.flags.add("gunfire_exchange")
        if event.mode != "sideAB" and any(_reciprocal(t) for t in event.triggers):
            event.flags.add("mutual_attack")


def flag_strategic_moves(events: list[EventRecord]) -> None:
    """Mark fights and seizures that take ground, and arms taken out of use before use.

    "Malian troops recaptured the town of Boni after two days of fighting": the state regains
    territory (flag ``territory_regained``); "al-Shabaab fighters seized control of the
    district" is a non-state actor overtaking it (flag ``territory_overtaken``). Only a side
    the text names decides which. Ground taken "without a fight" changes hands without
    battle (flag ``territory_transferred``). "A bomb disposal squad defused an IED", "troops
    recovered an arms cache": the arms were disrupted before use (flag
    ``weapons_disrupted``), not an explosion. Called at the end of ``flag_armed_sides``.
    """
    from sitrep.knowledge.ontology import load_ontology

    cues = _strategic_cues()
    ontology = load_ontology()
    for event in events:
        if event.type in BASE_TYPES and any(_sets_up_base(t, cues) for t in event.triggers):
            event.flags.add("base_established")
        if event.type not in STRATEGIC_TYPES or not event.triggers:
            continue
        if any(_disrupts_weapons(t, cues, ontology) for t in event.triggers):
            event.flags.add("weapons_disrupted")
            continue
        if not any(_takes_ground(event, t, cues) for t in event.triggers):
            continue
        if any(_unopposed(t, cues) for t in event.triggers):
            event.flags.add("territory_transferred")
            continue
        taker = _ground_taker(event)
        if taker is not None:
            event.flags.add("territory_regained" if taker == "state" else "territory_overtaken")


def _unopposed(trigger: Span, cues: Mapping[str, frozenset[str]]) -> bool:
    """Whether the trigger's sentence tells the ground taken without a fight ("took over the
    town without a fight after the troops pulled out"): a transfer, not a battle."""
    words = [t.lower_ for t in trigger.sent]
    return any(_cue_at(words, i, cues["territory_unopposed"]) for i in range(len(words)))


def _ground_taker(event: EventRecord) -> str | None:
    """Who took the ground: "state" or "non-state", by the side that acted or, where the text
    names none, by the side that lost it ("seized the town from government troops"); None
    where neither side is told."""
    if event.source is not None:
        return "state" if state_force(event.source) else "non-state"
    if event.target is not None and state_force(event.target):
        return "non-state"
    if event.target is not None and organised_armed(event.target):
        return "state"
    return None


def _sets_up_base(trigger: Span, cues: Mapping[str, frozenset[str]]) -> bool:
    """Whether the trigger is a word of setting up followed by a base ("established a new
    base", "set up their headquarters")."""
    doc = trigger.doc
    if trigger.text.lower() not in cues["base_setting"]:
        return False
    after = doc[trigger.end : min(trigger.sent.end, trigger.end + TERRITORY_WINDOW)]
    return any(t.lower_ in cues["base_nouns"] for t in after)


@functools.lru_cache(maxsize=1)
def _strategic_cues() -> dict[str, frozenset[str]]:
    """The ``STRATEGIC_KEYS`` word lists of ``triggers.yaml``, lower case."""
    from sitrep.events.lexicon import DEFAULT_PATH
    from sitrep.knowledge.word_lists import read_word_lists

    return read_word_lists(DEFAULT_PATH, STRATEGIC_KEYS, "trigger lexicon", optional=True)


def _cue_at(words: list[str], i: int, cues: frozenset[str]) -> int:
    """The length in words of a cue starting at ``words[i]`` (lower case; "took control" is
    2), or 0."""
    for cue in _cues_by_first_word(cues).get(words[i], ()):
        if tuple(words[i : i + len(cue)]) == cue:
            return len(cue)
    return 0


@functools.lru_cache(maxsize=8)
def _cues_by_first_word(cues: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word cues indexed by their first word, longest first, for a fast scan."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        words = tuple(cue.split())
        table.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in table.items()}


def _takes_ground(event: EventRecord, trigger: Span, cues: Mapping[str, frozenset[str]]) -> bool:
    """Whether the trigger's sentence tells its event taking ground: a word of taking ground
    ("recaptured", "seized control") then, within a few words, a place or a word for ground.
    A seizure's own trigger must be that word ("captured two militants and recaptured the
    town": the arrest takes no ground); a fight may be told beside it ("after days of
    fighting").

    Reads the document's word lists (``token_view``), not spaCy tokens: it scans every word
    of the sentence for every fight, and few sentences hold such a word."""
    doc, sentence = trigger.doc, trigger.sent
    words = token_view(doc).lower[sentence.start : sentence.end]
    taking = cues["territory_taking"]
    first_words = _cues_by_first_word(taking)
    for i, word in enumerate(words):
        if word not in first_words:
            continue
        size = _cue_at(words, i, taking)
        if not size:
            continue
        if event.type != "ASSAULT" and not (trigger.start <= sentence.start + i < trigger.end):
            continue
        after = range(i + size, min(len(words), i + size + TERRITORY_WINDOW))
        if any(
            words[j] in cues["territory_nouns"] or doc[sentence.start + j].ent_type_ in PLACE_LABELS
            for j in after
        ):
            return True
    return False


def _disrupts_weapons(
    trigger: Span, cues: Mapping[str, frozenset[str]], ontology: Ontology
) -> bool:
    """Whether the trigger names arms taken out of use before use: the trigger is a word of
    disrupting them and arms follow it ("recovered an arms cache", "defused a grenade"), or
    the trigger names a device (a bomb, an IED, a mine) with such a word near it ("defused an
    IED", "a bomb planted on the road was defused", "the bomb disposal squad defused it").
    Other harm near such a word ("the body was found", "arrested him and seized a pistol")
    is no device disrupted."""
    view = token_view(trigger.doc)
    sentence = trigger.sent
    words = cues["weapons_disruption"]
    after = range(trigger.end, min(sentence.end, trigger.end + DISRUPTION_WINDOW))
    if trigger.text.lower() in words:
        return (
            any(view.lower[j] in cues["weapon_goods"] for j in after)
            or ontology.instrument_from_text(view.span_text(after.start, after.stop))
            in DEVICE_INSTRUMENTS
        )
    if ontology.instrument_from_text(trigger.text) not in DEVICE_INSTRUMENTS:
        return False
    before = range(max(sentence.start, trigger.start - DISRUPTION_WINDOW), trigger.start)
    return any(view.lower[j] in words for j in before) or any(
        view.lower[j] in words and view.tag[j] in {"VBD", "VBN"} for j in after
    )


def _reciprocal(trigger: Span) -> bool:
    """Whether the action's object is "each other" ("troops of the two countries targeted
    each other's posts"): both sides acted, as in a fight."""
    doc = trigger.doc
    after = doc[trigger.end : min(trigger.sent.end, trigger.end + RECIPROCAL_WINDOW)].text
    return any(phrase in after.lower() for phrase in relation_words()["reciprocal"])


def _two_sided_trigger(trigger: Span) -> bool:
    """Whether a trigger is itself a word for a fight of two sides ("gunfight", "exchange of
    fire"), not a shot one side fired in it ("police fired bullets at them")."""
    from sitrep.events.lexicon import load_triggers

    entry = load_triggers().entry_of(trigger.text.lower(), one_word=len(trigger) == 1)
    return entry is not None and entry.mode == "sideAB"


def _harmed_phrases(event: EventRecord) -> list[Span]:
    """The event's victim and target phrases, less those that only tell where it happened
    ("under Kotwali Police Station", the police district of South Asian reports)."""
    phrases = [a.span for a in event.arguments if a.role in {"victim", "target"}]
    if event.target_span is not None:
        phrases.append(event.target_span)
    return [p for p in phrases if p.start == 0 or p.doc[p.start - 1].lower_ != "under"]


def _victim_kind(span: Span, generic: Mapping[str, object]) -> str | None:
    """The generic kind a victim phrase names by its head or the title before a name ("two
    NSCN militants", "Assistant constable Nehru Punem", "a police team"); words after a
    possessive or "of" name someone else ("a policeman's son", "the wife of a soldier"), and
    a kind that only modifies the head names something else ("the military hospital")."""
    doc = span.doc
    start = span.start
    while start > max(span.sent.start, span.start - TITLE_WINDOW) and doc[start - 1].pos_ in {
        "NOUN",
        "PROPN",
        "ADJ",
    }:
        start -= 1
    tokens: list[Token] = []
    for token in doc[start : span.end]:
        if token.lower_ in {"'s", "’s"}:
            tokens = []  # "a policeman's son": the head comes after
            continue
        if token.lower_ == "of":
            break
        tokens.append(token)
    words = [t.lower_ for t in tokens]
    lists = relation_words()
    if lists["not_serving"] & set(words):
        return None
    found: str | None = None
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            kind = getattr(generic.get(" ".join(words[i : i + size])), "kind", None)
            if kind is None or not _heads(tokens[i + size :], lists["force_members"]):
                continue
            if kind == "civilians":
                return kind
            found = found or kind
    return found


def _heads(rest: list[Token], members: frozenset[str]) -> bool:
    """Whether a generic word is the head of its phrase: only a name ("constable Nehru
    Punem") or a word for the force's men ("police personnel", "army team") follows it."""
    return all(t.pos_ in {"PROPN", "PUNCT"} or t.lower_ in members for t in rest)


def flag_armed_story_clashes(events: list[EventRecord]) -> None:
    """Mark a clash that names no side but the armed ones in a story of armed conflict.

    "Clashes were reported on the outskirts of the town", in a story whose parties are
    troops and guerrillas, is their fight: ACLED codes it a battle. A side the text names
    that is no armed force ("villagers clashed") keeps its clash to the ontology's rules, and
    a story that tells a protest keeps its clashes to the protest's crowd.

    Runs after ``flag_armed_sides``, before the crowd flags: a clash it marks is no crowd's.
    """
    if any(e.type == "PROTEST" for e in events):
        return
    if not any(_warring(party) for party in story_parties(events)):
        return
    for event in events:
        if event.type != "ASSAULT" or event.mode != "sideAB":
            continue
        if all(_armed_or_unknown(side) for side in (event.source, event.target)):
            event.flags.add("armed_story_clash")


def _warring(cluster: object | None) -> bool:
    """Whether a party of the story is an army or an armed group (not the police alone)."""
    kind, sector = kind_and_sector(cluster)
    return kind in WARRING_KINDS or sector in WARRING_SECTORS


def _armed_or_unknown(side: object | None) -> bool:
    """Whether a side of a clash is an armed or state force, or one the text does not tell
    (no side, or a name the knowledge base has no kind or sector for)."""
    return organised_armed(side) or state_force(side) or not any(kind_and_sector(side))
