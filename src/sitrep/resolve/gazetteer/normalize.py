"""One spelling key per place name, shared by the index builders and the lookup.

News spells the same place many ways ("Kābul", "Kabul", "KABUL"; "St. Louis",
"Saint Louis"; "Be'er Sheva", "Beersheba"). Index and query go through the same
folding, so a lookup is a single exact match on the folded key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u0060\u00b4]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SPECIAL = str.maketrans(
    {"ı": "i", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l"}
)


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold a place name to its lookup key: ASCII, lower case, words split on punctuation.

    Accents and apostrophes are dropped, hyphens become spaces, a leading "the" is
    removed and the abbreviations St./Mt./Ft. are spelled out.
    """
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.lower())
    words = _NON_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def is_latin_name(name: str) -> bool:
    """True when a name is written in Latin script (the only names English news uses)."""
    for ch in name:
        if ord(ch) < 0x250 or not ch.isalpha():
            continue
        if not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True
