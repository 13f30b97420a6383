"""Restore the case of caseless text (all lower case or ALL CAPS) before the model reads it.

sitrep's NER learned from cased news: in "col isaacs said guerrillas attacked
the farm in el peten" it finds nothing. Old wire copy, cables, headlines and
social posts come without case, so a document (or a line) whose case carries no
information gets each word's usual form from a casing table learned from cased
news (``training/truecase/build_table.py``), and a capital at each sentence
start. Words the table does not know are left as they are.

The result has exactly the length of the input, character by character, so
every offset found on the truecased text points at the same place in the
user's text (a character whose case mapping changes length is left alone).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

PACKAGED_TABLE = Path(__file__).parent / "truecase_table.json"
#: A word as the table spells it: "u.s.", "al-qaeda", "o'brien", "police"; a word with a
#: letter outside ASCII ("explotó") is not matched at all, so it is left as written.
WORD = re.compile(r"(?<!\w)(?:(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:['’-][A-Za-z]+)*)(?!\w)")
#: Below this share of words with a capital, a text is taken as written in lower case.
LOWER_SHARE = 0.05
#: From this share of words in capitals, a text is taken as written in capitals.
UPPER_SHARE = 0.9
#: Fewest words for a whole document, and for a single line, to be judged at all.
MIN_DOCUMENT_WORDS = 3
MIN_UPPER_LINE_WORDS = 3
ANY_WORD = re.compile(r"\w")
SENTENCE_END = re.compile(r"[.!?]|\n\s*\n|--")
#: Words a name's initials skip: "Farabundo Marti National Liberation Front (FMLN)".
NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "del", "la", "las", "los", "el", "y"})

Caselessness = Literal["lower", "upper"]


@dataclass(frozen=True)
class CasingTable:
    """Each word's usual written form, keyed by its lower-case form.

    ``ambiguous`` words ("national", "bank") are as often capitalised as not:
    they take their capitalised form only next to another capitalised word.
    """

    forms: Mapping[str, str]
    ambiguous: Mapping[str, str]

    @classmethod
    def from_file(cls, path: Path) -> CasingTable:
        """Read a table written by ``training/truecase/build_table.py``."""
        from sitrep.errors import ConfigError

        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            forms, ambiguous = raw["forms"], raw.get("ambiguous", [])
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ConfigError(
                f"cannot read the casing table {str(path)!r} ({err}); rebuild it with "
                "training/truecase/build_table.py or set truecase to 'off'",
                source="truecase",
            ) from None
        return cls(
            forms={form.lower(): form for form in forms},
            ambiguous={form.lower(): form for form in ambiguous},
        )


@lru_cache(maxsize=4)
def load_casing_table(path: str | None = None) -> CasingTable:
    """The casing table at ``path`` (default: the packaged one), read once per process."""
    return CasingTable.from_file(Path(path) if path else PACKAGED_TABLE)


def caselessness(text: str, min_words: int = MIN_DOCUMENT_WORDS) -> Caselessness | None:
    """ "lower" or "upper" when the text's case tells nothing, None when it is cased."""
    words = WORD.findall(text)
    if len(words) < min_words:
        return None
    with_capital = sum(1 for w in words if not w.islower())
    if with_capital / len(words) < LOWER_SHARE:
        return "lower"
    longer = [w for w in words if len(w) > 1]
    if longer and sum(1 for w in longer if w.isupper()) / len(longer) >= UPPER_SHARE:
        return "upper"
    return None


def truecase(text: str, table: CasingTable | None = None) -> str:
    """The text with its case restored where it has none; cased text comes back unchanged.

    A whole document in lower case or capitals is restored as one; otherwise only
    its lines in capitals are (an ALL-CAPS headline above a cased article). A lower-case
    line inside a cased text is left alone: in hard-wrapped copy it is a sentence's middle.
    """
    whole = caselessness(text)
    if whole is not None:
        return _restore(text, table or load_casing_table(), whole)
    pieces: list[str] = []
    for line in text.splitlines(keepends=True):
        upper = caselessness(line, MIN_UPPER_LINE_WORDS) == "upper"
        pieces.append(_restore(line, table or load_casing_table(), "upper") if upper else line)
    return "".join(pieces)


