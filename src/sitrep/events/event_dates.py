"""When an event happened if its own sentence leaves it undated: the story's dates.

"Thousands marched on Wednesday ... Police arrested 30 people": the arrests were on
Wednesday too. An undated event that happened takes its sentence's own date, else the
date of the nearest earlier event of its arena, else a date written a few sentences
around it; a note stamped with its day, a coarse date a day of the same kind of event
narrows, and a range's first day refine the result. Which written times date an event at
all is ``written_dates``' job; the arenas and cue words come from ``context``.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.annotate.extensions import document_text
from sitrep.annotate.timex.ranges import range_from_first_day
from sitrep.annotate.timex.types import Timex
from sitrep.events.context import HAPPENED, arena, cue_before, event_start, load_context_cues
from sitrep.events.record import EventRecord
from sitrep.events.written_dates import (
    TimeT,
    dates_a_cause,
    dates_a_claim,
    dates_a_noun,
    in_aside,
    in_relative_clause,
    story_dates,
)

#: how many sentences back (and forward) a date or place may stand from the event
SENTENCES_BACK = 3


SENTENCES_FORWARD = 2


#: a note this short that names a single day tells of that day throughout
SHORT_NOTE_SENTENCES = 6


DATED_PRECISIONS = frozenset({"day", "week", "month"})


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
    Earlier events and written dates count only from the event's own arena (a date told
    beside another arena's events is theirs); an event on a separate occasion takes only
    its own sentence's date.
    """
    ordered = sorted(events, key=event_start)
    sentence_of = _sentence_index(doc)
    text = document_text(doc)
    reference = doc._.reference_date
    _undo_dates_ahead(ordered, reference, text)
    times = story_dates(
        [t for t in doc._.times or [] if _usable_date(t) and not _ahead(t, reference, text)],
        text,
    )
    time_sentences: list[int] | None = None  # each time's sentence, found on first need
    owners = _time_owners(events, times)
    separate = load_context_cues().separate_occasion
    for position, event in enumerate(ordered):
        if event.date is not None or event.modality not in HAPPENED:
            continue
        if time_sentences is None:
            time_sentences = [sentence_of[_token_at(doc, t.start)] for t in times]
        here = sentence_of[event_start(event)]
        own_arena = arena(event.type)
        own = [
            t
            for t, s in zip(times, time_sentences, strict=True)
            if s == here
            and not dates_a_noun(text, t, event.triggers[0].start_char, doc)
            and not in_aside(text, t, event.triggers[0].start_char)
        ]
        own = [t for t in own if not dates_a_cause(text, t, event.triggers[0].end_char)] or own
        own = [t for t in own if not _dates_its_claim(doc, text, event, t, times)]
        # "relatives of the men who were abducted on Monday staged a sit-in on Wednesday"
        own = [
            t for t in own if not in_relative_clause(text, t, event.triggers[0].start_char)
        ] or own
        if own and len({_days(t) for t in own}) == 1:
            # "On February 5th, members … who … staged a protest"; "on Saturday [15 August]"
            event.date = own[0]
            continue
        if position > 0 and cue_before(event, separate):
            continue  # "In a separate operation, …": not on the day of the events told so far
        earlier = [
            e
            for e in ordered[:position]
            if e.date is not None
            and e.modality in HAPPENED
            and _usable_date(e.date)
            and arena(e.type) == own_arena
        ]
        if earlier:
            event.date = earlier[-1].date
            continue
        best: tuple[int, object] | None = None
        sentence_count = sentence_of[-1] + 1 if sentence_of else 0
        back, forward = _reach(times, sentence_count)
        one_day = _one_day_note(times, sentence_count)
        for timex, sentence in zip(times, time_sentences, strict=True):
            if own_arena not in owners.get(id(timex), {own_arena}) and not (
                one_day and own_arena == "force"
            ):
                continue  # another arena's events are told in its sentence
            distance = here - sentence
            if 0 < distance <= back or -forward <= distance < 0:
                rank = distance if distance > 0 else SENTENCES_BACK - distance
                if best is None or rank < best[0]:
                    best = (rank, timex)
        if best is not None:
            event.date = best[1]
    _refine_coarse_dates(ordered)
    # before the stamp: a coder's "[Day 2: Thursday]" names the day the note is coded for
    _from_first_joined_day(ordered, text, doc._.times or [])
    _date_by_stamp(ordered, text, times)
    _from_range_starts(ordered, text)
    _to_anniversaries(ordered, reference)


