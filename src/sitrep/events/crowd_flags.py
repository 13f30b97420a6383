"""Flags for a crowd's own violence: a mob's arson and stones, and fire bombs thrown at people.

- A crowd's violence: arson, vandalism or stone-throwing that kills nobody, by people
  who are not an organised armed force ("hartal supporters torched a bus",
  "assailants set fire to three buses"), is what ACLED calls a riot (flag ``mob``); flag
  ``crowd_on_people`` too when it names people it hurt: mob violence, where fire and stones
  at property or the police are a violent demonstration.
  So are crude bombs ("cocktails") such a crowd throws (flag ``crude_weapon``; the
  ontology weighs who threw them and whether they killed).
- A fire bomb thrown at people ("assailants hurled a petrol bomb into a bus, injuring 15
  passengers") is an attack on them (flag ``firebombed_people``), not a mob's vandalism.

The flags of a battle of armed sides (``battle_flags``) run before these and are read by
them; ``violent_protests`` runs after them and reads ``mob`` and ``crude_weapon``.
"""

from __future__ import annotations

from sitrep.events.actor_kinds import organised_armed
from sitrep.events.record import EventRecord
from sitrep.events.relation_words import relation_words

#: assault modes of a crowd's violence: arson, destruction, crude weapons
CROWD_MODES = frozenset({"arson", "destroy", "primitive"})
#: instruments of crowd violence (the ontology's names): fire, sticks and stones
CROWD_INSTRUMENTS = frozenset({"fire", "blunt"})


def flag_firebombed_people(events: list[EventRecord], evidence_text: dict[int, str]) -> None:
    """Mark one-sided attacks that threw fire bombs at people who were hurt: "assailants
    hurled a petrol bomb into a bus, injuring 15 passengers" is an attack on them, not a
    mob's arson. Runs after ``flag_armed_sides`` (bombs at an armed side are a fight) and
    before ``flag_crowd_violence``, which leaves the attacks it marks alone."""
    fire_bombs = relation_words()["fire_bombs"]
    for event in events:
        if event.type != "ASSAULT":
            continue
        spaced = " ".join(evidence_text.get(id(event), "").split())  # "petrol\xa0bomb" as typeset
        if _firebombed_people(event, spaced, fire_bombs):
            event.flags.add("firebombed_people")


def flag_crowd_violence(events: list[EventRecord], evidence_text: dict[int, str]) -> None:
    """Mark arson, vandalism and stone-throwing without deaths by an unorganised crowd, and
    the events told with crude bombs. Runs after ``flag_armed_story_clashes`` (a clash it
    flags is no crowd's) and ``flag_firebombed_people`` (an attack on people is no mob's)."""
    from sitrep.events.lexicon import load_triggers
    from sitrep.knowledge.ontology import load_ontology

    ontology = load_ontology()
    crude_weapons = load_triggers().crude_weapons
    for event in events:
        if event.type != "ASSAULT":
            continue
        evidence = evidence_text.get(id(event), "")
        if any(weapon in evidence for weapon in crude_weapons):
            event.flags.add("crude_weapon")
        if "firebombed_people" in event.flags or event.counts.get("killed"):
            continue
        instrument = ontology.instrument_from_text(evidence)
        crowd_weapon = event.mode in CROWD_MODES or instrument in CROWD_INSTRUMENTS
        if (
            crowd_weapon
            and event.mode not in {"firearms", "explosives"}
            and not organised_armed(event.source)
        ):
            event.flags.add("mob")
            if any(argument.role == "victim" for argument in event.arguments):
                event.flags.add("crowd_on_people")  # a mob's attack, not a riot's vandalism


def _firebombed_people(event: EventRecord, evidence: str, fire_bombs: frozenset[str]) -> bool:
    """Whether a one-sided attack threw fire bombs that hurt or killed people (a count says
    so): not a clash, nor bombs at police or soldiers (a fight with an armed side), nor at
    an empty bus or an office."""
    if event.mode == "sideAB" or "armed_victims" in event.flags:
        return False
    if not any(bomb in evidence for bomb in fire_bombs):
        return False
    counts = (event.counts.get(k) or event.implicit_counts.get(k) for k in ("killed", "injured"))
    return any(counts) or _tells_harm(evidence)


def _tells_harm(evidence: str) -> bool:
    """Whether the evidence tells people hurt in words no count reads ("a truck driver
    sustained burn injuries", "four passengers were burnt alive"), and denies none ("no one
    was hurt")."""
    words = relation_words()
    if any(phrase in evidence for phrase in words["no_harm"]):
        return False
    return any(phrase in evidence for phrase in words["harm"])
