"""The word lists of ``cues.yaml`` the relation flags read, loaded once per process.

``relations`` (fire bombs, harm told in words) and ``battle_flags`` (former members of a
force, words for a force's men, "each other") read the same reviewed file; one loader keeps
its checks and its error in one place.
"""

from __future__ import annotations

import functools

import yaml

#: the keys of ``cues.yaml`` read here, each a list of words or phrases
RELATION_KEYS = (
    "fire_bombs",
    "not_serving",
    "force_members",
    "reciprocal",
    "harm",
    "no_harm",
    "crowd_force",
    "rioting_crowd",
)


@functools.lru_cache(maxsize=1)
def relation_words() -> dict[str, frozenset[str]]:
    """The word lists of ``cues.yaml`` the relation flags read (``fire_bombs``,
    ``not_serving``, ``force_members``, ``reciprocal``, ``harm``, ``no_harm``, ``crowd_force``,
    ``rioting_crowd``),
    lower-cased; loaded once per process."""
    from sitrep.errors import KnowledgeError
    from sitrep.knowledge.cues import DEFAULT_PATH

    try:
        data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeError(
            f"cannot read the cue lexicon: {err}", source=str(DEFAULT_PATH)
        ) from None
    words: dict[str, frozenset[str]] = {}
    for key in RELATION_KEYS:
        entries = data.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(w, str) for w in entries):
            raise KnowledgeError(
                f"'{key}' must be a list of words; quote any YAML reads as non-text",
                source=str(DEFAULT_PATH),
            )
        words[key] = frozenset(w.lower() for w in entries)
    return words
