"""Numbers as news writes them: digits, words, vague quantities and bounds.

ACLED's conservative rules shape the values: "at least 12" is 12, "dozens"
is 12, "tens" 10, "hundreds" 100, a range takes its lower figure. Whether a
number counts victims or arrests is decided later, by the event stage.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import ensure_extensions

UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
#: Vague quantities, coded as ACLED coders do.
VAGUE = {
    "dozen": 12,
    "dozens": 12,
    "tens": 10,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "several": 3,
    "a few": 2,
    "few": 2,
    "couple": 2,
    "a couple": 2,
    "many": 10,
    "both": 2,
    "pair": 2,
}
#: Words before a number that make it a lower bound ("at least 12").
LOWER_BOUND = ("at least", "more than", "over", "upwards of", "no fewer than", "not less than")
APPROX = ("about", "around", "nearly", "almost", "some", "roughly", "approximately", "up to")


@dataclass(slots=True)
class NumberMention:
    """A number in the text; ``start``/``end`` are token indices (end exclusive)."""

    start: int
    end: int
    value: int
    vague: bool = False
    approximate: bool = False

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def parse_number_words(words: list[str]) -> int | None:
    """The integer a run of number words spells ("twenty-five", "two hundred"), or None."""
    total = current = 0
    seen = False
    for raw in words:
        for word in raw.lower().replace(",", "").split("-"):
            if word.isdigit():
                current += int(word)
            elif word in UNITS and word not in {"a", "an", "no"}:
                current += UNITS[word]
            elif word in TENS:
                current += TENS[word]
            elif word in SCALES:
                current = max(current, 1) * SCALES[word]
                if SCALES[word] >= 1000:
                    total += current
                    current = 0
            elif word == "and" and seen:
                continue
            else:
                return None
            seen = True
    return total + current if seen else None


def _digit_value(text: str) -> int | None:
    cleaned = text.replace(",", "")
    if cleaned.isdigit() and len(cleaned) <= 9:
        return int(cleaned)
    return None


class NumberTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.numbers = list(find_numbers(doc))
        return doc


def find_numbers(doc: Doc) -> list[NumberMention]:
    """Every cardinal quantity in the document, with ACLED-style values."""
    found: list[NumberMention] = []
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        lower = token.lower_
        start = i
        value: int | None = None
        vague = False
        end = i + 1
        if _digit_value(token.text) is not None and not _looks_like_code(doc, i):
            value = _digit_value(token.text)
            # "12 to 15", "12-15": a range takes its lower figure
            if i + 2 < n and doc[i + 1].lower_ in {"to", "-", "–", "or"}:
                if _digit_value(doc[i + 2].text) is not None:
                    end = i + 3
        elif lower in UNITS or lower in TENS:
            j = i
            while j < n and (
                doc[j].lower_ in UNITS
                or doc[j].lower_ in TENS
                or doc[j].lower_ in SCALES
                or doc[j].text == "-"
                or (doc[j].lower_ == "and" and j + 1 < n and doc[j + 1].lower_ in UNITS | TENS)
            ):
                j += 1
            words = [t.text for t in doc[i:j] if t.text != "-"]
            value = parse_number_words(words)
            end = j
            if lower in {"a", "an"}:
                nxt = doc[i + 1].lower_ if i + 1 < n else ""
                if nxt in {"dozen", "few", "couple", "handful"}:
                    value, vague, end = (
                        VAGUE.get(f"a {nxt}", 12 if nxt == "dozen" else 2),
                        True,
                        i + 2,
                    )
                    if nxt == "handful":
                        value = 3
                else:
                    value = None
        elif lower in VAGUE:
            value, vague = VAGUE[lower], True
        if value is None:
            i += 1
            continue
        # "dozens of", "hundreds of": vague multiples
        if end < n and doc[end].lower_ in {"dozen", "dozens", "hundred", "hundreds"} and not vague:
            multiplier = 12 if doc[end].lower_.startswith("dozen") else 100
            value *= multiplier
            end += 1
        approximate = False
        before = doc[max(0, start - 3) : start].text.lower()
        if any(before.endswith(b) for b in LOWER_BOUND) or any(before.endswith(b) for b in APPROX):
            approximate = True
        found.append(NumberMention(start, end, value, vague=vague, approximate=approximate))
        i = end
    return found


def _looks_like_code(doc: Doc, i: int) -> bool:
    """Numbers that name things rather than count them: "PD 17", "Resolution 2334", years."""
    token = doc[i]
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.lower_ not in {"at", "least"}:
        if prev.text.isupper() or prev.lower_ in {
            "resolution",
            "station",
            "route",
            "district",
            "pd",
            "no",
            "number",
            "article",
            "flight",
            "highway",
            "sector",
            "block",
            "gate",
            "unit",
            "battalion",
            "brigade",
        }:
            return True
    value = _digit_value(token.text)
    return value is not None and 1900 <= value <= 2100 and len(token.text) == 4


@Language.factory("sitrep_numbers", assigns=["doc._.numbers"])
def make_number_tagger(nlp: Language, name: str) -> NumberTagger:
    ensure_extensions()
    return NumberTagger()
