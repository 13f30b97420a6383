"""Names of documents ("Master Agreement", "Oslo Accords") are neither organisations nor
places.

Contracts and treaties are written with capitals ("the Gas Transportation Agreement",
"the Turbine Contract"), and the NER, seeing capitalised words in business or
diplomatic copy, reads them as organisations. Their last word says they are
documents, which sitrep keeps as ``MISC`` (no entity, no place). The words are data
(``document_words.yaml``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.annotate.last_words import relabel_by_last_word
from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("document_words.yaml")
RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})


@lru_cache(maxsize=4)
def load_document_heads(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the document words; errors name the file and the key to fix."""
    return read_word_lists(path, ("document_heads",), "document word list")["document_heads"]


def documents_by_last_word(spans: list[Span], heads: frozenset[str] | None = None) -> list[Span]:
    """Spans of two words or more ending in a capitalised document word ("Master
    Agreement"), relabelled MISC; knowledge-base links keep their type, and one word
    alone ("Contract") is left to the other checks."""
    heads = load_document_heads() if heads is None else heads
    return relabel_by_last_word(
        spans, "MISC", RELABELLED, heads, also=lambda span: span[-1].text[:1].isupper()
    )
