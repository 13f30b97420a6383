"""Names of events ("Hong Kong Open", "Davis Cup", "the Holocaust") are neither people,
organisations nor places.

The NER reads a tournament named after a town as the town, or as an organisation;
the last word says it is an event, which sitrep keeps as ``MISC`` (no entity, no
place). A few historical events have a one-word name the NER takes for a person
("the Holocaust"). The words are data (``event_words.yaml``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("event_words.yaml")
RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})


@lru_cache(maxsize=4)
def load_event_heads(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the event words; errors name the file and the key to fix."""
    return read_word_lists(path, ("event_heads",), "event word list")["event_heads"]


@lru_cache(maxsize=4)
def load_event_names(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The one-word names of historical events ("holocaust"), lower-cased."""
    lists = read_word_lists(path, ("event_names",), "event word list", optional=True)
    return lists["event_names"]


def events_by_last_word(
    spans: list[Span], heads: frozenset[str] | None = None, names: frozenset[str] | None = None
) -> list[Span]:
    """Spans of two words or more ending in an event word, and capitalised one-word event
    names, relabelled MISC (knowledge-base links keep their type)."""
    heads = load_event_heads() if heads is None else heads
    names = load_event_names() if names is None else names
    result = []
    for span in spans:
        one_word_event = (
            len(span) == 1
            and span.label_ in RELABELLED
            and not span.kb_id_
            and span[0].text[:1].isupper()
            and span[0].lower_ in names
        )
        if one_word_event or (
            span.label_ in RELABELLED
            and not span.kb_id_
            and len(span) > 1
            and span[0].text[:1].isupper()
            and span[-1].text[:1].isupper()
            and (span[-1].lower_ in heads or span[-2:].text.lower() in heads)
        ):
            span = Span(span.doc, span.start, span.end, label="MISC")
        result.append(span)
    return result
