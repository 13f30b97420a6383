"""The word lists of ``cues.yaml`` the relation flags read, loaded once per process.

``crowd_flags`` and ``protest_force`` (fire bombs, harm told in words, crowd dispersal) and ``battle_flags``
(former members of a force, words for a force's men, "each other") read the same reviewed
file; one loader keeps its checks and its error in one place.
"""

from __future__ import annotations

import functools

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
    "dispersal_verbs",
)


@functools.lru_cache(maxsize=1)
def relation_words() -> dict[str, frozenset[str]]:
    """The ``RELATION_KEYS`` lists of ``cues.yaml``, lower-cased; a list left out is empty,
    and a list that is not of words is a ``KnowledgeError`` naming the file and the key."""
    from sitrep.knowledge.cues import DEFAULT_PATH
    from sitrep.knowledge.word_lists import read_word_lists

    return read_word_lists(DEFAULT_PATH, RELATION_KEYS, "cue lexicon", optional=True)
