"""How events of one article bear on each other's category (ACLED flags).

- A crowd's violence: arson, vandalism or stone-throwing that kills nobody, by people
  who are not an organised armed force ("hartal supporters torched a bus",
  "assailants set fire to three buses"), is what ACLED calls a riot (flag ``mob``).
- Police arresting demonstrators at a protest is, for ACLED, one event: a protest with
  intervention (flag ``intervention`` on the protest). The arrest stays a PLOVER event
  of its own but carries flag ``during_protest``, which has no ACLED category.
"""

from __future__ import annotations

from sitrep.events.record import EventRecord

CROWD_MODES = frozenset({"arson", "destroy", "primitive"})
ORGANISED_KINDS = frozenset({"armed_group", "military", "police", "intelligence", "militia"})
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "IMG", "INS", "PRM"})
STATE_KINDS = frozenset({"police", "military", "government", "intelligence"})
STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "SPY"})
#: how many sentences apart a protest and the arrest of its demonstrators may be told
PROTEST_ARREST_GAP = 1


def _actor(cluster: object | None) -> object | None:
    from sitrep.knowledge.actors import load_actors

    actor_id = getattr(cluster, "actor_id", None)
    return load_actors().get(actor_id) if actor_id else None


def _kind_and_sector(cluster: object | None) -> tuple[str, str]:
    actor = _actor(cluster)
    kind = str(getattr(actor, "kind", None) or getattr(cluster, "kind", None) or "")
    return kind, str(getattr(actor, "sector", None) or "")


def _organised_armed(cluster: object | None) -> bool:
    kind, sector = _kind_and_sector(cluster)
    return kind in ORGANISED_KINDS or sector in ARMED_SECTORS


def _state_force(cluster: object | None) -> bool:
    kind, sector = _kind_and_sector(cluster)
    return kind in STATE_KINDS or sector in STATE_SECTORS


def flag_crowd_violence(events: list[EventRecord], evidence_text: dict[int, str]) -> None:
    """Mark arson, vandalism and stone-throwing without deaths by an unorganised crowd."""
    from sitrep.knowledge.ontology import load_ontology

    ontology = load_ontology()
    for event in events:
        if event.type != "ASSAULT" or event.counts.get("killed"):
            continue
        instrument = ontology.instrument_from_text(evidence_text.get(id(event), ""))
        crowd_weapon = event.mode in CROWD_MODES or instrument in {"fire", "blunt"}
        if (
            crowd_weapon
            and event.mode not in {"firearms", "explosives"}
            and not _organised_armed(event.source)
        ):
            event.flags.add("mob")


def _sentence_gap(a: EventRecord, b: EventRecord, sentence_of: dict[int, int]) -> int:
    first = {sentence_of.get(s.start, 0) for s in a.evidence}
    second = {sentence_of.get(s.start, 0) for s in b.evidence}
    return min(abs(x - y) for x in first for y in second)


def relate_protest_arrests(events: list[EventRecord], sentence_of: dict[int, int]) -> None:
    """A state arrest told beside a protest is that protest's intervention."""
    protests = [e for e in events if e.type == "PROTEST" and e.mode != "riot"]
    for event in events:
        if not protests or event.type != "COERCE" or event.mode != "arrest":
            continue
        if event.source is not None and not _state_force(event.source):
            continue
        near = [p for p in protests if _sentence_gap(p, event, sentence_of) <= PROTEST_ARREST_GAP]
        if near:
            near[0].flags.add("intervention")
            event.flags.add("during_protest")
