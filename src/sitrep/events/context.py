"""The article as context: when and where an event happened if its own sentence does not say.

News tells a story once and then adds to it: "Clashes erupted in Chirang district on
May 16. Activists set the toll gate on fire." The second event happened on the day and
in the place the story already gave. These fallbacks run after event coreference, and
only for events told as having happened (not expected, denied or hypothetical ones).
An event the text marks as another one ("in a separate attack", "protesters also
clashed with police") takes the story's date, as a coder of the report would, but not
its place: it may have happened elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Doc

from sitrep.annotate.extensions import document_text
from sitrep.events.record import EventRecord


class _Located(Protocol):
    start: int
    end: int


TimeT = TypeVar("TimeT", bound=_Located)
PlaceT = TypeVar("PlaceT")
HAPPENED = frozenset({"asserted", "reported", "claimed"})
#: how many sentences back (and forward) a date or place may stand from the event
SENTENCES_BACK = 3
SENTENCES_FORWARD = 2
DATED_PRECISIONS = frozenset({"day", "week", "month"})
#: what stands before a dateline's date: the story's opening place and a comma ("Sylhet, ")
_DATELINE_HEAD = re.compile(r"\s*[A-Z][^\n.,()\[\]]{0,40},\s*")
#: what follows a dateline's date: the agency in brackets or a dash ("Jan 2 (UNB)", "March 3 -")
_DATELINE_TAIL = re.compile(r"\s*(?:\(|—|–|-|:)")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start:end`` is a wire story's dateline ("Sylhet, Jan 2 (UNB) -").

    The dateline dates the story, not the events it tells: "Sylhet, Jan 2 (UNB) - Two
    people were hurt when ... on Friday night" happened on Friday night.
    """
    return (
        _DATELINE_HEAD.fullmatch(text[:start]) is not None
        and _DATELINE_TAIL.match(text, end) is not None
    )


def dates_a_noun(text: str, time: _Located, trigger_start: int) -> bool:
    """Whether a time is a possessive that dates another noun than the trigger.

    "Congress observed a bandh against Monday's baton charge on party workers": Monday is
    when the baton charge happened, not the bandh; "Monday's attack" dates the attack.
    """
    if not text[time.start : time.end].endswith(("'s", "’s")):
        return False
    return not (time.end <= trigger_start and len(text[time.end : trigger_start].split()) <= 2)


def story_dates(times: Sequence[TimeT], text: str) -> list[TimeT]:
    """The times without the dateline's, unless the dateline's is the only one."""
    told = [t for t in times if not in_dateline(text, t.start, t.end)]
    return told or list(times)


def _start(event: EventRecord) -> int:
    return min(span.start for span in event.evidence)


def _sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    index = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            index[i] = number
    return index


def _usable_date(timex: object) -> bool:
    value = str(getattr(timex, "value", ""))
    return (
        getattr(timex, "type", "") in {"DATE", "TIME"}
        and getattr(timex, "first_day", None) is not None
        and getattr(timex, "precision", "") in DATED_PRECISIONS
        and not value.endswith("_REF")
        and not value.startswith("P")
    )


