"""Sentence boundaries for news text, before any statistical component runs.

News has datelines ("KABUL:"), ranks and abbreviations ("Lt. Gen."), quotes
that close after the full stop and paragraphs without final punctuation.
A rule-based splitter handles these predictably; a parser later in the
pipeline respects the boundaries set here.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
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
#: Tokens that may open a sentence although they are not capitalised words.
OPENERS = frozenset({"“", '"', "‘", "("})


@Language.component("sitrep_sentences", assigns=["token.is_sent_start"])
def sentence_splitter(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token (True or False).

    Works on plain lists of token texts and writes every boundary in one array
    call: reading ``doc[i]`` and setting ``token.is_sent_start`` one token at a
    time made this the slowest of the rule-based stages.
    """
    if len(doc) == 0:
        return doc
    texts = [token.text for token in doc]
    spaces = [token.is_space for token in doc]
    starts = [-1] * len(doc)
    starts[0] = 1
    for i, text in enumerate(texts):
        if "\n" in text and i + 1 < len(texts):
            starts[i + 1] = 1
            continue
        if text not in ENDERS and not (text.endswith(".") and len(text) > 1):
            continue
        if len(text) == 2 and text[0].isupper() and text[1] == ".":
            continue  # an initial ("M. Butcher") never ends a sentence
        if text.endswith(".") and text not in ENDERS:
            # a token like "Gen." or "U.S.": ends a sentence only before a capitalised word
            # that is not itself a name part; keep it conservative.
            if text[:-1].lower() in ABBREVIATIONS:
                continue
        previous = texts[i - 1].lower() if i > 0 else None
        if text == "." and previous is not None and previous in ABBREVIATIONS:
            if previous not in {"u.s", "etc", "inc", "co", "ltd", "jr", "sr"}:
                continue
        j = i + 1
        while j < len(texts) and texts[j] in CLOSERS and not spaces[j]:
            j += 1
        while j < len(texts) and spaces[j]:
            j += 1
        if j >= len(texts):
            break
        following = texts[j]
        if following[:1].isupper() or following[:1].isdigit() or following in OPENERS:
            starts[j] = 1
    column = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], column)  # type: ignore[arg-type]  # numpy array, thinc alias
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
