"""A state's forces named only by its demonym on a weapon or strike: "a Russian missile struck",
"a Ukrainian drone attack", "killed by Israeli air strikes".

News often names no doer for a strike but the nation that fired it. A careful coder codes such
an event to that state's military ("Military Forces of Russia"), and the actor readers find no
name to take (the demonym is no entity, or a bare people's adjective linked to no actor). The
weapons and strike nouns that count, and the words that tell a non-state doer instead
("an Afghan suicide attack"), live in ``national_forces.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from sitrep.knowledge.word_lists import read_yaml_mapping

NATIONAL_FORCES_PATH = Path(__file__).with_name("national_forces.yaml")
#: the most lower-case words a weapon phrase may have after the demonym ("ballistic missile
#: attack")
MAX_PHRASE = 4


@dataclass(frozen=True)
class NationalForceWords:
    """The weapon phrases that name a state's forces, and the words that rule them out."""

    state_weapons: frozenset[tuple[str, ...]]
    non_state_words: frozenset[str]

    @classmethod
    def from_file(cls, path: Path) -> NationalForceWords:
        data = read_yaml_mapping(
            path, "national forces word list (restore the packaged file or fix its YAML)"
        )
        return cls(
            state_weapons=frozenset(
                tuple(str(p).casefold().split()) for p in data.get("state_weapons") or ()
            ),
            non_state_words=frozenset(str(w).casefold() for w in data.get("non_state_words") or ()),
        )


@lru_cache(maxsize=2)
def load_national_force_words(path: str | None = None) -> NationalForceWords:
    """The word list at ``path`` (default: the packaged one), read once per process."""
    return NationalForceWords.from_file(Path(path) if path else NATIONAL_FORCES_PATH)


def national_weapon_ending(doc: Doc, end: int, lo: int) -> tuple[Span, str] | None:
    """The phrase "<demonym> <weapon words>" that ends right before token ``end`` (and starts
    at or after ``lo``), with the ISO code of the demonym's state, or None.

    The words after the demonym must be lower-case common nouns or adjectives ("Russian
    ballistic missile"), end in a state weapon, and hold no word of a non-state doer. A
    hyphen after the demonym makes it another adjective ("Iranian-made drones": who made
    them, not who fired them).
    """
    from sitrep.knowledge.actors import load_actors

    words = load_national_force_words()
    for size in range(1, MAX_PHRASE + 1):
        at = end - size - 1
        if at < lo:
            return None
        tail = doc[at + 1 : end]
        if not all(t.is_alpha and t.text.islower() for t in tail):
            return None
        lowered = [t.lower_ for t in tail]
        if words.non_state_words.intersection(lowered):
            return None
        if not any(tuple(lowered[k:]) in words.state_weapons for k in range(len(lowered))):
            continue
        demonym = doc[at]
        if not _demonym_shaped(demonym.text):
            continue
        iso = load_actors().demonym_country(demonym.text)
        if iso is not None:
            return doc[at:end], iso
    return None


def _demonym_shaped(word: str) -> bool:
    """A capitalised word of letters, or an abbreviation with dots ("U.S.", "U.K."): the
    shapes a state's adjective takes before a weapon."""
    return word[:1].isupper() and word.replace(".", "").isalpha()


def national_weapon_starting(doc: Doc, start: int, hi: int) -> tuple[Span, str] | None:
    """The phrase "<demonym> <weapon words>" that starts at ``start`` (after an article or
    not) and ends by ``hi``: the doer after "by" in "killed by a Russian missile"."""
    if start < hi and doc[start].lower_ in {"a", "an", "the"}:
        start += 1
    for end in range(min(hi, start + MAX_PHRASE + 1), start + 1, -1):
        found = national_weapon_ending(doc, end, start)
        if found is not None and found[0].start == start:
            return found
    return None


def joined_demonyms(doc: Doc, start: int, lo: int) -> list[tuple[int, str]]:
    """The demonyms joined by "and" or commas right before token ``start`` (at or after
    ``lo``), with their states' ISO codes: "Russian and" of "Russian and Malian soldiers",
    "French, Chadian and" of "French, Chadian and Nigerien troops". Empty unless the run ends
    in "and" (a comma alone sets off an apposition or a list of other things)."""
    from sitrep.knowledge.actors import load_actors

    if start - 2 < lo or doc[start - 1].lower_ != "and":
        return []
    found: list[tuple[int, str]] = []
    at = start - 2
    while at >= lo:
        demonym = doc[at]
        iso = load_actors().demonym_country(demonym.text) if _demonym_shaped(demonym.text) else None
        if iso is None or not demonym.text[:1].isupper():
            break
        found.append((at, iso))
        if at - 1 < lo or doc[at - 1].text != ",":
            break
        at -= 2
    return found[::-1]
