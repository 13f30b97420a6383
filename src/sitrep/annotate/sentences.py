"""Sentence boundaries for news text, before any statistical component runs.

News has datelines ("KABUL:"), ranks and abbreviations ("Lt. Gen."), quotes
that close after the full stop and paragraphs without final punctuation.
A rule-based splitter handles these predictably; a parser later in the
pipeline respects the boundaries set here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: Tokens after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "brig",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "st",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "rev",
        "hon",
        "fig",
    ]
)
CLOSERS = frozenset({"”", '"', "’", "'", ")", "]", "»"})
ENDERS = frozenset({".", "!", "?", "…"})


@Language.component("sitrep_sentences", assigns=["token.is_sent_start"])
def sentence_splitter(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token (True or False)."""
    if len(doc) == 0:
        return doc
    starts = [False] * len(doc)
    starts[0] = True
    for i, token in enumerate(doc):
        if "\n" in token.text and i + 1 < len(doc):
            starts[i + 1] = True
            continue
        if token.text not in ENDERS and not (token.text.endswith(".") and len(token.text) > 1):
            continue
        if len(token.text) == 2 and token.text[0].isupper() and token.text[1] == ".":
            continue  # an initial ("M. Butcher") never ends a sentence
        if token.text.endswith(".") and token.text not in ENDERS:
            # a token like "Gen." or "U.S.": ends a sentence only before a capitalised word
            # that is not itself a name part; keep it conservative.
            if token.text[:-1].lower() in ABBREVIATIONS:
                continue
        prev = doc[i - 1] if i > 0 else None
        if token.text == "." and prev is not None and prev.text.lower() in ABBREVIATIONS:
            if prev.text.lower() not in {"u.s", "etc", "inc", "co", "ltd", "jr", "sr"}:
                continue
        j = i + 1
        while j < len(doc) and doc[j].text in CLOSERS and not doc[j].is_space:
            j += 1
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j >= len(doc):
            break
        nxt = doc[j]
        if nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text in {"“", '"', "‘", "("}:
            starts[j] = True
    for token, start in zip(doc, starts, strict=True):
        token.is_sent_start = start
    return doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token, the (start, end) token indices of its sentence, computed once per doc.

    ``token.sent`` walks the document on every call; stages that ask for the
    sentence of many tokens read this table instead. Boundaries are final once
    the statistical model has run, which is before any stage that uses this.
    """
    cached = doc.user_data.get("sitrep_sentence_bounds")
    if cached is not None and len(cached) == len(doc):
        return cached
    bounds: list[tuple[int, int]] = [(0, 0)] * len(doc)
    for sentence in doc.sents:
        for i in range(sentence.start, sentence.end):
            bounds[i] = (sentence.start, sentence.end)
    doc.user_data["sitrep_sentence_bounds"] = bounds
    return bounds
