"""What kind of party an event's source or target is: an organised armed force, a state force.

The relation flags (``crowd_flags``, ``protest_force``, ``violent_protests``, ``battle_flags``) ask this of the clusters the argument
readers found: a party the knowledge base links has its kind and sector there; an unlinked
one ("police", "gunmen") has the kind of its generic word. One place for the question, so
the flags that read it agree on who is armed.
"""

from __future__ import annotations

#: kinds and sectors of an organised armed force: armies, police, spies, armed groups
ORGANISED_KINDS = frozenset({"armed_group", "military", "police", "intelligence", "militia"})
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "IMG", "INS", "PRM"})
#: kinds and sectors of the state and its forces
STATE_KINDS = frozenset({"police", "military", "government", "intelligence"})
STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "SPY"})


def known_actor(cluster: object | None) -> object | None:
    """The knowledge base's actor a cluster is linked to, or None (loaded lazily, once)."""
    from sitrep.knowledge.actors import load_actors

    actor_id = getattr(cluster, "actor_id", None)
    return load_actors().get(actor_id) if actor_id else None


def kind_and_sector(cluster: object | None) -> tuple[str, str]:
    """A party's kind (the knowledge base's, else its generic word's) and sector ("" if none)."""
    actor = known_actor(cluster)
    kind = str(getattr(actor, "kind", None) or getattr(cluster, "kind", None) or "")
    return kind, str(getattr(actor, "sector", None) or "")


def organised_armed(cluster: object | None) -> bool:
    """Whether a party is an organised armed force (an army, police, an armed group)."""
    kind, sector = kind_and_sector(cluster)
    return kind in ORGANISED_KINDS or sector in ARMED_SECTORS


def state_force(cluster: object | None) -> bool:
    """Whether a party is the state or one of its forces (police, army, government, spies)."""
    kind, sector = kind_and_sector(cluster)
    return kind in STATE_KINDS or sector in STATE_SECTORS
