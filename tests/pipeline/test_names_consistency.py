"""One name, one type per document (``sitrep.annotate.name_consistency``).

Spans stand in for what a statistical NER proposes; the sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.name_consistency import harmonise_names, name_key

COMMON = {"hill", "said", "the", "open"}


def _is_common(word: str) -> bool:
    return word.lower() in COMMON


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


def _spans(doc: Doc, wanted: list[tuple[str, str, int]]) -> list[Span]:
    """Spans for (words, label, occurrence) triples: the n-th time the words occur."""
    spans = []
    for words, label, occurrence in wanted:
        tokens = words.split()
        starts = [
            i
            for i in range(len(doc) - len(tokens) + 1)
            if [t.text for t in doc[i : i + len(tokens)]] == tokens
        ]
        start = starts[occurrence]
        spans.append(Span(doc, start, start + len(tokens), label=label))
    return sorted(spans, key=lambda s: s.start)


def _run(
    nlp: Language,
    text: str,
    wanted: list[tuple[str, str, int]],
    known_place: Callable[[str], bool] = lambda name: False,
) -> list[tuple[str, str]]:
    doc = nlp(text)
    result = harmonise_names(doc, _spans(doc, wanted), _is_common, known_place)
    return [(s.text, s.label_) for s in result]


def test_a_surname_alone_is_the_person_its_full_name_is(nlp: Language) -> None:
    text = "Pieter Marais scored twice before the break. Marais was later replaced."
    found = _run(nlp, text, [("Pieter Marais", "PERSON", 0), ("Marais", "GPE", 1)])
    assert found == [("Pieter Marais", "PERSON"), ("Marais", "PERSON")]


def test_a_clear_majority_decides_a_names_type(nlp: Language) -> None:
    text = (
        "Veltrona reported a loss on Tuesday. Shares in the tyre maker Veltrona fell 4 percent. "
        "Analysts said Veltrona would cut jobs, and Veltrona declined to comment."
    )
    wanted = [("Veltrona", "ORG", 0), ("Veltrona", "ORG", 1), ("Veltrona", "PERSON", 2)]
    wanted.append(("Veltrona", "ORG", 3))
    assert {label for _, label in _run(nlp, text, wanted)} == {"ORG"}


def test_a_narrow_majority_changes_nothing(nlp: Language) -> None:
    text = "Corvane won. Corvane lost. Corvane drew. Corvane said. Corvane left."
    wanted = [("Corvane", "ORG", i) for i in range(3)] + [("Corvane", "PERSON", i) for i in (3, 4)]
    labels = [label for _, label in _run(nlp, text, wanted)]
    assert labels == ["ORG", "ORG", "ORG", "PERSON", "PERSON"]


def test_a_known_place_is_not_outvoted(nlp: Language) -> None:
    text = "Marines entered Ramadi. Ramadi officials met. Ramadi police said Ramadi was calm."
    wanted = [("Ramadi", "GPE", 0)] + [("Ramadi", "ORG", i) for i in (1, 2, 3)]
    found = _run(nlp, text, wanted, known_place=lambda name: name == "Ramadi")
    assert [label for _, label in found] == ["GPE", "ORG", "ORG", "ORG"]


def test_a_place_after_in_keeps_its_type(nlp: Language) -> None:
    text = "Dunmore won again. Dunmore scored first. Dunmore held on. Fans in Dunmore cheered."
    wanted = [("Dunmore", "ORG", i) for i in range(3)] + [("Dunmore", "GPE", 3)]
    assert _run(nlp, text, wanted)[-1] == ("Dunmore", "GPE")


def test_a_missed_repeat_of_a_name_is_found(nlp: Language) -> None:
    text = "Dara Kenneally resigned on Monday. Colleagues said Kenneally had been unwell."
    found = _run(nlp, text, [("Dara Kenneally", "PERSON", 0)])
    assert found == [("Dara Kenneally", "PERSON"), ("Kenneally", "PERSON")]


def test_a_headline_in_capitals_repeats_the_name(nlp: Language) -> None:
    text = "KENNEALLY QUITS AFTER TALKS FAIL\nDara Kenneally resigned on Monday."
    found = _run(nlp, text, [("Dara Kenneally", "PERSON", 0)])
    assert ("KENNEALLY", "PERSON") in found


def test_an_organisation_is_found_again_with_its_type(nlp: Language) -> None:
    text = "Brask Holdings bought the mill. The deal makes Brask Holdings the largest owner."
    found = _run(nlp, text, [("Brask Holdings", "ORG", 0)])
    assert found == [("Brask Holdings", "ORG"), ("Brask Holdings", "ORG")]


def test_common_words_and_longer_names_are_not_repeats(nlp: Language) -> None:
    text = (
        "Sam Jones and Ana Hill met in Leeds. Hill said the Dow Jones fell again, "
        "and the Jones-owned shop and the Kenneally family shut."
    )
    found = _run(nlp, text, [("Sam Jones", "PERSON", 0), ("Ana Hill", "PERSON", 0)])
    assert found == [("Sam Jones", "PERSON"), ("Ana Hill", "PERSON")]


def test_names_are_compared_without_case_or_possessive(nlp: Language) -> None:
    doc = nlp("Kenneally's view")
    assert name_key(doc[0:2]) == "kenneally"


def test_a_full_name_makes_its_surname_a_person_even_where_a_town_has_it(
    nlp: Language,
) -> None:
    text = "Paul Lancaster won in four sets. Lancaster served well, and fans in Lancaster cheered."
    wanted = [("Paul Lancaster", "PERSON", 0), ("Lancaster", "GPE", 1), ("Lancaster", "GPE", 2)]
    found = _run(nlp, text, wanted, known_place=lambda name: name == "Lancaster")
    assert found == [
        ("Paul Lancaster", "PERSON"),
        ("Lancaster", "PERSON"),
        ("Lancaster", "GPE"),  # "in Lancaster" is the town
    ]


def test_two_names_run_together_make_no_surname(nlp: Language) -> None:
    doc = nlp("Mirov backs Mirov Tarsk plan. Tarsk would vote.")
    spans = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 4, label="PERSON")]
    spans.append(Span(doc, 6, 7, label="GPE"))
    found = harmonise_names(doc, spans, _is_common, recover=False)
    assert [(s.text, s.label_) for s in found][-1] == ("Tarsk", "GPE")
