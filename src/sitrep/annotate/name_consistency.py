"""One name, one type per document: the NER's labels made consistent across repeats.

A statistical NER decides each mention from a few words around it, so the same
name can come out as a person in one sentence and a place in the next ("Duran
beat Leonard" ... "Duran said"), or be missed where its context is thin (a
headline, a results table). A reporter does not change what a name means within
an article, so:

* a mention of a name takes the type that at least twice as many of its mentions
  carry (a single surname votes with the full person names it ends: "Mladen Jones"
  makes "Jones" a person). Knowledge-base links and places after "in/at/near" keep
  their type, and a name the gazetteer knows as a place is only outvoted by a person
  reading: a town's name is the town in one sentence and its team in the next;
* a name the document tags somewhere is found again where the model missed it
  (the exact words, the same words in capitals in a headline, or a person's surname
  alone), unless the words are common English or part of a longer capitalised name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

#: the labels the vote is about; places vote together (GPE, LOC and FAC are one class)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
VOTING_LABELS = frozenset({"PERSON", "ORG"}) | PLACE_LABELS
#: words before a name that make it a place whatever the rest of the document says
LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "from", "to"})
#: marks a name may follow without a space ("(Simmons", "\"Drazek")
OPENING_MARKS = frozenset({"(", "[", '"', "'", "“", "‘", "«"})
#: how many times the votes of a mention's own type the winning type needs
MAJORITY = 2
#: votes a full person name ("Roberto Duran") gives its surname read alone ("Duran")
SURNAME_WEIGHT = 2
#: names shorter than this (letters) are never searched for again ("A", "Mr")
MIN_REPEAT_LETTERS = 3


def harmonise_names(
    doc: Doc,
    spans: list[Span],
    is_common_word: Callable[[str], bool],
    is_known_place: Callable[[str], bool] = lambda name: False,
    *,
    short_form: Callable[[Span], Span | None] = lambda span: None,
    recover: bool = True,
) -> list[Span]:
    """The mentions with one type per name, plus the repeats the model missed.

    ``is_common_word`` says whether a word is ordinary English ("Given", "King"),
    which is never searched for again on its own; ``is_known_place`` whether the
    gazetteer knows a name as a place: such a name is a town in one sentence and a
    team in the next ("New York beat Boston" under a "NEW YORK" dateline), so a vote
    does not decide it. ``short_form`` gives the name an organisation goes by later
    ("Magna" for "Magna International Inc"), which votes and is searched for like a
    person's surname.
    """
    voted = _vote_labels(spans, is_known_place, short_form)
    if not recover:
        return voted
    found = _missed_repeats(doc, voted, is_common_word, short_form)
    return sorted(voted + found, key=lambda s: s.start)


def name_key(span: Span | Iterable[Token]) -> str:
    """The words of a name as compared across the document (case and a final 's folded)."""
    words = [t.text for t in span]
    if words and words[-1] in {"'s", "’s"}:
        words = words[:-1]
    return " ".join(words).casefold()


def _class_of(label: str) -> str:
    return "PLACE" if label in PLACE_LABELS else label


def _vote_labels(
    spans: list[Span],
    is_known_place: Callable[[str], bool],
    short_form: Callable[[Span], Span | None],
) -> list[Span]:
    """Relabel the minority readings of a name that carries two types, when the majority is
    clear (twice the votes); a full person name counts ``SURNAME_WEIGHT`` for its surname,
    an organisation's full name as much for its short form."""
    votes: dict[str, Counter[str]] = {}
    place_labels: dict[str, Counter[str]] = {}
    for span in spans:
        if span.label_ not in VOTING_LABELS:
            continue
        key = name_key(span)
        weight = 2 if span.kb_id_ else 1
        votes.setdefault(key, Counter())[_class_of(span.label_)] += weight
        if span.label_ in PLACE_LABELS:
            place_labels.setdefault(key, Counter())[span.label_] += 1
    surnames = _surname_votes(spans)
    for surname, count in surnames.items():
        if surname in votes:
            votes[surname]["PERSON"] += SURNAME_WEIGHT * count
    for span in spans:
        short = short_form(span) if span.label_ == "ORG" else None
        if short is not None and name_key(short) in votes:
            votes[name_key(short)]["ORG"] += SURNAME_WEIGHT
    result: list[Span] = []
    for span in spans:
        key = name_key(span)
        tally = votes.get(key)
        if (
            key in surnames
            and len(span) == 1
            and span.label_ in VOTING_LABELS - {"PERSON"}
            and not _keeps_own_type(span, _class_of(span.label_))
        ):
            # "MaliVai Washington" in the text: a bare "Washington" there is the man
            result.append(Span(span.doc, span.start, span.end, label="PERSON"))
            continue
        if span.label_ not in VOTING_LABELS or tally is None or len(tally) < 2:
            result.append(span)
            continue
        winner, top = tally.most_common(1)[0]
        own = _class_of(span.label_)
        if (
            winner == own
            or top < MAJORITY * tally[own]
            or _keeps_own_type(span, own)
            or (winner != "PERSON" and is_known_place(span.text))
        ):
            result.append(span)
            continue
        label = winner
        if winner == "PLACE":
            label = place_labels[key].most_common(1)[0][0] if key in place_labels else "GPE"
        result.append(Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id_))
    return result


