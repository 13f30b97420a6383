"""Numbers as news writes them: digits, words, vague quantities and bounds.

ACLED's conservative rules shape the values: "at least 12" is 12, "dozens"
is 12, "tens" 10, "hundreds" 100, a range takes its lower figure. Whether a
number counts victims or arrests is decided later, by the event stage. A person's age
("Karim, 26, died", "a 45-year-old man", "aged 30") is no quantity at all and is left out,
so no reader takes it for a count (the cue words are in ``age_cues.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.annotate.count_qualifiers import load_count_qualifiers
from sitrep.annotate.extensions import ensure_extensions
from sitrep.knowledge.word_lists import read_word_lists

AGE_CUES_PATH = Path(__file__).with_name("age_cues.yaml")
UNIT_WORDS_PATH = Path(__file__).with_name("unit_numbers.yaml")
#: how many capitalised words a unit's name may run after its number ("22 Punjab Regiment")
UNIT_NAME_REACH = 4
#: the oldest age news gives a person; a larger number beside a name is no age
OLDEST_AGE = 110

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


@dataclass(slots=True)
class NumberMention:
    """A number in the text; ``start``/``end`` are token indices (end exclusive)."""

    start: int
    end: int
    value: int
    vague: bool = False
    #: a word of ``count_qualifiers.yaml`` stands before it ("at least 12", "up to 40")
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


#: Time expressions whose numbers name a day or an hour, not a quantity ("on November 9").
CALENDAR_TIMEX_TYPES = frozenset({"DATE", "TIME"})


class NumberTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.numbers = without_calendar_numbers(doc, find_numbers(doc))
        return doc


def without_calendar_numbers(doc: Doc, numbers: list[NumberMention]) -> list[NumberMention]:
    """The numbers that are not part of a date or a clock time: the 9 of "kidnapped Dhurve
    on November 9" or the 3 of "at 3 am" counts no one. Durations keep theirs ("for three
    days" is a quantity, if not of people)."""
    spans = [(t.start, t.end) for t in doc._.times or [] if str(t.type) in CALENDAR_TIMEX_TYPES]
    if not spans:
        return numbers
    return [
        number
        for number in numbers
        if not any(
            start <= doc[number.start].idx and doc[number.end - 1].idx < end for start, end in spans
        )
    ]


def find_numbers(doc: Doc) -> list[NumberMention]:
    """Every cardinal quantity in the document, with ACLED-style values."""
    found: list[NumberMention] = []
    i = 0
    n = len(doc)
    lowered = [t.lower_ for t in doc]  # the words a qualifier before a number is read from
    qualifiers = load_count_qualifiers()
    while i < n:
        token = doc[i]
        lower = token.lower_
        start = i
        value: int | None = None
        vague = False
        end = i + 1
        if (
            _digit_value(token.text) is not None
            and not _looks_like_code(doc, i)
            and not _names_a_unit(doc, i)
        ):
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
        # "at least 12", "some 30", "up to 40" (the words are in count_qualifiers.yaml)
        approximate = bool(qualifiers.before(lowered, start))
        if not vague and is_age(doc, start, end, value):
            i = end
            continue
        found.append(NumberMention(start, end, value, vague=vague, approximate=approximate))
        i = end
    return found


@dataclass(frozen=True, slots=True)
class AgeCues:
    """The words that make a number an age; phrases are kept as word tuples."""

    person_nouns: frozenset[str]
    before: frozenset[tuple[str, ...]]
    after: frozenset[tuple[str, ...]]
    #: words right after a bare number beside a name that make it the name's age
    after_bare_name: frozenset[str] = frozenset()
    #: words that join the ages of one cue ("aged 34 and 51", "aged between 20 and 30")
    list_links: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_age_cues(path: Path = AGE_CUES_PATH) -> AgeCues:
    """Read and check the age cue lists; errors name the file and the key to fix."""
    lists = read_word_lists(
        path, ("person_nouns", "before", "after", "after_bare_name", "list_links"), "age cue list"
    )
    return AgeCues(
        person_nouns=lists["person_nouns"],
        before=frozenset(_words(phrase) for phrase in lists["before"]),
        after=frozenset(_words(phrase) for phrase in lists["after"]),
        after_bare_name=lists["after_bare_name"],
        list_links=lists["list_links"],
    )


def _words(text: str) -> tuple[str, ...]:
    """A phrase as the words a tokenizer leaves, hyphens dropped ("year-old" -> year, old)."""
    return tuple(w for w in text.lower().replace("-", " ").split() if w)


def is_age(doc: Doc, start: int, end: int, value: int, cues: AgeCues | None = None) -> bool:
    """Whether the number at ``doc[start:end]`` gives a person's age rather than a count.

    Four ways news writes an age: a cue word before or after ("aged 30", "a 45-year-old
    man", "10 years old"), the number set off beside a name or a single person ("Karim,
    26, died", "a farmer, 45, was hacked", "Rahim (40)"), or, where a digest has stripped the
    punctuation, a bare number between a name and its verb ("Dharmendra Kumar 40 was shot
    dead", "Fazal 40 and Uzzal 35 were hurt").
    """
    if not 0 < value <= OLDEST_AGE:
        return False
    cues = cues or load_age_cues()
    longest_before = max((len(p) for p in cues.before), default=0)
    cue_end = _age_list_start(doc, start, end, cues)
    before = tuple(t.lower_ for t in doc[max(0, cue_end - longest_before) : cue_end])
    if any(before[len(before) - len(p) :] == p for p in cues.before):
        return True
    after = _words(" ".join(t.text for t in doc[end : end + 6]))
    if any(after[: len(p)] == p for p in cues.after):
        return True
    return _set_off_beside_person(doc, start, end, cues) or _bare_beside_name(doc, start, end, cues)


