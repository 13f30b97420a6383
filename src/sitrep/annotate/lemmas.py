"""Lemmas for the words the rule-based stages look for, with or without a lemmatizer.

A trained pipeline may lack a lemmatizer (none ships with our model). The
stages only need lemmas of the verbs and nouns in their lexicons, so we
invert a small inflection generator over those words, with irregular forms
kept as data in ``irregular_forms.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

IRREGULAR_PATH = Path(__file__).with_name("irregular_forms.yaml")


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb or noun lemma."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if (
            len(lemma) >= 3
            and lemma[-1] not in "aeiouwxy"
            and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"
            and len(lemma) <= 4
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, str]:
    data = yaml.safe_load(IRREGULAR_PATH.read_text(encoding="utf-8")) or {}
    return {form: lemma for lemma, forms in data.items() for form in forms}


@lru_cache(maxsize=200_000)
def lemma_candidates(form: str) -> tuple[str, ...]:
    """Every lemma a lower-cased form could have, most likely first ("stated": state, stat)."""
    irregular = irregular_forms()
    found: list[str] = []
    if form in irregular:
        found.append(irregular[form])
    for suffix, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", "e"),
        ("ing", ""),
        ("ed", "e"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ):
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            stem = form[: -len(suffix)] + replacement
            if form in inflections(stem) and stem not in found:
                found.append(stem)
            doubled = len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeious"
            if doubled and (
                form in inflections(stem[:-1]) or (suffix in {"ed", "ing"} and not replacement)
            ):  # "expelled", "patrolling", "cancelled": the final consonant doubles
                found.append(stem[:-1])
    found.append(form)
    return tuple(found)


def lemma_of_form(form: str) -> str:
    """Best-effort lemma of a lower-cased word form."""
    return lemma_candidates(form)[0]


def lemma_in(form: str, lemmas: object) -> str | None:
    """The lemma of this form that the lexicon knows, if any ("stated" -> "state")."""
    for candidate in lemma_candidates(form):
        if candidate in lemmas:  # type: ignore[operator]
            return candidate
    return None


def verb_lemma(token: object) -> str:
    """The lemma of a token: the pipeline's own when it has one, else our inversion."""
    lemma = getattr(token, "lemma_", "")
    lower = getattr(token, "lower_", "")
    if lemma and lemma != lower and lemma.lower() != lower:
        return lemma.lower()
    return lemma_of_form(lower)


def is_verb_of(token: object, lemmas: frozenset[str] | set[str]) -> bool:
    """True when the token is a lower-case word whose lemma is one of these.

    A capitalised word mid-sentence is a name ("Islamic State"), never the verb "state".
    """
    return is_verb_form(getattr(token, "text", ""), getattr(token, "lemma_", ""), lemmas)


def is_verb_form(text: str, lemma: str, lemmas: frozenset[str] | set[str]) -> bool:
    """``is_verb_of`` on a word's text and tagger lemma ("" if none), for loops that read a
    document's word lists instead of building a spaCy token per word."""
    if not text.islower():
        return False
    if lemma and lemma.lower() in lemmas:
        return True
    return lemma_in(text, lemmas) is not None