def _dates_its_claim(
    doc: Doc, text: str, event: EventRecord, time: TimeT, times: Sequence[TimeT]
) -> bool:
    """Whether a time of the event's sentence dates a claim of the event, not the event
    ("JNIM claimed responsibility on 6 April for the attack": see ``dates_a_claim``)."""
    trigger = event.triggers[0]
    sentence = doc[trigger.start].sent
    bounds = (sentence.start_char, sentence.end_char)
    in_sentence = [t for t in times if bounds[0] <= t.start < bounds[1]]
    return dates_a_claim(text, time, (trigger.start_char, trigger.end_char), bounds, in_sentence)


def _ahead(timex: object, reference: object, text: str) -> bool:
    """Whether a time begins after the publication date: no event that happened is dated so.

    A range's last day ("staged protests from 9-13 August" in a report of 10 August) is
    judged by the range's first.
    """
    if isinstance(timex, Timex):
        timex = range_from_first_day(text, timex) or timex
    first = getattr(timex, "first_day", None)
    return (
        isinstance(reference, datetime.date)
        and isinstance(first, datetime.date)
        and first > reference
    )


def _undo_dates_ahead(ordered: Sequence[EventRecord], reference: object, text: str) -> None:
    """An event told as having happened never took place after the report: its date is a
    plan's ("threatened to go on a hunger strike from July 24", "the polls due on 30 May")
    or a weekday read ahead, and the story's dates date it instead.

    A bare weekday read a few days ahead ("held rallies on Friday against plans to …" in a
    report of Saturday) is the last such weekday: the tense cue that put it ahead was
    another clause's.
    """
    for event in ordered:
        if event.modality not in HAPPENED or not _ahead(event.date, reference, text):
            continue
        event.date = _week_back(event.date, reference)


def _week_back(timex: object, reference: object) -> Timex | None:
    """A bare weekday read less than a week after ``reference``, a week earlier (else None)."""
    if not isinstance(timex, Timex) or timex.first_day is None or timex.precision != "day":
        return None
    if _EXPLICIT.search(timex.text) or not timex.value.startswith(timex.first_day.isoformat()):
        return None
    earlier = timex.first_day - datetime.timedelta(days=7)
    if not isinstance(reference, datetime.date) or earlier > reference:
        return None
    return dataclasses.replace(
        timex,
        value=earlier.isoformat() + timex.value[10:],
        first_day=earlier,
        last_day=earlier,
    )


#: event types a past year's day dates by its anniversary: a march marks the day it recalls
ANNIVERSARY_TYPES = frozenset({"PROTEST"})


#: how many days before the report an anniversary may fall and still be the event's day
ANNIVERSARY_REACH_DAYS = 7


#: how long ago a day must lie to be another year's, not the story's
PAST_YEAR_DAYS = 300


def _to_anniversaries(ordered: Sequence[EventRecord], reference: object) -> None:
    """A protest dated only by a day of a past year that recurs in the week before the
    report happened on its anniversary.

    "Students held a rally in memory of the children killed at the school on 16 December,
    2014" in a report of 17 December 2015: the rally marks the first anniversary, so its
    day is 16 December 2015. A day a past year's that does not recur within the week is
    left as written.
    """
    if not isinstance(reference, datetime.date):
        return
    for event in ordered:
        date = event.date
        if event.type not in ANNIVERSARY_TYPES or event.modality not in HAPPENED:
            continue
        if not isinstance(date, Timex) or date.precision != "day" or date.first_day is None:
            continue
        if (reference - date.first_day).days < PAST_YEAR_DAYS:
            continue
        anniversary = _recurrence_before(date.first_day, reference)
        if anniversary is not None:
            event.date = dataclasses.replace(
                date,
                value=anniversary.isoformat(),
                first_day=anniversary,
                last_day=anniversary,
            )


