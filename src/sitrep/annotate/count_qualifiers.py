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

    #: the qualifiers that still give a figure to code: lower bounds and approximations
    figures: frozenset[Phrase]
    #: all qualifiers, ceilings included
    every: frozenset[Phrase]
    #: how many words the longest qualifier holds ("no fewer than": 3)
    reach: int

    def ending(self, words: Sequence[str]) -> Phrase:
        """The longest qualifier that ends ``words`` (lower case), () where none does:
        "killed at least" -> ("at", "least"), "no fewer than" a lower bound, not "fewer
        than"'s ceiling."""
        words = tuple(words)
        found = [p for p in self.every if words[max(0, len(words) - len(p)) :] == p]
        return max(found, key=len, default=())

    def before(self, words: Sequence[str], start: int, first: int = 0) -> Phrase:
        """The qualifier that ends right before ``words[start]`` (lower-case words), looking
        no further back than ``first``: the number at ``start`` is "at least 12"'s."""
        return self.ending(words[max(first, start - self.reach) : start])

    def is_qualifier(self, words: Sequence[str], *, figures_only: bool = False) -> bool:
        """Whether ``words`` are exactly one qualifier ("at least", "up to"); with
        ``figures_only``, one that still gives a figure, not a ceiling."""
        return tuple(words) in (self.figures if figures_only else self.every)


@lru_cache(maxsize=4)
def load_count_qualifiers(path: Path = COUNT_QUALIFIERS_PATH) -> CountQualifiers:
    """Read and check the qualifier list; errors name the file and the key to fix."""
    lists = read_word_lists(path, KINDS, "count qualifier list")
    phrases = {k: frozenset(tuple(p.split()) for p in lists[k]) for k in KINDS}
    figures = phrases["lower_bounds"] | phrases["approximations"]
    every = figures | phrases["upper_bounds"]
    return CountQualifiers(
        **phrases,
        figures=figures,
        every=every,
        reach=max((len(p) for p in every), default=0),
    )
