"""Regular-expression building blocks made from the lexicon (month names, numbers, units…).

Only alternations live here; the rules that combine them are in ``rules.py``.
Month and weekday names are matched case-sensitively (Title or UPPER case) so that
"may" the modal verb and "the march on parliament" never look like dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.annotate.timex.lexicon import Lexicon, per_lexicon


def alternation(words: Iterable[str], *, flexible_space: bool = True) -> str:
    """A regex alternation, longest first, with any run of whitespace between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    parts = []
    for word in ordered:
        escaped = re.escape(word)
        if flexible_space:
            escaped = escaped.replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def _title_and_upper(words: Iterable[str]) -> list[str]:
    forms = []
    for word in words:
        forms += [word[:1].upper() + word[1:], word.upper()]
    return forms


@dataclass(frozen=True)
class Vocabulary:
    """Alternations and look-up tables derived once from a lexicon."""

    lexicon: Lexicon
    month: str  # full names and dotted abbreviations: safe on their own
    month_any: str  # also undotted abbreviations: only before a day number
    weekday: str
    number: str
    unit_singular: str
    unit_any: str
    season: str
    part_of_day: str
    time_zone: str

    def month_number(self, word: str) -> int:
        return self.lexicon.months[word.lower().rstrip(".")]

    def weekday_number(self, word: str) -> int:
        return self.lexicon.weekdays[word.lower()]


@per_lexicon
def vocabulary(lexicon: Lexicon) -> Vocabulary:
    """Build (once per lexicon) the alternations used by the rules."""
    needs_dot = set(lexicon.month_abbreviations_needing_dot)
    full_names = [name for name in lexicon.months if name not in needs_dot]
    abbreviations = [name for name in lexicon.months if name in needs_dot]
    dotted = [form + "." for form in _title_and_upper(abbreviations)]
    month = alternation(_title_and_upper(full_names) + dotted)
    month_any = alternation(
        _title_and_upper(full_names) + dotted + _title_and_upper(abbreviations) + ["Sept"]
    )
    weekday = alternation(_title_and_upper(lexicon.weekdays))
    number_words = list(lexicon.number_words) + list(lexicon.vague_quantities)
    tens = [
        word
        for word, value in lexicon.number_words.items()
        if value in {20, 30, 40, 50, 60, 70, 80, 90}
    ]
    ones = [
        word
        for word, value in lexicon.number_words.items()
        if 1 <= value <= 9 and word not in {"a", "an"}
    ]
    compound = f"{alternation(tens)}[-\\s]{alternation(ones)}"
    number = (
        r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?"
        rf"|(?i:{compound}|{alternation(number_words)}(?:\s+and\s+a\s+half)?))"
    )
    units = list(lexicon.units)
    plurals = list(lexicon.unit_plurals)
    return Vocabulary(
        lexicon=lexicon,
        month=month,
        month_any=month_any,
        weekday=weekday,
        number=number,
        unit_singular="(?i:" + alternation(units) + ")",
        unit_any="(?i:" + alternation(units + plurals) + ")",
        season="(?i:" + alternation(lexicon.seasons) + ")",
        part_of_day="(?i:" + alternation(lexicon.parts_of_day) + ")",
        time_zone=alternation(lexicon.time_zones),
    )


def parse_number(text: str, lexicon: Lexicon) -> float | None:
    """'three' -> 3, 'twenty-five' -> 25, '2 1/2' -> 2.5, 'several' -> None (vague)."""
    words = re.sub(r"\s+", " ", text.strip().lower())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words) + half
    fraction = re.fullmatch(r"(\d+) (\d)/(\d)", words)
    if fraction:
        return int(fraction.group(1)) + int(fraction.group(2)) / int(fraction.group(3))
    if words in lexicon.vague_quantities:
        return None
    if words in lexicon.number_words:
        return lexicon.number_words[words] + half
    parts = re.split(r"[-\s]", words)
    if len(parts) == 2 and all(part in lexicon.number_words for part in parts):
        return lexicon.number_words[parts[0]] + lexicon.number_words[parts[1]] + half
    return None
