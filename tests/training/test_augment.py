"""Case augmentation keeps every annotation while recasing the words."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example

from sitrep.training.augment import case_variant, make_case_augmenter, title_word

WORDS = ["Gunmen", "in", "Kandahar", "did", "n't", "spare", "the", "Red", "Cross", "clinic", "."]
ENTS = ["O", "O", "B-GPE", "O", "O", "O", "O", "", "", "O", "O"]  # "Red Cross" left missing
TAGS = ["NNS", "IN", "NNP", "VBD", "RB", "VB", "DT", "NNP", "NNP", "NN", "."]


def _example() -> Example:
    nlp = spacy.blank("en")
    spaces = [True] * (len(WORDS) - 2) + [False, False]
    reference = Doc(nlp.vocab, words=WORDS, spaces=spaces, ents=ENTS, tags=TAGS)
    return Example(nlp.make_doc(reference.text), reference)


def test_title_word_capitalises_only_lowercase_words() -> None:
    assert [title_word(w) for w in ("attack", "NATO", "n't", "Kabul")] == [
        "Attack",
        "NATO",
        "n't",
        "Kabul",
    ]


@pytest.mark.parametrize("transform", [str.upper, str.lower, title_word])
def test_case_variant_keeps_entities_missing_tokens_and_tags(
    transform: Callable[[str], str],
) -> None:
    variant = case_variant(spacy.blank("en"), _example(), transform)
    reference = variant.reference
    assert [t.text for t in reference] == [transform(w) for w in WORDS]
    assert [(e.text, e.label_) for e in reference.ents] == [(transform("Kandahar"), "GPE")]
    assert [t.ent_iob_ for t in reference][7:9] == ["", ""]
    assert [t.tag_ for t in reference] == TAGS
    assert variant.predicted.text == reference.text


def test_augmenter_mixes_casings_in_the_given_shares() -> None:
    random.seed(7)
    augment = make_case_augmenter(lower=0.3, upper=0.3, title=0.0)
    nlp = spacy.blank("en")
    texts = [next(iter(augment(nlp, _example()))).predicted.text for _ in range(200)]
    lowered = sum(t == t.lower() for t in texts)
    uppered = sum(t == t.upper() for t in texts)
    assert 30 < lowered < 90 and 30 < uppered < 90
    assert 200 - lowered - uppered > 60


def test_augmenter_rejects_shares_above_one() -> None:
    with pytest.raises(ValueError, match="sum to at most 1"):
        make_case_augmenter(lower=0.5, upper=0.4, title=0.2)
