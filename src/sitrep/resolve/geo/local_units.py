"""Words for local units that only some countries use, kept in ``data/local_units.yaml``.

"upazila" says Bangladesh, "tehsil" Pakistan or India, "amphoe" Thailand. A note
that names such a unit is about that country even when it names the country
nowhere; the geocoder takes the word as a country hint for all the article's
places, and as a kind cue for the name it follows ("Shibganj upazila").

Schema: ``units`` maps each lower-case word to ``countries`` (ISO alpha-2 codes)
and ``kinds`` (sitrep place kinds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from sitrep.errors import KnowledgeError


class LocalUnitsError(KnowledgeError, ValueError):
    """The local-units file does not follow its schema."""


@dataclass(frozen=True, slots=True)
class LocalUnit:
    """One unit word: the countries that use it and the kinds of place it names."""

    word: str
    countries: frozenset[str]
    kinds: frozenset[str]


def default_local_units_path() -> Path:
    return Path(str(resources.files("sitrep.resolve.geo") / "data" / "local_units.yaml"))


@lru_cache(maxsize=4)
def load_local_units(path: Path | None = None) -> dict[str, LocalUnit]:
    """Read and check the local-units file (default: the one shipped with sitrep)."""
    path = path or default_local_units_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LocalUnitsError(f"cannot read local units {path}: {error}; fix the file.") from error
    units = data.get("units") if isinstance(data, dict) else None
    if not isinstance(units, dict):
        raise LocalUnitsError(f"{path}: expected a mapping 'units: {{word: ...}}'; fix the file.")
    found: dict[str, LocalUnit] = {}
    for word, entry in units.items():
        countries = entry.get("countries") if isinstance(entry, dict) else None
        kinds = entry.get("kinds") if isinstance(entry, dict) else None
        if not isinstance(word, str) or not isinstance(countries, list) or not countries:
            raise LocalUnitsError(
                f"{path}: unit {word!r} needs a non-empty list 'countries'; fix the entry."
            )
        if not all(isinstance(c, str) and len(c) == 2 for c in countries):
            raise LocalUnitsError(f"{path}: unit {word!r}: countries are ISO alpha-2 codes.")
        found[word.lower()] = LocalUnit(
            word.lower(),
            frozenset(c.upper() for c in countries),
            frozenset(str(k) for k in kinds or ()),
        )
    return found


@lru_cache(maxsize=4)
def _unit_pattern(path: Path | None = None) -> re.Pattern[str]:
    words = sorted(load_local_units(path), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def unit_countries(text: str, path: Path | None = None) -> list[str]:
    """The countries whose local-unit words the text uses, in order of first use."""
    units = load_local_units(path)
    found: list[str] = []
    for match in _unit_pattern(path).finditer(text):
        for country in sorted(units[match.group(1).lower()].countries):
            if country not in found:
                found.append(country)
    return found


def word_countries(word: str, path: Path | None = None) -> frozenset[str] | None:
    """The countries that use a local-unit word, or None when it is not one."""
    unit = load_local_units(path).get(word.lower())
    return unit.countries if unit is not None else None


def unit_kinds(word: str, path: Path | None = None) -> frozenset[str] | None:
    """The kinds of place a local-unit word names, or None when it is not one."""
    unit = load_local_units(path).get(word.lower())
    return unit.kinds if unit is not None else None
