"""The article as context: when and where an event happened if its own sentence does not say.

News tells a story once and then adds to it: "Clashes erupted in Chirang district on
May 16. Activists set the toll gate on fire." The second event happened on the day and
in the place the story already gave. These fallbacks run after event coreference, and
only for events told as having happened (not expected, denied or hypothetical ones);
an event the text marks as another one ("in a separate attack") does not inherit.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.events.record import EventRecord

HAPPENED = frozenset({"asserted", "reported", "claimed"})
#: how many sentences back (and forward) a date or place may stand from the event
SENTENCES_BACK = 3
SENTENCES_FORWARD = 2
DATED_PRECISIONS = frozenset({"day", "week", "month"})


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


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token that holds character ``char`` (the first token if none)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def fill_dates(events: Sequence[EventRecord], doc: Doc) -> None:
    """An undated event that happened takes the date of the story so far.

    First the one date its own sentence gives, if the clause rules left it aside; then the
    date of the nearest earlier dated event ("Thousands marched on Wednesday …
    Police arrested 30 people"), then the nearest date written a few sentences before it,
    then one written just after it ("… protested. The rally on Friday drew hundreds").
    """
    ordered = sorted(events, key=_start)
    sentence_of = _sentence_index(doc)
    times = [t for t in doc._.times or [] if _usable_date(t)]
    time_sentences: list[int] | None = None  # each time's sentence, found on first need
    for position, event in enumerate(ordered):
        if event.date is not None or event.modality not in HAPPENED or event.distinct:
            continue
        if time_sentences is None:
            time_sentences = [sentence_of[_token_at(doc, t.start)] for t in times]
        here = sentence_of[_start(event)]
        own = [t for t, s in zip(times, time_sentences, strict=True) if s == here]
        if len(own) == 1:  # "On February 5th, members … who … staged a protest"
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
    after it.
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
        before = [p for s, p in mentions if s < start]
        after = [p for s, p in mentions if s >= start]
        event.place = _most_local(list(reversed(before))) or _most_local(after)


def _most_local(places: list[object]) -> object | None:
    """The first place in the list that is not a whole country, else the first one."""
    for place in places:
        if getattr(place, "feature", None) != "country":
            return place
    return places[0] if places else None