def _keeps_own_type(span: Span, own: str) -> bool:
    """A knowledge-base link, or a place right after "in"/"at", decided by more than a vote."""
    if span.kb_id_:
        return True
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return own == "PLACE" and before in LOCATIVES


def _surname_votes(spans: list[Span]) -> Counter[str]:
    """Full person names ("Roberto Duran") vote for their last word read alone ("Duran").

    A full name is words with capitals and no hyphen, whose first word the text never
    names alone as someone else: "Yeltsin endorses Lebed Chechnya peace plan" read as
    one name ("Lebed Chechnya") makes no surname of "Chechnya"."""
    alone = {name_key(s) for s in spans if len(s) == 1 and s.label_ == "PERSON"}
    surnames: Counter[str] = Counter()
    for span in spans:
        words = [t for t in span if t.is_alpha]
        if (
            span.label_ == "PERSON"
            and len(words) >= 2
            and len(words) == len(span)
            and all(t.text[:1].isupper() for t in words)
            and words[0].lower_ not in alone
        ):
            surnames[words[-1].text.casefold()] += 1
    return surnames


def _missed_repeats(
    doc: Doc,
    spans: list[Span],
    is_common_word: Callable[[str], bool],
    short_form: Callable[[Span], Span | None],
) -> list[Span]:
    """Spans for the unlabelled repeats of names the document labels elsewhere."""
    wanted = _names_to_find(spans, is_common_word, short_form)
    if not wanted:
        return []
    taken = {i for s in doc.ents for i in range(s.start, s.end)}
    taken.update(i for s in spans for i in range(s.start, s.end))
    by_first: dict[str, list[tuple[tuple[str, ...], _Wanted]]] = {}
    for words, name in wanted.items():
        by_first.setdefault(words[0], []).append((words, name))
    for candidates in by_first.values():
        candidates.sort(key=lambda c: -len(c[0]))
    found: list[Span] = []
    i = 0
    while i < len(doc):
        match = None
        if i not in taken and doc[i].text[:1].isupper():
            for words, name in by_first.get(doc[i].text.casefold(), []):
                end = i + len(words)
                if (
                    end <= len(doc)
                    and not any(k in taken for k in range(i, end))
                    and _written_as(doc[i:end], name.forms)
                ):
                    match = Span(doc, i, end, label=name.label)
                    break
        if match is not None and _stands_alone(match):
            found.append(match)
            i = match.end
        else:
            i += 1
    return found


@dataclass
class _Wanted:
    """A name to search for: the ways the document writes it and the types it gives it."""

    forms: set[str] = field(default_factory=set)
    labels: Counter[str] = field(default_factory=Counter)

    @property
    def label(self) -> str:
        return self.labels.most_common(1)[0][0]


