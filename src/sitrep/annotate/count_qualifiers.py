"""The words before a number that bound or soften it: "at least 12", "some 30", "up to 40".

One reviewed list (``count_qualifiers.yaml``) for every reader that asks whether a number is
qualified, so the number tagger, the participant phrase reader and the harm-count reader
agree on what "nearly 30" or "upwards of 40" is. The list is split by meaning because ACLED
codes the lowest figure reported: a lower bound or an approximation gives a figure, a
ceiling ("up to 40") does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.knowledge.word_lists import read_word_lists

COUNT_QUALIFIERS_PATH = Path(__file__).with_name("count_qualifiers.yaml")
KINDS = ("lower_bounds", "approximations", "upper_bounds")

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountQualifiers:
    """The qualifier phrases of each meaning, as lower-case word tuples ("at", "least")."""

    lower_bounds: frozenset[Phrase]
    approximations: frozenset[Phrase]
    upper_bounds: frozenset[Phrase]

    @property
    def figures(self) -> frozenset[Phrase]:
        """The qualifiers that still give a figure to code: lower bounds and approximations."""
        return self.lower_bounds | self.approximations

    @property
    def every(self) -> frozenset[Phrase]:
        """All qualifiers, ceilings included."""
        return self.figures | self.upper_bounds

    @property
    def reach(self) -> int:
        """How many words the longest qualifier holds ("no fewer than": 3)."""
        return max((len(p) for p in self.every), default=0)

    def ending(self, words: Sequence[str]) -> Phrase:
        """The longest qualifier that ends ``words`` (lower case), () where none does:
        "killed at least" -> ("at", "least"), "no fewer than" a lower bound, not "fewer
        than"'s ceiling."""
        words = tuple(words)
        found = [p for p in self.every if words[max(0, len(words) - len(p)) :] == p]
        return max(found, key=len, default=())

    def is_qualifier(self, words: Sequence[str], *, figures_only: bool = False) -> bool:
        """Whether ``words`` are exactly one qualifier ("at least", "up to"); with
        ``figures_only``, one that still gives a figure, not a ceiling."""
        return tuple(words) in (self.figures if figures_only else self.every)


@lru_cache(maxsize=4)
def load_count_qualifiers(path: Path = COUNT_QUALIFIERS_PATH) -> CountQualifiers:
    """Read and check the qualifier list; errors name the file and the key to fix."""
    lists = read_word_lists(path, KINDS, "count qualifier list")
    phrases = {k: frozenset(tuple(p.split()) for p in lists[k]) for k in KINDS}
    return CountQualifiers(**phrases)
