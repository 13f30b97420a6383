"""Planets are no people: "Mercury and Venus are conjunct, aspected by Rahu".

An astrology column or a space report names planets alone and capitalised, and the
NER, trained on news, reads "Venus" as a person and "Mercury" as a place. Where the
text names two or more heavenly bodies alone (``celestial_words.yaml``), each such
one-word mention is a heavenly body, kept as ``MISC`` (no entity, no place). One
planet name alone decides nothing: "Venus" may be Venus Williams in a tennis report.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("celestial_words.yaml")
RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})
#: distinct heavenly bodies named alone that make the text one about the sky
MIN_BODIES = 2


@lru_cache(maxsize=4)
def load_celestial_bodies(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the word list; errors name the file and the key to fix."""
    lists = read_word_lists(path, ("celestial_bodies",), "celestial body list")
    return lists["celestial_bodies"]


def celestial_bodies_as_misc(spans: list[Span], bodies: frozenset[str] | None = None) -> list[Span]:
    """The spans, with one-word heavenly bodies relabelled MISC when the text names at
    least two different ones (knowledge-base links keep their type)."""
    bodies = load_celestial_bodies() if bodies is None else bodies
    alone = {s.text.lower() for s in spans if _body_alone(s, bodies)}
    if len(alone) < MIN_BODIES:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="MISC") if _body_alone(s, bodies) else s for s in spans
    ]


def _body_alone(span: Span, bodies: frozenset[str]) -> bool:
    return (
        len(span) == 1
        and span.label_ in RELABELLED
        and not span.kb_id_
        and span[0].is_title
        and span.text.lower() in bodies
    )
