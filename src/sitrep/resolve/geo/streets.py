"""Street and road names: places no gazetteer holds, placed in the town the article is about.

Local news names streets ("Wichita Drive", "E. Main St.", "Mayfield Road"). No
packaged gazetteer lists them, and the town a street is named after is seldom
the town it runs through ("Mayfield Road in Grand Prairie"), so a street is put
in the place its chain names, else in the town the article mentions most.
"""

from __future__ import annotations

import re

from sitrep.resolve.geo.toponym_words import load_toponym_words

_WORDS = re.compile(r"[A-Za-z]+")


def is_street_name(name: str) -> bool:
    """True for a capitalised name ending in a street word ("Wichita Drive", "Main St.")."""
    words = _WORDS.findall(name)
    if len(words) < 2 or not name[:1].isalnum() or not words[-1][:1].isupper():
        return False
    return words[-1].lower() in load_toponym_words().street_words
