"""Words around a name that say it is a place, kept in ``data/toponym_words.yaml``.

Schema: a mapping of lists of lower-case words: ``party_prefixes`` ("DFL-Cook"),
``resident_nouns`` ("Arlington woman"), ``street_words`` ("Wichita Drive"),
``route_words`` ("Highway 19"), ``county_plurals`` ("Barrow and Jackson
counties"), ``calendar_words`` (month and day names that are never a place
on their own) and ``eponymous_facility_words`` (institutions often named after
a person: "Webb Center"), ``admin_kind_words`` (a name ending in one names an
admin area even when tagged as an organisation: "Khyber Agency"). Kept as reviewed data so adding a word is a data change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sitrep.errors import KnowledgeError
from sitrep.knowledge.word_lists import read_word_lists

_LISTS = (
    "party_prefixes",
    "resident_nouns",
    "street_words",
    "route_words",
    "county_plurals",
    "calendar_words",
    "eponymous_facility_words",
    "admin_kind_words",
    "name_part_words",
)


class ToponymWordsError(KnowledgeError, ValueError):
    """The toponym-words file does not follow its schema."""


@dataclass(frozen=True, slots=True)
class ToponymWords:
    party_prefixes: frozenset[str]
    resident_nouns: frozenset[str]
    street_words: frozenset[str]
    route_words: frozenset[str]
    county_plurals: frozenset[str]
    calendar_words: frozenset[str]
    eponymous_facility_words: frozenset[str]
    admin_kind_words: frozenset[str]
    name_part_words: frozenset[str]


def default_toponym_words_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.geo") / "data" / "toponym_words.yaml"))


@lru_cache(maxsize=4)
def load_toponym_words(path: Path | None = None) -> ToponymWords:
    """Read and check the toponym-words file (default: the one shipped with sitrep)."""
    path = path or default_toponym_words_path()
    return ToponymWords(**read_word_lists(path, _LISTS, "toponym words", error=ToponymWordsError))
