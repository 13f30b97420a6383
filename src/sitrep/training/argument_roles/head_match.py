"""GTT's head-noun-phrase match between a filler and a gold mention (Du, Rush and Cardie
2021): one definition for the labels the argument-role model is trained on and for the
MUC-4 benchmark's scoring (`benchmarks/eventsbench/muc4.py`), so the model learns what is
scored."""

from __future__ import annotations

import re
import unicodedata

#: leading words a filler may carry or drop ("the guerrillas" = "guerrillas")
ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "some"})
#: words after which a phrase's head has ended ("the mayor of the town": "mayor")
POST_MODIFIERS = frozenset({"of", "in", "at", "from", "with", "on", "for", "near", "who", "which"})


def fold(text: str | None) -> str:
    """Lower case, no diacritics, punctuation as spaces, single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def phrase_words(text: str) -> list[str]:
    """A phrase's folded words without its leading articles."""
    tokens = fold(text).split()
    while tokens and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    return tokens


def head_word(tokens: list[str]) -> str:
    """The head noun of a phrase: its last word before a post-modifier such as "of"."""
    for i, token in enumerate(tokens[1:], start=1):
        if token in POST_MODIFIERS:
            return tokens[i - 1]
    return tokens[-1]


def head_match(predicted: str, gold: str) -> bool:
    """Equal after folding and dropping leading articles, or the same head word with one
    phrase contained in the other ("urban guerrillas" / "the guerrillas")."""
    p, g = phrase_words(predicted), phrase_words(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    if head_word(p) != head_word(g):
        return False
    return " ".join(p) in " ".join(g) or " ".join(g) in " ".join(p)