def _restore(text: str, table: CasingTable, mode: Caselessness) -> str:
    """Restore case; in lower-case text only raise letters (the few capitals there are kept)."""
    chars = list(text)
    only_raise = mode == "lower"
    matches = list(WORD.finditer(text))
    capitalised: list[bool] = []  # capitalised by the table, not for starting a sentence
    named: list[bool] = []  # the table writes it capitalised: part of a name
    unknown: list[int] = []
    pending: list[int] = []  # ambiguous words, decided once their neighbours are known
    previous_end = 0
    for n, match in enumerate(matches):
        word = match.group()
        key = word.lower()
        form = _known_form(key, table)
        if form is None and key in table.ambiguous:
            form = key
            pending.append(n)
        if form is None:
            form = word
            if word.islower():
                unknown.append(n)
        named.append(form[:1].isupper() and form != word.upper())
        starts_sentence = (
            not ANY_WORD.search(text, 0, match.start())
            if n == 0
            else SENTENCE_END.search(text, previous_end, match.start())
        )
        if starts_sentence:
            form = form[:1].upper() + form[1:]
        _write(chars, match.start(), form, only_raise)
        capitalised.append(not starts_sentence and form[:1].isupper())
        previous_end = match.end()
    for n in pending:
        if _next_to_capitalised(n, matches, capitalised, text):
            match = matches[n]
            _write(chars, match.start(), table.ambiguous[match.group().lower()])
    _restore_unknown(text, chars, matches, unknown, named)
    _restore_acronyms(text, chars, matches, table)
    return "".join(chars)


def _restore_unknown(
    text: str, chars: list[str], matches: list[re.Match[str]], unknown: list[int], named: list[bool]
) -> None:
    """Words the table does not know are mostly names: "walter moscoso cardenas", "fmln".
    One standing beside a name ("walter") joins it; a short one with no vowel is an acronym."""
    for n in unknown:
        word = matches[n].group()
        stem = word.split("'")[0].split("’")[0]
        if 2 <= len(stem) <= 5 and stem.isalpha() and not set(stem) & set("aeiouy"):
            _write(chars, matches[n].start(), stem.upper())
    changed = True
    while changed:
        changed = False
        for n in unknown:
            if not named[n] and _next_to_capitalised(n, matches, named, text):
                match = matches[n]
                _write(chars, match.start(), match.group()[:1].upper() + match.group()[1:])
                named[n] = changed = True


def _restore_acronyms(
    text: str, chars: list[str], matches: list[re.Match[str]], table: CasingTable
) -> None:
    """ "the farabundo marti national liberation front (fmln)": a bracketed unknown word spelt
    by the initials of the words before it (in any order: FMLN is Spanish) is their acronym; the name and every later use of
    the acronym take capitals."""
    acronyms: set[str] = set()
    for n, match in enumerate(matches):
        key = match.group().lower()
        if key in table.forms or not 2 <= len(key) <= 7 or not key.isalpha():
            continue
        if (
            text[match.start() - 1 : match.start()] != "("
            or text[match.end() : match.end() + 1] != ")"
        ):
            continue
        words = [m for m in matches[max(0, n - 3 * len(key)) : n] if m.end() < match.start()]
        content = [m for m in words if m.group().lower() not in NAME_LINKS]
        spelt = content[-len(key) :]
        initials = sorted(m.group()[0].lower() for m in spelt)
        if len(spelt) == len(key) and initials == sorted(key):  # Spanish names reorder them
            acronyms.add(key)
            for m in spelt:
                _write(chars, m.start(), m.group()[:1].upper() + m.group()[1:])
    for match in matches:
        if match.group().lower() in acronyms:
            _write(chars, match.start(), match.group().upper())


def _known_form(key: str, table: CasingTable) -> str | None:
    """The table's form of a word, or of each part of a hyphenated one ("al-qaeda-linked")."""
    form = table.forms.get(key)
    if form is not None:
        return form
    if "'" in key or "’" in key:  # "cristiani's", "you'd": the word before the apostrophe
        stem, mark, rest = re.split(r"(['’])", key, maxsplit=1)
        found = table.forms.get(stem)
        return found + mark + rest if found is not None else None
    parts = re.split(r"(-)", key)
    if len(parts) == 1:
        return None
    known = [table.forms.get(part, part) for part in parts]
    return "".join(known) if any(k != p for k, p in zip(known, parts, strict=True)) else None


def _next_to_capitalised(
    n: int, matches: list[re.Match[str]], capitalised: list[bool], text: str
) -> bool:
    """Whether word n stands beside a capitalised word with only a space between them."""
    for m in (n - 1, n + 1):
        if not 0 <= m < len(matches) or not capitalised[m]:
            continue
        lo, hi = sorted((matches[n], matches[m]), key=lambda match: match.start())
        if text[lo.end() : hi.start()] == " ":
            return True
    return False


def _write(chars: list[str], start: int, form: str, only_raise: bool = False) -> None:
    """Write a form over the word at ``start``, keeping any character whose length would change
    (and, with ``only_raise``, any capital already there)."""
    for k, wanted in enumerate(form):
        original = chars[start + k]
        if only_raise and original.isupper():
            continue
        if len(wanted) == 1 and wanted.lower() == original.lower():
            chars[start + k] = wanted
