"""Words that name a kind of place inside a longer name, kept in ``data/place_words.yaml``.

Schema: a mapping with five lists of lower-case words, ``generic_admin_words``
(dropped from admin-area names by the index builder), ``facility_words``,
``modifier_words``, ``landform_words`` and ``direction_words`` (used by the
geocoder to find the known place inside an unknown name such as "Peshawar
Police Lines").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sitrep.errors import KnowledgeError
from sitrep.knowledge.word_lists import read_word_lists

_LISTS = (
    "generic_admin_words",
    "facility_words",
    "modifier_words",
    "landform_words",
    "direction_words",
)


class PlaceWordsError(KnowledgeError, ValueError):
    """The place-words file does not follow its schema."""


@dataclass(frozen=True, slots=True)
class PlaceWords:
    generic_admin_words: frozenset[str]
    facility_words: frozenset[str]
    modifier_words: frozenset[str]
    landform_words: frozenset[str]
    direction_words: frozenset[str]


def default_place_words_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.gazetteer") / "data" / "place_words.yaml"))


@lru_cache(maxsize=4)
def load_place_words(path: Path | None = None) -> PlaceWords:
    """Read and check the place-words file (default: the one shipped with sitrep)."""
    path = path or default_place_words_path()
    return PlaceWords(**read_word_lists(path, _LISTS, "place words", error=PlaceWordsError))
