"""Participant noun phrases around a trigger, read from part-of-speech tags (no parser).

A phrase is a run of determiners, numbers, adjectives and nouns that ends at its last noun;
its class (weapon, target, person, ...) is that of its head in ``participants.yaml``.
"a group of armed men" and "members of the fmln" run on through "of" and take the class of
what follows; "the newspaper el espectador" is a target by its leading noun. The phrase
finder knows nothing of roles: ``sitrep.events.participants`` gives each phrase its role
from its class and its side of the trigger, and the responsibility reader shares the
noun-phrase test so both read the same phrases.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.annotate.count_qualifiers import load_count_qualifiers
from sitrep.events.participant_lexicon import ParticipantLexicon
from sitrep.events.token_view import token_view

#: Tags a noun phrase is made of (Penn Treebank); it ends at its last noun.
PHRASE_TAGS = frozenset(
    {
        "DT",
        "PDT",
        "CD",
        "JJ",
        "JJR",
        "JJS",
        "VBN",
        "PRP$",
        "HYPH",
        "POS",
        "NN",
        "NNS",
        "NNP",
        "NNPS",
    }
)
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: What may stand before a modifier (a number, an adjective) inside a noun phrase.
MODIFIER_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "RB", "HYPH", "VBN"})
#: Words that end a phrase whatever their tag (a tagger misreads some in caseless text).
PHRASE_BREAKS = frozenset(
    {"by", "with", "of", "and", "or", "in", "on", "at", "who", "which"}
    # "terrorists tonight bombed …": a day word tagged as a noun is not the phrase's head
    | {"today", "tonight", "yesterday", "tomorrow", "overnight"}
)
#: The most words a phrase keeps before its head; longer runs lose their first words.
MAX_PHRASE = 8
#: Nouns of time that end a phrase before another noun: "the last few hours | terrorists".
TIME_UNITS = frozenset(
    {"hours", "days", "weeks", "months", "years", "night", "morning", "afternoon", "evening"}
)
#: Entity types of a named person or place, whose names the name readers read instead.
PERSON_TYPES = frozenset({"PERSON"})
PLACE_TYPES = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class Phrase:
    """A participant noun phrase and the class of its head noun."""

    span: Span
    kind: str
    #: where the words it stands for end: past "of the FMLN" after "members"
    extent: int = 0

    @property
    def end_of_text(self) -> int:
        return max(self.span.end, self.extent)


def in_noun_phrase(token: Token) -> bool:
    """Whether a token can be part of a noun phrase (by its tag, and not a word that breaks
    one); the participant reader and the claim reader share it to read the same phrases."""
    return token.tag_ in PHRASE_TAGS and token.lower_ not in PHRASE_BREAKS


def coder_tag_tokens(doc: Doc, marks: frozenset[str]) -> frozenset[int]:
    """The tokens inside a coder's bracketed tag ("[size=around 200]", "[women targeted:
    relatives of candidates]"): the people it names are no participants of the event. A
    bracket is a tag when it holds one of the ``marks`` (see ``coder_tag_marks`` in
    participants.yaml)."""
    inside: set[int] = set()
    opened: int | None = None
    for token in doc:
        if token.text == "[":
            opened = token.i
        elif token.text == "]" and opened is not None:
            words = doc[opened + 1 : token.i]
            if any(mark in word.lower_ for word in words for mark in marks):
                inside.update(range(opened, token.i + 1))
            opened = None
    return frozenset(inside)


class ParticipantPhrases:
    """Finds the classed participant noun phrases in a stretch of one document."""

    def __init__(self, doc: Doc, owner: Mapping[int, object], lexicon: ParticipantLexicon) -> None:
        self.doc = doc
        self.owner = owner
        self.lexicon = lexicon
        self.tagged = coder_tag_tokens(doc, lexicon.coder_tag_marks)

    def phrases(self, lo: int, hi: int, skip: tuple[int, int] = (0, 0)) -> Iterator[Phrase]:
        """Participant noun phrases in tokens [lo, hi), none crossing the ``skip`` tokens."""
        doc = self.doc
        i = lo
        while i < hi:
            if not self.in_phrase(i) or skip[0] <= i < skip[1] or not self._continues(i, True):
                i += 1
                continue
            start = i
            i += 1
            while (
                i < hi
                and not skip[0] <= i < skip[1]
                and ((self.in_phrase(i) and self._continues(i, False)) or self._inside_name(i))
            ):
                i += 1
            tags = token_view(doc).tag
            head = max((k for k in range(start, i) if tags[k] in NOUN_TAGS), default=None)
            if head is None:
                continue
            phrase = self._phrase(start, head + 1, hi)
            if phrase is not None:
                yield phrase
                i = max(i, phrase.span.end)

    def _continues(self, i: int, first: bool) -> bool:
        """Whether token i can start (``first``) or go on with a noun phrase: determiners only
        open one, "armed" only before a noun ("armed men", not "police arrested nine")."""
        view = token_view(self.doc)
        tag = view.tag[i]
        before = "" if first else view.tag[i - 1]
        after = view.tag[i + 1] if i + 1 < len(view.tag) else ""
        if tag in {"DT", "PDT", "PRP$"}:
            return first or before == "PDT"
        if tag == "VBN":
            return (first or before in MODIFIER_TAGS) and after in NOUN_TAGS | {"JJ", "HYPH"}
        if tag in {"CD", "JJ", "JJR", "JJS"}:
            return first or before in MODIFIER_TAGS
        if tag in {"HYPH", "POS"}:
            return not first
        # "in the last few hours terrorists staged …": two phrases
        return first or tag not in NOUN_TAGS or view.lower[i - 1] not in TIME_UNITS

    def _inside_name(self, i: int) -> bool:
        """Whether token i goes on with the name its previous token began: "Hurras al-Din",
        "Lashkar-e-Taiba", "Osama bin Laden" are one name whatever the tagger makes of "al",
        "-" or "bin", so "a senior Hurras al-Din official" is one phrase, not "al-Din official"."""
        if i == 0:
            return False
        cluster = self.owner.get(i)
        return cluster is not None and cluster is self.owner.get(i - 1)

    def in_phrase(self, i: int) -> bool:
        """Whether token i can be part of a noun phrase (see ``in_noun_phrase``)."""
        return i not in self.tagged and in_noun_phrase(self.doc[i])

    def _phrase(self, start: int, end: int, limit: int) -> Phrase | None:
        doc = self.doc
        start = max(start, end - MAX_PHRASE)
        words = token_view(doc).lower[start:end]
        kind = self.lexicon.class_of(words)
        if kind == "collective":
            # "a group of armed men", "members of the armed forces": the class of what follows
            if end < limit and doc[end].lower_ == "of":
                rest = next(self.phrases(end + 1, min(limit, end + 1 + MAX_PHRASE)), None)
                if rest is not None and rest.span.start == end + 1:
                    return Phrase(doc[start : rest.span.end], rest.kind)
                if self._organisation_at(end + 1, limit):
                    return Phrase(doc[start:end], "perpetrator", min(limit, end + 4))
            return None
        if kind is None:
            return self._named_target(start, end)
        cluster = self.owner.get(end - 1)
        entity_type = getattr(cluster, "type", "")
        if entity_type in PERSON_TYPES or (entity_type in PLACE_TYPES and kind != "target"):
            return None  # a named person or place: the name readers handle it
        while start < end and doc[start].tag_ in {"HYPH", "POS"}:
            start += 1
        return Phrase(doc[self._qualified_start(start, end) : end], kind)

    def _qualified_start(self, start: int, end: int) -> int:
        """Where a phrase that opens with a number begins once the words that bound the number
        are kept: "at least 9 civilians", "up to 40 servicemen", not "least 9 civilians" (the
        tags cut "at least" in two) or a bare "9 civilians" that reads firmer than the text."""
        view = token_view(self.doc)
        number = next((k for k in range(start, end) if view.tag[k] == "CD"), None)
        if number is None:
            return start
        # the words are in count_qualifiers.yaml
        first = number - len(load_count_qualifiers().before(view.lower, number))
        return first if first < number and first <= start else start

    def _named_target(self, start: int, end: int) -> Phrase | None:
        """ "the newspaper el espectador", "the hotel sheraton": a target noun followed by the
        name of the place or body it is, which names what was attacked."""
        doc = self.doc
        name = end
        while name > start and self.owner.get(name - 1) is not None:
            name -= 1
        if name in {start, end} or self.lexicon.class_of([t.lower_ for t in doc[start:name]]) != (
            "target"
        ):
            return None
        if getattr(self.owner.get(end - 1), "type", "") not in {"ORG", "FAC"}:
            return None
        return Phrase(doc[start:end], "target")

    def _organisation_at(self, start: int, limit: int) -> bool:
        """ "members of the fmln": an organisation's name right after "of" (past an article)."""
        for i in range(start, min(limit, start + 3)):
            cluster = self.owner.get(i)
            if cluster is not None:
                return getattr(cluster, "type", "") in {"ORG", "NORP"}
        return False
