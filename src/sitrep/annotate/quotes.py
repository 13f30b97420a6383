"""Direct quotes and the words that name their speaker.

A quote is text between quotation marks that is speech, not a scare-quoted
phrase ("fresh commitment"). Its speaker is found the way a reader finds it:
the subject or object of a reporting verb in the same sentence ("X told the
media, “…”", "“…,” said X", "he continued, “…”"), or, for a quote that
opens a paragraph, the reporting clause of the next sentence. The speaker is
kept as a token span here; the resolve stage links it to an entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text, ensure_extensions
from sitrep.knowledge.cues import load_cues

OPENERS = {"“": "”", "«": "»", '"': '"'}
MIN_QUOTE_TOKENS = 4
SPEAKER_STOP = {"that", "the", "media", "reporters", "journalists", ",", "“", "”", '"'}


@dataclass(slots=True)
class QuoteSpan:
    """A quote (character offsets, quotation marks excluded) and its speaker's tokens."""

    start: int
    end: int
    speaker: tuple[int, int] | None  # token indices of the words naming the speaker

    def text(self, doc: Doc) -> str:
        return document_text(doc)[self.start : self.end]


class QuoteFinder:
    def __init__(self) -> None:
        self.speech_verbs = load_cues().speech_verbs

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteSpan] = []
        for start_char, end_char in find_quoted_text(document_text(doc)):
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None or len(span) < MIN_QUOTE_TOKENS:
                continue
            quotes.append(QuoteSpan(start_char, end_char, self.find_speaker(doc, span)))
        doc._.quotes = quotes
        return doc

    def find_speaker(self, doc: Doc, quote: Span) -> tuple[int, int] | None:
        """Token span of the words naming the speaker, or None when the text does not say."""
        first_sent = doc[quote.start].sent
        last_sent = doc[quote.end - 1].sent
        windows = [
            (first_sent.start, quote.start - 1),  # before the quote, same sentence
            (quote.end + 1, last_sent.end),  # after the quote, same sentence
        ]
        if quote.start <= first_sent.start + 1 and last_sent.end < len(doc):
            # a quote that opens a sentence: the next sentence may carry the attribution
            following = doc[last_sent.end].sent
            windows.append((following.start, following.end))
        for lo, hi in windows:
            found = self._speaker_in(doc, lo, hi)
            if found:
                return found
        return None

    def _speaker_in(self, doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
        for i in range(max(lo, 0), min(hi, len(doc))):
            token = doc[i]
            if not self._is_speech_verb(token):
                continue
            if i + 1 < len(doc) and doc[i + 1].lower_ == "to":  # "asked to remain anonymous"
                continue
            before = _noun_phrase_before(doc, i, lo)
            if before and doc[before[0]].lower_ not in {"who", "which", "that"}:
                return before
            after = _noun_phrase_after(doc, i, hi)
            if after:
                return after
        return None

    def _is_speech_verb(self, token: object) -> bool:
        from sitrep.annotate.lemmas import is_verb_of

        return is_verb_of(token, self.speech_verbs)


def _noun_phrase_before(doc: Doc, verb: int, lo: int) -> tuple[int, int] | None:
    """The subject of a reporting verb: "Mujahid also reported", "he continued",
    "Zabihullah Mujahid, a spokesman for …, told", "An official …, who asked …, said"."""
    i = verb - 1
    while i >= lo and doc[i].lower_ in ADVERBS:
        i -= 1
    if i < lo:
        return None
    if not _is_boundary(doc[i]):
        # the words right before the verb: a pronoun, a name, "The official"
        start = i
        while start - 1 >= lo and not _is_boundary(doc[start - 1]) and i - start < 8:
            start -= 1
        return (start, i + 1)
    if doc[i].text != ",":
        return None
    # an apposition or relative clause stands between subject and verb: the subject opens
    # the clause ("X, a spokesman for Y, told …")
    start = lo
    while start < i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = start
    while end < i and doc[end].text != "," and end - start < 10:
        end += 1
    return (start, end) if end > start else None


ADVERBS = {
    "also",
    "further",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "is",
    "again",
    "earlier",
    "separately",
    "additionally",
    "previously",
}


def _noun_phrase_after(doc: Doc, verb: int, hi: int) -> tuple[int, int] | None:
    """The speaker after an inverted reporting verb: "“…,” said the minister"."""
    start = verb + 1
    if start >= hi or doc[start].lower_ in SPEAKER_STOP - {"the"}:
        return None
    end = start
    while end < hi and not _is_boundary(doc[end]) and end - start < 10:
        end += 1
    return (start, end) if end > start else None


def _is_boundary(token: object) -> bool:
    text = getattr(token, "text", "")
    return text in {",", ";", ":", "“", "”", '"', ".", "(", ")"} or "\n" in text


def find_quoted_text(text: str) -> list[tuple[int, int]]:
    """Character ranges between quotation marks; an unclosed quote runs to its sentence's end."""
    ranges: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char not in OPENERS:
            i += 1
            continue
        closer = OPENERS[char]
        paragraph_end = text.find("\n", i)
        paragraph_end = n if paragraph_end < 0 else paragraph_end
        close = text.find(closer, i + 1, paragraph_end)
        if close < 0:
            # unclosed: the quote is the rest of its sentence
            close = _sentence_end(text, i + 1, paragraph_end)
            ranges.append((i + 1, close))
            i = close
            continue
        inner_start, inner_end = i + 1, close
        while inner_end > inner_start and text[inner_end - 1] in " ,":
            inner_end -= 1
        ranges.append((inner_start, inner_end))
        i = close + 1
    return ranges


def _sentence_end(text: str, start: int, limit: int) -> int:
    for j in range(start, limit):
        if text[j] in ".!?" and (j + 1 >= limit or text[j + 1] == " "):
            return j + 1
    return limit


@Language.factory("sitrep_quotes", requires=["token.is_sent_start"], assigns=["doc._.quotes"])
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    ensure_extensions()
    return QuoteFinder()
