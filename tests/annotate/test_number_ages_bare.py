"""Digests that strip punctuation write an age as a bare number after a name ("Aju 40 was
shot dead"): it is no count (``sitrep.annotate.numbers``). Sentences are our own; a blank
tokenizer is enough, the rule reads words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.annotate.numbers import find_numbers


def _values(nlp: Language, text: str) -> list[int]:
    return [n.value for n in find_numbers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A trader Ramesh Lal alias Bittu 42 was shot dead by gunmen in Sopore", []),
        ("Two labourers Karim Mia 38 and Sohel 27 were injured in the blast", [2]),
        ("Villagers said Abdul Basit 55 who ran a tea stall died on the spot", []),
        ("The injured Rafiq 30 and Salma Begum 26 were shifted to hospital", []),
    ],
)
def test_bare_ages_after_names_are_left_out(nlp: Language, text: str, counts: list[int]) -> None:
    assert _values(nlp, text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a number before a noun or a plural verb after a name is a count
        ("Militants attacked Pattan 12 houses were damaged", [12]),
        ("In the Kupwara sector 3 infiltrators were killed", [3]),
        ("Police arrested Hamid and 14 others from the village", [14]),
        ("The Maoists abducted 6 villagers and later freed them", [6]),
    ],
)
def test_counts_beside_names_stay_counts(nlp: Language, text: str, counts: list[int]) -> None:
    assert _values(nlp, text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Two militants and a soldier of the 18 Garhwal Rifles were killed", [2]),
        ("A jawan of 7 Sikh Regiment was hurt in firing from across the border", []),
        ("A trooper of the 150 Battalion of the CRPF was injured", []),
        # the unit's members are counted
        ("12 Assam Rifles personnel were injured in the ambush", [12]),
        ("Militants attacked 3 Police stations in the District", [3]),
    ],
)
def test_unit_names_are_no_counts(nlp: Language, text: str, counts: list[int]) -> None:
    assert _values(nlp, text) == counts
