"""Words for a people, a faith or a political camp ("Shiite", "Sunni Arab", "Iraqi Shiites")
are demonyms (``NORP``), not a person, an organisation or a place.

The NER trained on news tags them so by the company they keep; the word list is the
one the training data's labels come from (``sitrep/training/data/label_lexicon.yaml``,
``norp_words``), so the model and this check agree on what a demonym is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span

#: place labels are left alone: "Balkans", "South" and "Czech" (the republic) are places
#: that the demonym list also holds
RELABELLED = frozenset({"PERSON", "ORG"})


@lru_cache(maxsize=1)
def _default_is_norp_phrase() -> Callable[[str], bool]:
    from sitrep.training.labels import LabelMapper

    return LabelMapper().is_norp_phrase


def demonyms_as_groups(
    spans: list[Span], is_norp_phrase: Callable[[str], bool] | None = None
) -> list[Span]:
    """The spans, with those made only of demonym words relabelled NORP (knowledge-base
    links keep their type: "Taliban" is an actor)."""
    is_norp = is_norp_phrase or _default_is_norp_phrase()
    return [
        Span(s.doc, s.start, s.end, label="NORP")
        if s.label_ in RELABELLED and not s.kb_id_ and is_norp(s.text)
        else s
        for s in spans
    ]
