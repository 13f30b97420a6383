"""Whether a name the NER found is a place, for deciding what the name is.

The gazetteer knows hamlets named after everyday words: "Sector" (a village of 2,000
in India), "Slope" (a county of 21 people), "Hope". Asked alone, it says yes to them,
and a capitalised "Sector" or "Slope" in web text would be kept as a place. For these
decisions an everyday word (one the casing table writes in lower case) counts as a place
name only when it is common English and some place of that name is a country, a first-level division or a large
town ("Nice", "Reading", "Split", "Mobile"); names of two or more words, given names
and rare words ("Miramar", "Kasna") are asked of the gazetteer as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

#: the smallest town an everyday word may name and still be read as that town
MIN_TOWN_POPULATION = 100_000
#: an everyday word must be at least this common (wordfreq's Zipf scale: "sector" 4.7,
#: "hope" 5.4) for the rule to apply: the casing table also writes some given names
#: ("kathleen" 3.6, "helen" 4.2) in lower case
EVERYDAY_PLACE_ZIPF = 4.5
#: a town's one-word name must be this rare in English for the town to win over a person
#: reading ("miramar" 2.6; surnames such as "jackson" 4.3 or "houston" 4.4 are common)
RARE_TOWN_ZIPF = 3.0
#: gazetteer features that are well known whatever their population
MAJOR_FEATURES = frozenset({"country", "admin1"})


def is_place_name(
    name: str,
    gazetteer_path: Path | None,
    frequency: Callable[[str], float] | None = None,
) -> bool:
    """True when the gazetteer knows ``name`` and, for an everyday word, knows a major place
    by it (``frequency``: the Zipf scale used to tell everyday words, wordfreq's by default)."""
    from sitrep.annotate.everyday_words import english_zipf, usually_lower_case
    from sitrep.annotate.given_names import load_given_names
    from sitrep.resolve.places import is_known_place

    if not is_known_place(name, gazetteer_path):
        return False
    if (
        len(name.split()) != 1
        or name.lower() in load_given_names()  # the casing table writes "kathleen" too
        or not usually_lower_case(name, frequency)
        or (frequency or english_zipf)(name.lower()) < EVERYDAY_PLACE_ZIPF
    ):
        return True
    return _names_major_place(name, gazetteer_path)


@lru_cache(maxsize=20_000)
def _names_major_place(name: str, gazetteer_path: Path | None) -> bool:
    """Some place the gazetteer has under this name is a country, an admin1 or a large town."""
    from sitrep.resolve.gazetteer import Gazetteer

    return any(
        place.feature in MAJOR_FEATURES or place.population >= MIN_TOWN_POPULATION
        for place in Gazetteer.open(gazetteer_path).lookup(name)
    )


def is_large_town_by_rare_name(
    name: str,
    gazetteer_path: Path | None,
    frequency: Callable[[str], float] | None = None,
) -> bool:
    """A one-word name that is rare as an English word and no given name, and that names a
    large town ("Miramar", "Encino" are places; "Jackson" or "Victoria" are not judged):
    the NER reads such unfamiliar towns as people."""
    from sitrep.annotate.everyday_words import english_zipf
    from sitrep.annotate.given_names import load_given_names

    return (
        len(name.split()) == 1
        and name.isalpha()
        and name.lower() not in load_given_names()
        and (frequency or english_zipf)(name.lower()) < RARE_TOWN_ZIPF
        and _names_large_town(name, gazetteer_path)
    )


@lru_cache(maxsize=20_000)
def _names_large_town(name: str, gazetteer_path: Path | None) -> bool:
    from sitrep.resolve.gazetteer import Gazetteer

    return any(
        place.name == name and place.population >= MIN_TOWN_POPULATION
        for place in Gazetteer.open(gazetteer_path).lookup(name)
    )
