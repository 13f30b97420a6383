"""Title lookup for the role patterns, over the reviewed title lexicon."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lexicon() -> object:
    from sitrep.knowledge.lexicons import load_titles

    return load_titles()


@lru_cache(maxsize=50_000)
def match_title(text: str) -> str | None:
    """The title these words spell, as written ("Lt. Gen.", "spokesman"), or None.

    Only a title that covers the whole text counts: "spokesman for the ministry"
    is not itself a title (the caller reads the organisation separately).
    """
    cleaned = text.strip().strip(",")
    if not cleaned or len(cleaned) > 80:
        return None
    result = _lexicon().match_title(cleaned)  # type: ignore[attr-defined]
    if result is None or result.end < len(cleaned.rstrip(".")):
        return None
    return str(result.text)


@lru_cache(maxsize=50_000)
def keeps_honorific(name: str) -> bool:
    """True when the name opens with an honorific that is part of it ("Qari Fateh")."""
    split = _lexicon().split_honorific(name)  # type: ignore[attr-defined]
    return bool(split.honorifics) and split.name != split.bare