def _names_to_find(
    spans: list[Span],
    is_common_word: Callable[[str], bool],
    short_form: Callable[[Span], Span | None],
) -> dict[tuple[str, ...], _Wanted]:
    """Names (folded words) worth searching for again, with the type the document gives them.

    Knowledge-base aliases are left out: the alias matcher already finds every one."""
    wanted: dict[tuple[str, ...], _Wanted] = {}

    def add(span: Span, label: str) -> None:
        words = tuple(name_key(span).split())
        name = wanted.setdefault(words, _Wanted())
        name.forms.add(_without_possessive(span).text)
        name.labels[label] += 1

    for span in spans:
        if span.label_ not in VOTING_LABELS or span.kb_id_:
            continue
        if _searchable(span, is_common_word):
            add(span, span.label_)
        alpha = [t for t in span if t.is_alpha]
        if span.label_ == "PERSON" and len(alpha) >= 2:
            surname = span.doc[alpha[-1].i : alpha[-1].i + 1]
            if _searchable(surname, is_common_word):
                add(surname, "PERSON")
        short = short_form(span) if span.label_ == "ORG" else None
        if short is not None and _searchable(short, is_common_word):
            add(short, "ORG")
    return wanted


def _without_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].text in {"'s", "’s"}:
        return span[:-1]
    return span


def _searchable(span: Span, is_common_word: Callable[[str], bool]) -> bool:
    """A name distinctive enough to find by its words alone: capitalised, not one common word."""
    letters = sum(c.isalpha() for c in span.text)
    if letters < MIN_REPEAT_LETTERS or not span.text[:1].isupper():
        return False
    if span.text.isupper() and len(span) == 1 and letters <= 3:
        return False  # a short acronym ("CEO", "AP") is found by the knowledge base, if at all
    if len(span) == 1:
        return not is_common_word(span[0].text)
    return not all(is_common_word(t.text) for t in span if t.is_alpha)


def _written_as(candidate: Span, forms: set[str]) -> bool:
    """Written as the document writes the name, or wholly in capitals among capitals (a
    headline or results table): "Kenneally" or "KENNEALLY", never "LET" for "LeT"."""
    if candidate.text in forms:
        return True
    upper = candidate.text.upper()
    return (
        candidate.text == upper
        and any(form.upper() == upper for form in forms)
        and _in_capitals_line(candidate)
    )


def _in_capitals_line(span: Span) -> bool:
    """The span sits among words in capitals (a headline or a results table)."""
    doc = span.doc
    window = doc[max(0, span.start - 4) : min(len(doc), span.end + 4)]
    words = [t for t in window if t.is_alpha and t not in span]
    return not words or sum(t.is_upper for t in words) >= 0.5 * len(words)


def _stands_alone(span: Span) -> bool:
    """Not a piece of a longer name ("Jones" of "Dow Jones") or of a hyphenated word."""
    doc = span.doc
    shouting = span.text.isupper()
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and not before.whitespace_ and not before.is_space:
        if before.text not in OPENING_MARKS:
            return False  # "alt.animals.crab", "Pirelli-owned", "e-Bay"
    if after is not None and not span[-1].whitespace_ and _glued_word_after(doc, span.end):
        return False
    for neighbour in (before, after):
        if neighbour is None:
            continue
        if (
            not shouting
            and neighbour.is_alpha
            and neighbour.text[:1].isupper()
            and not neighbour.is_sent_start
            and not (neighbour is before and _starts_line(doc, neighbour.i))
        ):
            return False
    return True


def _glued_word_after(doc: Doc, i: int) -> bool:
    """The next token continues the word: a hyphen or dot and then letters ("Smith-Jones")."""
    token = doc[i]
    if token.is_alpha or token.like_num:
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        token.text in {"-", "‑", ".", "/", "@", "_"}
        and not token.whitespace_
        and nxt is not None
        and nxt.is_alpha
    )


def _starts_line(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    previous = doc[i - 1]
    return "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)