def _recurrence_before(day: datetime.date, reference: datetime.date) -> datetime.date | None:
    """The day's month and day in the week up to ``reference``, if they fall there."""
    for year in (reference.year, reference.year - 1):
        try:
            recurrence = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if 0 <= (reference - recurrence).days <= ANNIVERSARY_REACH_DAYS:
            return recurrence
    return None


#: what joins two days an event went on over: "on Friday and Saturday", "on Monday [5 October]
#: and Tuesday [6 October]"
_DAYS_JOINED = re.compile(r"[^\S\n]*[)\]]?[^\S\n]*(?:and|&)[^\S\n]+\Z")


def _from_first_joined_day(
    ordered: Sequence[EventRecord], text: str, times: Sequence[object]
) -> None:
    """An event dated by the second of two joined days ("Police on Friday and Saturday
    resorted to cane-charges", "unions on Tuesday and Wednesday staged a strike") began on
    the first: the first day dates it, as a range's first day does (``_from_range_starts``).
    A weekday the bracket after it restates counts as that bracket ("on Monday [5 October]
    and Tuesday [6 October]").
    """
    days = sorted(
        (t for t in times if isinstance(t, Timex) and t.precision == "day" and _usable_date(t)),
        key=lambda t: t.start,
    )
    for event in ordered:
        date = event.date
        if not isinstance(date, Timex) or date.precision != "day" or date.first_day is None:
            continue
        before = [t for t in days if t.end <= date.start]
        second_start = date.start
        if before and before[-1].first_day == date.first_day:
            second_start = before.pop().start  # "Tuesday [6 October]": the weekday it restates
        if not before:
            continue
        first = before[-1]
        if first.first_day is None or not first.first_day < date.first_day:
            continue
        if (date.first_day - first.first_day).days > JOINED_DAYS_SPAN:
            continue  # "on 2 March and 30 March": two occasions, not one event's days
        if _DAYS_JOINED.fullmatch(text, first.end, second_start):
            event.date = first


#: how many days apart two joined days may stand and still be one event's first and last
JOINED_DAYS_SPAN = 3


def _from_range_starts(ordered: Sequence[EventRecord], text: str) -> None:
    """An event dated by the last day of a range ("staged protests from 9-13 August",
    "between 3 and 5 June") took place from its first day: the range's first day dates it."""
    for event in ordered:
        if isinstance(event.date, Timex):
            event.date = (
                range_from_first_day(text, event.date)
                or _between_days(text, event.date)
                or event.date
            )


#: "between 3 and ", right before the day-first date that closes the range
_BETWEEN_OPENING = re.compile(
    r"\bbetween[^\S\n]+(?P<day>\d{1,2})(?:st|nd|rd|th)?[^\S\n]+and[^\S\n]+\Z", re.IGNORECASE
)
#: how far back "between" may stand from the date it ranges to
_BETWEEN_REACH = 20


def _between_days(text: str, timex: Timex) -> Timex | None:
    """ "Between 3 and 5 June 2023, militants attacked ...": the range's first day, bounded by
    its last, as ACLED codes an event told over days on the day it began."""
    return range_from_first_day(text, timex, _BETWEEN_OPENING, _BETWEEN_REACH)


#: readings coarser than a day, which a day told of the same kind of event may narrow
COARSE_PRECISIONS = frozenset({"week", "month", "year"})


def _refine_coarse_dates(ordered: Sequence[EventRecord]) -> None:
    """An event dated only by a week, month or year takes the day told of the same kind of
    event within that span.

    "A blogger has been hacked to death in Sylhet, the third such attack this year. Police
    said he was murdered … on Tuesday": the story tells one killing twice, and the day is
    the most specific date the text gives it. A day outside the span ("a protest started in
    December … continued on Monday" in January) is another occasion and changes nothing,
    and so is a plural ("has carried out similar attacks this year"): a series of occasions,
    not the one told with its day.
    """
    for event in ordered:
        coarse = event.date
        if event.modality not in HAPPENED or coarse is None or _told_in_plural(event):
            continue
        if getattr(coarse, "precision", "") not in COARSE_PRECISIONS:
            continue
        first, last = _days(coarse)
        if first is None or last is None:
            continue
        for other in ordered:
            fine = other.date
            if other is event or other.type != event.type or other.modality not in HAPPENED:
                continue
            if fine is None or getattr(fine, "precision", "") != "day":
                continue
            day = getattr(fine, "first_day", None)
            if day is not None and first <= day <= last:
                event.date = fine
                break


