"""Fill `token.pos_` from the tagger's Penn Treebank tags with an attribute ruler.

The mapping is learnt from GUM, which annotates both XPOS (PTB) and UPOS: each tag
maps to its most frequent UPOS, and frequent (tag, word) pairs whose UPOS differs
from that default (e.g. auxiliary "is" VBZ -> AUX) get their own pattern. This keeps
the table out of the code and consistent with the corpus the tagger learns from.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

AttributePattern = dict[str, Any]


def derive_pos_patterns(docs: Iterable[Doc], *, min_word_count: int = 50) -> list[AttributePattern]:
    """Attribute-ruler patterns (tag defaults first, word exceptions after)."""
    by_tag: dict[str, Counter[str]] = defaultdict(Counter)
    by_tag_word: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for token in doc:
            if token.tag_ and token.pos_:
                by_tag[token.tag_][token.pos_] += 1
                by_tag_word[(token.tag_, token.lower_)][token.pos_] += 1
    # whitespace tokens ("\n" between paragraphs) are tagged _SP by the tagger
    patterns: list[AttributePattern] = [{"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "SPACE"}}]
    defaults: dict[str, str] = {}
    for tag, counts in sorted(by_tag.items()):
        defaults[tag] = counts.most_common(1)[0][0]
        patterns.append({"patterns": [[{"TAG": tag}]], "attrs": {"POS": defaults[tag]}})
    for (tag, word), counts in sorted(by_tag_word.items()):
        pos, count = counts.most_common(1)[0]
        if pos != defaults[tag] and count >= min_word_count:
            patterns.append({"patterns": [[{"TAG": tag, "LOWER": word}]], "attrs": {"POS": pos}})
    return patterns


def add_pos_ruler(nlp: Language, patterns: list[AttributePattern]) -> None:
    """Append an `attribute_ruler` after the tagger that sets POS from the patterns."""
    if "attribute_ruler" in nlp.pipe_names:
        nlp.remove_pipe("attribute_ruler")
    ruler = nlp.add_pipe("attribute_ruler", after="tagger")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
