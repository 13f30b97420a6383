"""Counts told as what an attack left behind: "…, leaving six people dead", "the bombing left
3 dead and 12 wounded", "leaving four STC fighters dead".

The harm verb of such a sentence ("clashed", "bombing") counts nobody itself, and the number
stands far from it, after a verb of leaving and before the state it puts people in. A coder
reads these as the killed and injured of the event. The verbs and states live in
``left_dead.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from sitrep.knowledge.word_lists import read_yaml_mapping

LEFT_DEAD_PATH = Path(__file__).with_name("left_dead.yaml")
#: how far after the trigger a verb of leaving may stand, and how many words may describe the
#: people between the number and their state ("four STC fighters dead")
REACH = 30
DESCRIBED = 4
CLAUSE_ENDS = frozenset({";", ".", ":"})


@dataclass(frozen=True)
class LeftDeadWords:
    """The verbs of leaving and the states that fill a count."""

    leave_words: frozenset[str]
    results: dict[str, str]

    @classmethod
    def from_file(cls, path: Path) -> LeftDeadWords:
        data = read_yaml_mapping(
            path, "left-dead word list (restore the packaged file or fix its YAML)"
        )
        return cls(
            leave_words=frozenset(str(w).casefold() for w in data.get("leave_words") or ()),
            results={str(k).casefold(): str(v) for k, v in (data.get("results") or {}).items()},
        )


@lru_cache(maxsize=2)
def load_left_dead_words(path: str | None = None) -> LeftDeadWords:
    """The word list at ``path`` (default: the packaged one), read once per process."""
    return LeftDeadWords.from_file(Path(path) if path else LEFT_DEAD_PATH)


def left_counts(doc: Doc, after: int, end: int) -> dict[str, int]:
    """The killed and injured a verb of leaving after token ``after`` (before ``end``) counts:
    {"killed": 6} for ", leaving six people dead"; {} when the sentence tells none."""
    words = load_left_dead_words()
    stop = min(end, after + REACH)
    leave = next(
        (i for i in range(after, stop) if doc[i].lower_ in words.leave_words),
        None,
    )
    if leave is None:
        return {}
    numbers = {n.start: n for n in (doc._.numbers or []) if leave < n.start < end}
    counts: dict[str, int] = {}
    i = leave + 1
    while i < end and doc[i].text not in CLAUSE_ENDS:
        number = numbers.get(i)
        if number is None:
            i += 1
            continue
        for j in range(number.end, min(end, number.end + DESCRIBED + 1)):
            kind = words.results.get(doc[j].lower_)
            if kind is not None:
                counts.setdefault(kind, number.value)
                break
            if j in numbers or doc[j].text in CLAUSE_ENDS or doc[j].lower_ in {"and", ","}:
                break
        i = number.end
    return counts
