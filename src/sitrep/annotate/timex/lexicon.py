"""Load and validate the word lists of the time tagger (``lexicon.yaml``).

The lists are data so that reviewers can extend them without touching the grammar;
the schema below catches typos (a unit without a code, a holiday without a rule)
when the file is loaded rather than as silent misses at tagging time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

DEFAULT_LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")


class Unit(BaseModel):
    """A calendar unit: its TIMEX3 letter(s) and whether it is a clock unit (PT…)."""

    model_config = ConfigDict(frozen=True)
    code: str
    time: bool = False
    factor: int = 1


class NthWeekday(BaseModel):
    """A holiday defined as the n-th weekday of a month (n = -1: the last one)."""

    model_config = ConfigDict(frozen=True)
    month: int = Field(ge=1, le=12)
    weekday: int = Field(ge=1, le=7)
    n: int


class Holiday(BaseModel):
    """A named day with exactly one rule giving its date in a given year."""

    model_config = ConfigDict(frozen=True)
    names: list[str]
    date: str | None = None
    nth_weekday: NthWeekday | None = None
    easter_offset: int | None = None

    @model_validator(mode="after")
    def _exactly_one_rule(self) -> Holiday:
        rules = [self.date, self.nth_weekday, self.easter_offset]
        if sum(rule is not None for rule in rules) != 1:
            raise ValueError(
                f"holiday {self.names} needs exactly one of date/nth_weekday/easter_offset"
            )
        return self


class Lexicon(BaseModel):
    """Everything the grammar needs to know about English time words."""

    model_config = ConfigDict(frozen=True)
    months: dict[str, int]
    month_abbreviations_needing_dot: list[str]
    weekdays: dict[str, int]
    number_words: dict[str, float]
    vague_quantities: list[str]
    ordinals: dict[str, int]
    units: dict[str, Unit]
    unit_plurals: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    vague_references: dict[str, list[str]]
    vague_blockers: list[str]
    future_refs_void_in_past: list[str]
    periodical_nouns: list[str]
    utc_zones: list[str]
    same_day_phrases: list[str]
    century_ordinals: dict[str, int]
    blocked_phrases: list[str]
    frequency_adverbs: dict[str, str]
    holidays: list[Holiday]
    time_zones: list[str]
    label_nouns: list[str]
    year_cues: list[str]
    count_nouns: list[str]
    plurals_without_s: list[str] = []
    s_words_not_plural: list[str] = []
    numeric_date_cues: list[str]
    name_heads: list[str]
    attributive_determiners: list[str]
    future_markers: list[str]
    forward_markers: list[str]
    adjective_future_markers: list[str]
    past_markers: list[str]
    not_past_ed: list[str]

    def unit(self, word: str) -> Unit:
        """The unit for a singular or plural unit word (case-insensitive)."""
        word = word.lower()
        return self.units[self.unit_plurals.get(word, word)]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = DEFAULT_LEXICON_PATH) -> Lexicon:
    """Read and validate the lexicon once per process and path."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise FileNotFoundError(
            f"The time-expression lexicon {path} does not exist; pass the path of a valid "
            "lexicon.yaml or reinstall sitrep."
        ) from error
    try:
        return Lexicon.model_validate(raw)
    except ValidationError as error:
        raise ValueError(f"The time-expression lexicon {path} is invalid: {error}") from error


_Built = TypeVar("_Built")


def per_lexicon(build: Callable[[Lexicon], _Built]) -> Callable[[Lexicon], _Built]:
    """Cache what ``build`` derives from a lexicon (the model itself is unhashable)."""
    cache: dict[int, tuple[Lexicon, _Built]] = {}

    @wraps(build)
    def cached(lexicon: Lexicon) -> _Built:
        key = id(lexicon)
        if key not in cache:
            cache[key] = (lexicon, build(lexicon))
        return cache[key][1]

    return cached