def _told_in_plural(event: EventRecord) -> bool:
    """Whether every trigger of an event is a plural noun ("attacks", "raids")."""
    return all(trigger[-1].tag_ in {"NNS", "NNPS"} for trigger in event.triggers)


def _one_day_note(times: Sequence[TimeT], sentences: int) -> bool:
    """Whether the story is a short note that names one day only.

    Such a note tells of that day throughout, and its street events take the day even where
    it is written beside talks or a refusal: "Visually impaired people staged a protest
    outside the assembly. Late Monday evening they were accommodated and a meeting with the
    government was arranged" — the protest was on Monday. Talks take no date from a protest
    this way: the street is what such notes report, the dealings are their sequel.
    """
    return sentences <= SHORT_NOTE_SENTENCES and len({_days(t) for t in times}) == 1


def _reach(times: Sequence[TimeT], sentences: int) -> tuple[int, int]:
    """How many sentences back and forward an event may take a written date from.

    A short note that names one day tells of that day throughout: "The protesters pelted
    stones at the temple. … A petrol bomb was hurled … on Wednesday [16 December]" — the
    stoning, three sentences before, was on Wednesday too. A longer story or one naming
    several days keeps to the sentences near the event.
    """
    if _one_day_note(times, sentences):
        return sentences, sentences
    return SENTENCES_BACK, SENTENCES_FORWARD


#: a bracketed date after the note's last sentence: "… alongside the blockade. (27/01)", or
#: a coder's day of a running story: "… clashes on Wednesday night and Thursday. [Day 2: Thursday]"
_STAMP = re.compile(r"[(\[][^\S\n]*(?:Day[^\S\n]*\d{1,2}[^\S\n]*:[^\S\n]*)?$")


_STAMP_END = re.compile(r"[^\S\n]*[)\]][^\S\n]*\.?\s*$")


#: a time written with a month or a number is explicit; one without ("on Friday") is not
_EXPLICIT = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)


def _date_by_stamp(ordered: Sequence[EventRecord], text: str, times: Sequence[TimeT]) -> None:
    """A note stamped with a bracketed date after its last sentence happened on that date.

    Coders and wire desks stamp a note with its day ("The 20-party combine enforced the
    shutdown alongside the nationwide blockade. (27/01)"), where the text copied from an
    earlier report may still say "on Friday". The stamp dates every event told as having
    happened, except one whose own explicit date ("on 25 January") says otherwise.
    """
    if not times:
        return
    stamp = max(times, key=lambda t: t.start)
    opening = _STAMP.search(text, 0, stamp.start)
    if opening is None or not _STAMP_END.match(text, stamp.end):
        return
    if text[: opening.start()].rstrip()[-1:] not in {".", "!", "?"}:
        return  # "… around 9:30pm (19/01)": the bracket belongs to its sentence's time
    for event in ordered:
        if event.modality not in HAPPENED:
            continue
        own = event.date
        if own is None or not _EXPLICIT.search(str(getattr(own, "text", "") or "")):
            event.date = stamp


def _time_owners(events: Sequence[EventRecord], times: Sequence[TimeT]) -> dict[int, set[str]]:
    """The arenas of the events told in each time's sentence, by the time's ``id``.

    "Three members were killed on February 13": the date belongs to the killing, and an
    agreement told two sentences later does not take it. A demand or an accusation
    (``voiced_in_either_arena``) owns no date: it is voiced at a protest as at talks, and
    "People on Monday marched demanding justice. A rally was organised by …" tells the
    rally of Monday's march even where the march itself went unread.
    """
    voiced = load_context_cues().voiced_in_either_arena
    owners: dict[int, set[str]] = {}
    for event in events:
        if event.type in voiced:
            continue
        for span in event.evidence:
            for timex in times:
                if span.start_char <= timex.start < span.end_char:
                    owners.setdefault(id(timex), set()).add(arena(event.type))
    return owners