def _age_list_start(doc: Doc, start: int, end: int, cues: AgeCues) -> int:
    """Where the list of ages a number ends begins: "aged 34 and 51" and "aged between 20
    and 30" give one cue for all their numbers, so 51 and 30 are ages as much as 34. A number
    a noun follows ("a man aged 30 and 12 others") opens a count of its own: ``start``."""
    following = doc[end] if end < len(doc) else None
    if following is not None and following.is_alpha and following.lower_ not in cues.list_links:
        if not following.tag_.startswith(("VB", "IN", "RB", "MD")):
            return start  # a noun, or a word a blank tokenizer cannot tell from one
    i = start
    while i > 0 and (doc[i - 1].lower_ in cues.list_links or doc[i - 1].like_num):
        i -= 1
    while i < start and doc[i].lower_ in cues.list_links - {"between", "from"}:
        i += 1  # the list opens with a number or "between", not a joint
    return i


#: Entity types of a word that is no person's name: "On Tuesday 35 were killed", "in Kabul 12".
NOT_PERSON_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "NORP"})


def _bare_beside_name(doc: Doc, start: int, end: int, cues: AgeCues) -> bool:
    """A bare number right after a person's name, with no comma or bracket: "Aju 40 was shot
    dead", or one of a pair "Fazal 40 and Uzzal 35". A number before a noun ("Kabul 35
    people") or after a place or a day is left a count."""
    if end - start != 1 or start < 1 or not doc[start].text.isdigit():
        return False
    if not _a_personal_name(doc[start - 1]):
        return False
    following = doc[end].lower_ if end < len(doc) else ""
    if following in cues.after_bare_name:
        return True
    # "Fazal 40 and Uzzal 35": a name and a bare number on each side of "and"
    if following == "and" and end + 2 < len(doc) and _a_personal_name(doc[end + 1]):
        return doc[end + 2].text.isdigit() or (
            end + 3 < len(doc) and _a_personal_name(doc[end + 2]) and doc[end + 3].text.isdigit()
        )
    # the second of the pair: "... and Uzzal 35"
    name = start - 1
    if name > 0 and _a_personal_name(doc[name - 1]):
        name -= 1
    return (
        name >= 3
        and doc[name - 1].lower_ == "and"
        and doc[name - 2].text.isdigit()
        and _a_personal_name(doc[name - 3])
    )


def _a_personal_name(token: Token) -> bool:
    """A capitalised word that may be part of a person's name: no acronym, date or place."""
    if not (token.is_alpha and token.is_title) or token.ent_type_ in NOT_PERSON_ENTITIES:
        return False
    return token.pos_ in {"PROPN", ""}


def _set_off_beside_person(doc: Doc, start: int, end: int, cues: AgeCues) -> bool:
    """A bare number between commas or brackets after a name: "Karim, 26," or "Rahim (40)"."""
    if end - start != 1 or start < 2 or end >= len(doc):
        return False
    opening, closing = doc[start - 1].text, doc[end].text
    set_off = (opening == "," and closing in {",", ".", ";", ")"}) or (
        opening == "(" and closing == ")"
    )
    return set_off and _names_a_person(doc[start - 2], cues)


def _names_a_person(token: Token, cues: AgeCues) -> bool:
    """A proper name ("Karim") or a noun for one person ("farmer")."""
    if token.lower_ in cues.person_nouns:
        return True
    return token.pos_ == "PROPN" or (not token.pos_ and token.is_title and token.is_alpha)


@dataclass(frozen=True, slots=True)
class UnitWords:
    """The words that make a number a unit's name ("22 Punjab Regiment") and those after the
    name that make it a count of the unit's members again ("12 Assam Rifles personnel")."""

    unit_heads: frozenset[str]
    members_after: frozenset[str]


@lru_cache(maxsize=4)
def load_unit_number_words(path: Path = UNIT_WORDS_PATH) -> UnitWords:
    """Read and check the unit word lists; errors name the file and the key to fix."""
    lists = read_word_lists(path, ("unit_heads", "members_after"), "unit number word list")
    return UnitWords(unit_heads=lists["unit_heads"], members_after=lists["members_after"])


def _names_a_unit(doc: Doc, i: int) -> bool:
    """Whether the number at ``doc[i]`` is part of a unit's name: capitalised words ending in
    a unit head follow it ("of the 22 Punjab Regiment", "3 Grenadiers"), and no word for the
    unit's members ("12 Assam Rifles personnel" counts twelve)."""
    words = load_unit_number_words()
    for j in range(i + 1, min(len(doc), i + 1 + UNIT_NAME_REACH)):
        token = doc[j]
        if not (token.is_alpha and token.text[:1].isupper()):
            return False
        if token.lower_ in words.unit_heads:
            after = doc[j + 1] if j + 1 < len(doc) else None
            return after is None or after.lower_ not in words.members_after
    return False


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


@Language.factory("sitrep_numbers", requires=["doc._.times"], assigns=["doc._.numbers"])
def make_number_tagger(nlp: Language, name: str) -> NumberTagger:
    ensure_extensions()
    return NumberTagger()
