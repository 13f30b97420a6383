"""Case variants of training examples (lower, UPPER, Title) made on the fly.

Users hand sitrep text in every casing: forum and e-mail text in lower case, wire
headlines in capitals, web headlines in Title Case. The tok2vec sees case only through
SHAPE/PREFIX/SUFFIX, so showing it a share of each casing teaches the NER not to rely
on capital letters alone. spaCy ships only a lower-casing augmenter; this one draws one
of three casings per example with the given probabilities and keeps every annotation
(entities, missing entity tokens, tags, trees).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.training import Example
from spacy.training.augment import _doc_to_biluo_tags_with_partial
from spacy.util import registry

CASE_AUGMENTER = "sitrep.case_variants.v1"

Augmenter = Callable[[Language, Example], Iterator[Example]]


def title_word(word: str) -> str:
    """Capitalise an all-lowercase word ("attack" -> "Attack"); leave "NATO" and "n't" as is."""
    return word[:1].upper() + word[1:] if word.islower() and "'" not in word else word


def case_variant(nlp: Language, example: Example, transform: Callable[[str], str]) -> Example:
    """A copy of `example` whose words are recased by `transform`, annotations kept."""
    reference = example.reference
    words = [transform(token.text) for token in reference]
    text = "".join(word + token.whitespace_ for word, token in zip(words, reference, strict=True))
    example_dict = example.to_dict()
    example_dict["doc_annotation"]["entities"] = _doc_to_biluo_tags_with_partial(reference)
    example_dict["token_annotation"]["ORTH"] = words
    return Example.from_dict(nlp.make_doc(text), example_dict)


def make_case_augmenter(lower: float, upper: float, title: float) -> Augmenter:
    """Yield each example unchanged or, with the given probabilities, recased."""
    if min(lower, upper, title) < 0 or lower + upper + title > 1:
        raise ValueError(
            f"Case augmentation shares must be >= 0 and sum to at most 1, got "
            f"lower={lower}, upper={upper}, title={title}; fix [corpora.train.augmenter]."
        )
    choices: list[tuple[float, Callable[[str], str]]] = [
        (lower, str.lower),
        (lower + upper, str.upper),
        (lower + upper + title, title_word),
    ]

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        roll = random.random()
        for threshold, transform in choices:
            if roll < threshold:
                yield case_variant(nlp, example, transform)
                return
        yield example

    return augment


def register_case_augmenter() -> None:
    """Make `sitrep.case_variants.v1` available to spaCy configs (idempotent)."""
    if CASE_AUGMENTER not in registry.augmenters:
        registry.augmenters.register(CASE_AUGMENTER, func=make_case_augmenter)
