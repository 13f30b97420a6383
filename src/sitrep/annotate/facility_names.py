"""Buildings and structures are places: "Orchestra Hall", "Miramar Air Force Base".

A venue's name often starts with a person's name or an art ("Symphony Auditorium",
"Imperial Ballroom"), and the NER, trained on news, reads it as an organisation or
a person. Its last word says what it is: a facility, which the report keeps as a
place (``FAC``). The words are data (``facility_words.yaml``); a knowledge-base
link keeps its type. A name that opens with a known place ("Guernsey County
Administration Building", "Kansai International Airport") is left as the NER read it:
the place inside is the toponym a geoparser wants, and such names are often run by an
organisation of the place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.annotate.last_words import relabel_by_last_word
from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("facility_words.yaml")
RELABELLED = frozenset({"ORG", "PERSON", "MISC"})


@lru_cache(maxsize=4)
def load_facility_heads(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the word list; errors name the file and the key to fix."""
    return read_word_lists(path, ("facility_heads",), "facility word list")["facility_heads"]


def facilities_by_last_word(
    spans: list[Span],
    is_known_place: Callable[[str], bool] = lambda name: False,
    heads: frozenset[str] | None = None,
) -> list[Span]:
    """Spans of two words or more ending in a capitalised facility word, relabelled FAC
    unless their first words are a place the gazetteer knows."""
    heads = load_facility_heads() if heads is None else heads
    return relabel_by_last_word(
        spans,
        "FAC",
        RELABELLED,
        heads,
        also=lambda span: span[-1].is_title and not _opens_with_place(span, is_known_place),
    )


def _opens_with_place(span: Span, is_known_place: Callable[[str], bool]) -> bool:
    return any(is_known_place(span[:end].text) for end in range(1, len(span)))
