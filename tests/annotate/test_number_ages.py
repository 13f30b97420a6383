"""A person's age is no count (``sitrep.annotate.numbers``): "Karim, 26, died" must not read
as 26 dead. Sentences are our own; a blank tokenizer is enough, the rule reads words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.annotate.numbers import find_numbers, is_age, load_age_cues


def _values(nlp: Language, text: str) -> list[int]:
    return [n.value for n in find_numbers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Karim Hossain, 26, died of his wounds in hospital on Monday.", []),
        ("A 45-year-old man and two others were shot dead near the market.", [2]),
        ("A shopkeeper, aged 30, was hacked to death by robbers.", []),
        ("Rahim Uddin (52), a local party leader, was killed in the clash.", []),
        ("Three civilians, including a 12-year-old boy, were killed in the blast.", [3]),
        ("The victim, a farmer, 61, was found dead in his field.", []),
        ("A girl of 9 years of age and her father were injured.", []),
        ("The woman was 70 years old; four of her relatives were hurt.", [4]),
        ("Police arrested a 10-year old boy and 14 other people at the rally.", [14]),
    ],
)
def test_ages_are_left_out_of_the_counts(nlp: Language, text: str, counts: list[int]) -> None:
    assert _values(nlp, text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a count set off by commas after a verb or a plural noun stays a count
        ("The blast killed 12, injured 30, and damaged six shops.", [12, 30, 6]),
        ("Police said the victims, 12, were all from the same village.", [12]),
        # a number beside a name that is no age: too large for one
        ("Fighters from Kunduz (300) and Baghlan (250) joined the assault.", [300, 250]),
        # years of a sentence, not of a person
        ("The court gave him a 10-year sentence for the attack on 3 guards.", [10, 3]),
    ],
)
def test_counts_beside_age_look_alikes_stay(nlp: Language, text: str, counts: list[int]) -> None:
    assert _values(nlp, text) == counts


def test_the_age_cues_are_read_from_the_reviewed_list() -> None:
    cues = load_age_cues()
    assert "farmer" in cues.person_nouns
    assert ("year", "old") in cues.after
    assert ("age", "of") in cues.before


def test_an_age_needs_a_plausible_value(nlp: Language) -> None:
    doc = nlp("Ahmed, 260, was there.")
    assert not is_age(doc, 2, 3, 260)
