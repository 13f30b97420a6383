"""Names of local administrative units the NER took for a person or an organisation.

South Asian news names an event's place by its sub-district or police area:
"clashes in Kaliganj upazila", "Fatullah Thana", "Jessore Sadar", "Madaripur
Sadar Police Station". The NER often labels such a name PERSON or ORG, so the
toponym stage dropped it and the event got no place. A name made of a known
place followed by unit words (``toponyms_units.yaml``) is that place: the
longest part of it the gazetteer knows ("Jessore Sadar" is a district's
headquarters upazila in the index; "Kaliganj" of "Kaliganj upazila" a town).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("toponyms_units.yaml")
#: labels a unit's name gets by mistake
MISLABELLED = frozenset({"PERSON", "ORG", "MISC"})


@lru_cache(maxsize=4)
def load_unit_words(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the word list; errors name the file and the key to fix."""
    return read_word_lists(path, ("unit_words",), "administrative unit words")["unit_words"]


def unit_named_place(ent: Span, gazetteer: object) -> Span | None:
    """The known place a mislabelled "<place> <unit words>" name stands for, else ``None``.

    The name must end in unit words and open with capitalised words the gazetteer
    knows; the result is the longest known opening (unit words included when the
    gazetteer knows the longer name, as it does "Chandpur Sadar").
    """
    if ent.label_ not in MISLABELLED or len(ent) < 2 or ent.kb_id_:
        return None
    opening = _opening_before_units(ent)
    if opening == 0 or opening == len(ent):
        return None
    if not all(token.text[:1].isupper() for token in ent[:opening]):
        return None
    for end in range(len(ent), opening - 1, -1):
        part = ent[:end]
        if gazetteer.is_known_place(part.text):  # type: ignore[attr-defined]
            return Span(ent.doc, part.start, part.end, label="GPE")
    return None


def _opening_before_units(ent: Span) -> int:
    """How many tokens of ``ent`` come before its trailing run of unit words."""
    phrases = sorted((tuple(phrase.split()) for phrase in load_unit_words()), key=len, reverse=True)
    words = [token.lower_ for token in ent]
    end = len(words)
    while end > 0:
        match = next(
            (p for p in phrases if len(p) <= end and tuple(words[end - len(p) : end]) == p),
            None,
        )
        if match is None:
            break
        end -= len(match)
    return end
