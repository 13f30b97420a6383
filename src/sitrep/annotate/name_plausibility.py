"""Is the NER's span a name at all? Checks on common words and where they stand.

Web text capitalises words for many reasons (a sentence or line start, a heading, a
shout), and the NER, trained on news, reads many of them as names: "Glad", "HAS",
"Great Service", "Meal". These checks drop such readings by how common the words are
in English (wordfreq's Zipf scale, or a frequency function the caller injects), by the
casing table and by where the words stand; a place the gazetteer knows is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitrep.annotate.address_chains import TOPONYM_LABELS
from sitrep.annotate.everyday_words import english_zipf, in_title_case_line, usually_lower_case
from sitrep.annotate.given_names import is_given_name
from sitrep.knowledge.cues import load_cues

#: Zipf frequency (wordfreq's scale) from which a word is common English: "glad" 4.9,
#: "help" 5.8, while most surnames and towns ("Sharon" 3.9, "Toronto" 4.5) fall below.
COMMON_WORD_ZIPF = 4.5
#: a word the tagger calls a proper noun must be more common still to be dropped: the tag
#: is weak evidence where the capital says nothing ("Service - the staff...", "Thanks")
COMMON_PROPN_ZIPF = 5.2
#: a word in capitals must be more common still ("HAS" 6.4, "BEST" 5.8; "DETROIT" 4.4)
COMMON_SHOUTED_ZIPF = 5.0
#: every word of a title line ("Great Service", "Best Pizzas") at least this common
COMMON_TITLE_ZIPF = 3.4


class NamePlausibility:
    """Whether a span the NER found is plausibly a name; ``is_known_place`` is the
    gazetteer's answer, ``word_frequency`` a Zipf-scale frequency (wordfreq's by default,
    loaded on first use)."""

    def __init__(
        self,
        is_known_place: Callable[[str], bool],
        word_frequency: Callable[[str], float] | None = None,
    ) -> None:
        self.is_known_place = is_known_place
        self.word_frequency = word_frequency or english_zipf

    def frequency(self, word: str) -> float:
        """How common a word is in English (Zipf scale: 7 for "the", 3 for rare words)."""
        return self.word_frequency(word)

    def is_common_word(self, word: str) -> bool:
        """Common English, by a higher bar for a word in capitals ("HAS", not "DETROIT")."""
        threshold = COMMON_SHOUTED_ZIPF if word.isupper() and len(word) > 1 else COMMON_WORD_ZIPF
        return self.frequency(word.lower()) >= threshold

    def plausible(self, span: Span, cased: bool) -> bool:
        """False for the model's readings that are no name: a lower-case phrase in a text
        that uses capitals ("yummy breakfasts"), a common word capitalised only because it
        opens a sentence or shouts ("Glad", "HAS"), a title line of common words ("Great
        Service"). A place the gazetteer knows is always kept."""
        if span.label_ in {"NORP", "MISC"}:
            return True
        doc = span.doc
        if _clock_word_after_time(span):
            return False
        if cased and not any(t.text[:1].isupper() or t.is_digit for t in span):
            return self.is_known_place(span.text)
        if len(span) == 1:
            token = span[0]
            return not (
                (
                    (token.pos_ != "PROPN" or self.frequency(token.lower_) >= COMMON_PROPN_ZIPF)
                    and _capital_says_nothing(token)
                    and self.is_common_word(token.text)
                    and not self._known_place_named(span)
                )
                or self._everyday_word_by_position(span)
            ) or _capitalised_elsewhere(doc, token)
        words = [t for t in span if t.is_alpha]
        title_line = (
            span.label_ != "PERSON"  # a byline ("Jim Adams") is a line of common words too
            and _whole_line(span)
            and all(t.is_title for t in words)
            and all(self.frequency(t.lower_) >= COMMON_TITLE_ZIPF for t in words)
        )
        return not (
            (title_line or self._everyday_phrase_by_position(span, words))
            and not self.is_known_place(span.text)
        )

    def _everyday_phrase_by_position(self, span: Span, words: list[Token]) -> bool:
        """ "Great Family Fun and Bonding", "Too Expensive", "Revised Article 4.6": words the
        casing table writes in lower case, opening a sentence, a line or a title-case
        heading with a common word, make a heading, not a name ("Far East", "New York"
        and "Paddy Lad" are kept: "East" and "York" are names there, "paddy" is rare)."""
        first = span[0]
        return (
            first.is_alpha
            and first.is_title
            and (_capital_says_nothing(first) or in_title_case_line(first))
            and self.is_common_word(first.text)
            and all(usually_lower_case(t.text, self.frequency) for t in words)
            and not is_given_name(first)
        )

    def _everyday_word_by_position(self, span: Span) -> bool:
        """A word the casing table writes in lower case ("Meal", "Slope", "Retire") that
        has its capital only from where it stands (a sentence or line start, a title-case
        heading), and that is no given name and no place the gazetteer knows."""
        token = span[0]
        return (
            token.is_title
            and usually_lower_case(token.text, self.frequency)
            and (_capital_says_nothing(token) or in_title_case_line(token))
            and not is_given_name(token)
            and not self.is_known_place(span.text)
        )

    def _known_place_named(self, span: Span) -> bool:
        """A place label the gazetteer backs ("Nice" read as a place stays one)."""
        return span.label_ in TOPONYM_LABELS and self.is_known_place(span.text)


def _capital_says_nothing(token: Token) -> bool:
    """A capital that any word would have: sentence or line start, after only punctuation,
    or a word in capitals throughout ("HAS MOVED")."""
    if len(token.text) > 1 and token.is_upper:
        return True
    doc = token.doc
    i = token.i
    while i > 0 and not doc[i].is_sent_start and not _line_break_before(doc, i):
        if not doc[i - 1].is_punct:
            return False
        i -= 1
    return True


def _clock_word_after_time(span: Span) -> bool:
    """ "08:28 AM", "10 p.m.": the word is part of a time of day."""
    if len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return span[0].lower_ in load_cues().clock_words and any(c.isdigit() for c in before.text)


def _line_break_before(doc: Doc, i: int) -> bool:
    """A new line starts at token ``i`` (line breaks are white space or tokens of their own)."""
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def _capitalised_elsewhere(doc: Doc, token: Token) -> bool:
    """The document writes this word with a capital where a capital means a name
    ("... said Woods" makes the sentence-initial "Woods" a name too)."""
    lower = token.lower_
    return any(
        t.lower_ == lower
        and t.i != token.i
        and t.text[:1].isupper()
        and not t.is_upper
        and not _capital_says_nothing(t)
        for t in doc
    ) or any(lower in {t.lower_ for t in e} for e in doc.ents if len(e) > 1 and token not in e)


def _whole_line(span: Span) -> bool:
    """The span is all there is on its line or in its sentence, punctuation aside."""
    doc = span.doc
    before = span.start == 0 or doc[span.start].is_sent_start or _line_break_before(doc, span.start)
    i = span.end
    while i < len(doc) and doc[i].is_punct and not doc[i].is_sent_start:
        if _line_break_before(doc, i):
            break
        i += 1
    after = i == len(doc) or doc[i].is_sent_start or doc[i].is_space or _line_break_before(doc, i)
    return before and after