def _days(timex: object) -> tuple[object, object]:
    return getattr(timex, "first_day", None), getattr(timex, "last_day", None)


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token that holds character ``char`` (the first token if none)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def fill_dates(events: Sequence[EventRecord], doc: Doc) -> None:
    """An undated event that happened takes the date of the story so far.

    First the date its own sentence gives (once, or twice as "on Saturday [15 August]"), if
    the clause rules left it aside and it does not date a noun ("Monday's raid"); then the
    date of the nearest earlier dated event ("Thousands marched on Wednesday …
    Police arrested 30 people"), then the nearest date written a few sentences before it,
    then one written just after it ("… protested. The rally on Friday drew hundreds").
    """
    ordered = sorted(events, key=_start)
    sentence_of = _sentence_index(doc)
    text = document_text(doc)
    times = story_dates([t for t in doc._.times or [] if _usable_date(t)], text)
    time_sentences: list[int] | None = None  # each time's sentence, found on first need
    for position, event in enumerate(ordered):
        if event.date is not None or event.modality not in HAPPENED:
            continue
        if time_sentences is None:
            time_sentences = [sentence_of[_token_at(doc, t.start)] for t in times]
        here = sentence_of[_start(event)]
        own = [
            t
            for t, s in zip(times, time_sentences, strict=True)
            if s == here and not dates_a_noun(text, t, event.triggers[0].start_char)
        ]
        if own and len({_days(t) for t in own}) == 1:
            # "On February 5th, members … who … staged a protest"; "on Saturday [15 August]"
            event.date = own[0]
            continue
        earlier = [
            e
            for e in ordered[:position]
            if e.date is not None and e.modality in HAPPENED and _usable_date(e.date)
        ]
        if earlier:
            event.date = earlier[-1].date
            continue
        best: tuple[int, object] | None = None
        for timex, sentence in zip(times, time_sentences, strict=True):
            distance = here - sentence
            if 0 < distance <= SENTENCES_BACK or -SENTENCES_FORWARD <= distance < 0:
                rank = distance if distance > 0 else SENTENCES_BACK - distance
                if best is None or rank < best[0]:
                    best = (rank, timex)
        if best is not None:
            event.date = best[1]


def fill_places(events: Sequence[EventRecord], doc: Doc) -> None:
    """An event with no place in its sentence happened where the story is.

    The place of the nearest earlier event that has one, else the nearest place named
    before it in the article (a smaller place before a country), else the first named
    after it; places alone in their country yield to those another place backs.
    """
    ordered = sorted(events, key=_start)
    mentions: list[tuple[int, object]] = []
    for place in doc._.places or []:
        if place.point() is None:
            continue
        for mention in place.mentions:
            mentions.append((mention.start, place))
    mentions.sort(key=lambda m: m[0])
    for position, event in enumerate(ordered):
        if event.place is not None or event.distinct:
            continue
        earlier = [e for e in ordered[:position] if e.place is not None]
        if earlier and event.modality in HAPPENED:
            event.place = earlier[-1].place
            continue
        start = _start(event)
        located = list({id(p): p for _, p in mentions}.values())
        backed = set(map(id, coherent_places(located, located)))
        before = [p for s, p in mentions if s < start and id(p) in backed]
        after = [p for s, p in mentions if s >= start and id(p) in backed]
        event.place = _most_local(list(reversed(before))) or _most_local(after)


def _most_local(places: list[object]) -> object | None:
    """The first place in the list that is not a whole country, else the first one."""
    for place in places:
        if getattr(place, "feature", None) != "country":
            return place
    return places[0] if places else None


def _country(place: object) -> str | None:
    point = getattr(place, "place", None) or getattr(place, "within", None)
    return getattr(point, "country", None)


def coherent_places(candidates: Sequence[PlaceT], article_places: Sequence[object]) -> list[PlaceT]:
    """The candidates whose country another place of the article shares, if any has one.

    A note names places of one country: "in Khost area of Harnai, Balochistan" puts Khost in
    Pakistan, whatever Afghan town of that name a gazetteer knows; "in front of the Indian
    Embassy at Lainchaur, Kathmandu" happened in Nepal, not in India. A candidate alone in
    its country among the article's places yields to one whose country is backed by another
    place; where none is backed (or all are), the candidates stay as they are.
    """
    countries = [_country(p) for p in article_places]

    def backing(place: object) -> int:
        country = _country(place)
        if country is None:
            return 0
        return sum(
            1
            for other, other_country in zip(article_places, countries, strict=True)
            if other_country == country and other is not place
        )

    backed = [c for c in candidates if backing(c) > 0]
    return backed or list(candidates)
