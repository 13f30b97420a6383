"""The article as context: when and where an event happened if its own sentence does not say.

News tells a story once and then adds to it: "Clashes erupted in Chirang district on
May 16. Activists set the toll gate on fire." The second event happened on the day and
in the place the story already gave. These fallbacks run after event coreference, and
only for events told as having happened (not expected, denied or hypothetical ones).
An event the text marks as another one ("protesters also clashed with police") takes
the story's date, as a coder of the report would, but not its place: it may have
happened elsewhere; one set on an occasion of its own ("in a separate operation")
takes neither.

A story has two arenas: force and the street (PLOVER's material conflict: assaults,
arrests, protests, mobilisation) and the dealings between parties (talks, visits,
agreements, demands, rejections, cooperation). An event takes the date or place of an
earlier event of its own arena only: talks after a bombing did not happen on the day of
the bombing because the article tells them next, nor where it happened. A statement
(PLOVER's verbal types: "rejected talks", "secured a commitment") happens where it is
said, which the story's places do not tell, so it takes a place only from its sentence.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import yaml
from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text
from sitrep.annotate.timex.ranges import range_from_first_day
from sitrep.annotate.timex.types import Timex
from sitrep.events.record import EventRecord

CUES_PATH = Path(__file__).with_name("context.yaml")


class _Located(Protocol):
    start: int
    end: int


TimeT = TypeVar("TimeT", bound=_Located)
PlaceT = TypeVar("PlaceT")
HAPPENED = frozenset({"asserted", "reported", "claimed"})
#: how many sentences back (and forward) a date or place may stand from the event
SENTENCES_BACK = 3
SENTENCES_FORWARD = 2
#: a note this short that names a single day tells of that day throughout
SHORT_NOTE_SENTENCES = 6
DATED_PRECISIONS = frozenset({"day", "week", "month"})
#: what stands before a dateline's date: the story's opening place and a comma ("Sylhet, ")
_DATELINE_HEAD = re.compile(r"\s*[A-Z][^\n.,()\[\]]{0,40},\s*")
#: what follows a dateline's date: the agency in brackets or a dash ("Jan 2 (UNB)", "March 3 -")
_DATELINE_TAIL = re.compile(r"\s*(?:\(|—|–|-|:)")
#: what follows the date of a dateline that opens the text with no place: an agency in
#: brackets or a dash ("Jan 21 (UNB)", "March 3 --"), not any bracket ("Tuesday (20/01)")
_DATELINE_AGENCY_TAIL = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,15}\)|—|–|-)")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start:end`` is a wire story's dateline ("Sylhet, Jan 2 (UNB) -").

    The dateline dates the story, not the events it tells: "Sylhet, Jan 2 (UNB) - Two
    people were hurt when ... on Friday night" happened on Friday night.
    """
    if not text[:start].strip():  # "Jan 21 (UNB) - …": a dateline without its place
        return _DATELINE_AGENCY_TAIL.match(text, end) is not None
    return (
        _DATELINE_HEAD.fullmatch(text[:start]) is not None
        and _DATELINE_TAIL.match(text, end) is not None
    )


def dates_a_noun(text: str, time: _Located, trigger_start: int, doc: Doc | None = None) -> bool:
    """Whether a time is a possessive or a noun's modifier that dates another noun than the
    trigger.

    "Congress observed a bandh against Monday's baton charge on party workers": Monday is
    when the baton charge happened, not the bandh; "Monday's attack" dates the attack. So
    does a date written in front of its noun (with ``doc``, whose tags tell the noun):
    "protesting the hanging of a 1993 Mumbai blasts convict", "the first day of the
    winter session", "against the government's January wage order". A plan's date ("the
    election slated for December 30") dates the plan, wherever the trigger stands.
    """
    possessive = text[time.start : time.end].endswith(("'s", "’s")) or text.startswith(
        ("'s", "’s"), time.end
    )
    if _planned_for(text, time):
        return True
    if not possessive and not (doc is not None and _modifies_next_noun(doc, time)):
        return False
    return not (time.end <= trigger_start and len(text[time.end : trigger_start].split()) <= 2)


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
#: the two words before a time: "slated for", "scheduled on"
_TWO_WORDS_BEFORE = re.compile(r"(\w+)\s+(\w+)\s+(?:the\s+)?\Z")


def _planned_for(text: str, time: _Located) -> bool:
    """Whether a time is the date a noun before it is planned for ("the municipal election
    slated for December 30", "polls scheduled on January 31"): it dates the plan's noun, not
    the violence told around it (``planned_date_verbs``)."""
    words = _TWO_WORDS_BEFORE.search(text, max(0, time.start - 40), time.start)
    if words is None:
        return False
    cues = load_context_cues()
    return (
        words[1].lower() in cues.planned_date_verbs
        and words[2].lower() in cues.planned_date_prepositions
    )


def _modifies_next_noun(doc: Doc, time: _Located) -> bool:
    """Whether a date stands inside a noun phrase, before its noun ("of the 2015 budget").

    Only after a word that opens a noun phrase (``noun_phrase_openers``: "of", "the",
    a possessive): "on Friday police arrested" and "police Friday arrested" date the
    arrest.
    """
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return (
        before.lower_ in load_context_cues().noun_phrase_openers
        and after.tag_ in _NOUN_TAGS
        and after.is_alpha
    )


def story_dates(times: Sequence[TimeT], text: str) -> list[TimeT]:
    """The times without the dateline's (unless the dateline's is the only one) and without
    those a bracketed date restates."""
    told = [t for t in times if not in_dateline(text, t.start, t.end)]
    return without_restated(told or list(times), text)


#: what stands between a time and the bracketed date that restates it: "Monday [31 August]"
_RESTATING_GAP = re.compile(r"[^\S\n]*[(\[][^\S\n]*")


def without_restated(times: Sequence[TimeT], text: str) -> list[TimeT]:
    """The times less those a bracketed date right after restates ("on Monday [31 August]",
    "on Wednesday (28/01)").

    The bracket is the writer's or coder's exact date for the weekday: where the two
    disagree (a weekday read a week off, or misnamed), the written date is the one meant.
    Only a bracket whose month is misnamed yields ("on Wednesday [30 October]" in a note of
    1 October: the Wednesday is 30 September), and then the bracket is dropped instead.
    """
    ordered = sorted(times, key=lambda t: t.start)
    dropped: set[int] = set()
    for time, following in itertools.pairwise(ordered):
        if not _RESTATING_GAP.fullmatch(text, time.end, following.start):
            continue
        if text[following.end : following.end + 1] not in {")", "]"}:
            continue
        dropped.add(id(following) if _month_misnamed(following, time) else id(time))
    return [t for t in times if id(t) not in dropped]


def _month_misnamed(bracket: object, weekday: object) -> bool:
    """Whether a bracketed date names the weekday's day of the month in another month: a
    slip of the month ("Saturday [19 August]" for Saturday 19 September), not of the day."""
    written, read = getattr(bracket, "first_day", None), getattr(weekday, "first_day", None)
    if not isinstance(written, datetime.date) or not isinstance(read, datetime.date):
        return False
    if getattr(bracket, "precision", "") != "day" or getattr(weekday, "precision", "") != "day":
        return False
    return written != read and written.day == read.day and written.month != read.month


#: how far back from a time its relative clause's opening word may stand
_ASIDE_REACH = 200
#: what closes a clause: the comma or stop after an aside ("…, which go to polls on April 25,")
_CLAUSE_END = re.compile(r"[,.;:!?()\[\]\n]")


def in_aside(text: str, time: _Located, trigger_start: int) -> bool:
    """Whether a time stands in a relative clause set off by a comma that does not hold the
    trigger.

    "Areas in Dum Dum and Maheshtala, which go to polls on April 25, were witness to bombings
    on Wednesday": April 25 is when the polls are, not the bombings. A time in the clause of
    the trigger itself ("police detained him, who had been on strike since May 1") keeps
    dating its own event.
    """
    window = max(0, time.start - _ASIDE_REACH)
    opener = _aside_pattern().search(text, window, time.start)
    if opener is None:
        return False
    closer = _CLAUSE_END.search(text, time.end)
    aside_end = closer.start() if closer is not None else len(text)
    return not opener.start() <= trigger_start < aside_end


def dates_a_cause(text: str, time: _Located, trigger_end: int) -> bool:
    """Whether a time after the trigger stands in a cause phrase and dates its event noun.

    "A hartal, in protest against the attack on her motorcade on Monday, went on peacefully
    on Wednesday"; "people clashed with police over the killing of a trader on Friday": the
    attack was on Monday and the killing on Friday. Callers only prefer another time of the
    sentence to it: a note may put the event's own date last ("protested against the murder
    of a leader in Chandwa on 16 June"), so it is not dropped where it is the only one. The
    cause phrase must stand in the time's clause: no comma or stop between them.
    """
    if time.start < trigger_end:
        return False
    between = text[trigger_end : time.start]
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(between)), default=0)
    cues = load_context_cues()
    words = [w.strip("'’\"").lower() for w in between[clause_start:].split()]
    for i, word in enumerate(words):
        if word in cues.cause_prepositions:
            following = words[i + 1 : i + 2 + cues.cause_noun_window]
            if any(w in cues.cause_event_nouns for w in following):
                return True
    return False


@functools.cache
def _aside_pattern() -> re.Pattern[str]:
    """A comma and a relative pronoun with no clause break up to the end of the searched text."""
    openers = "|".join(sorted(load_context_cues().aside_openers))
    return re.compile(rf",\s*(?:{openers})\b[^,.;:!?()\[\]\n]*\Z", re.IGNORECASE)


@dataclass(frozen=True)
class ContextCues:
    separate_occasion: frozenset[str]
    repeat: frozenset[str]
    repeat_window: int
    sequel: frozenset[str]
    noun_phrase_openers: frozenset[str]
    voiced_in_either_arena: frozenset[str]
    aside_openers: frozenset[str]
    cause_prepositions: frozenset[str]
    cause_event_nouns: frozenset[str]
    cause_noun_window: int
    planned_date_verbs: frozenset[str]
    planned_date_prepositions: frozenset[str]


@functools.cache
def load_context_cues(path: Path = CUES_PATH) -> ContextCues:
    """The reviewed cue words of ``context.yaml``, read once per process."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return ContextCues(
            separate_occasion=frozenset(data["separate_occasion_cues"]),
            repeat=frozenset(data["repeat_cues"]),
            repeat_window=int(data["repeat_cue_window"]),
            sequel=frozenset(data["sequel_cues"]),
            noun_phrase_openers=frozenset(data["noun_phrase_openers"]),
            voiced_in_either_arena=frozenset(data["voiced_in_either_arena"]),
            aside_openers=frozenset(data["aside_openers"]),
            cause_prepositions=frozenset(data["cause_prepositions"]),
            cause_event_nouns=frozenset(data["cause_event_nouns"]),
            cause_noun_window=int(data["cause_noun_window"]),
            planned_date_verbs=frozenset(data["planned_date_verbs"]),
            planned_date_prepositions=frozenset(data["planned_date_prepositions"]),
        )
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise ValueError(
            f"The event context cues {path} are missing or invalid ({error!r}); restore the "
            "file from the sitrep package with its keys separate_occasion_cues, repeat_cues, "
            "repeat_cue_window, sequel_cues, noun_phrase_openers, voiced_in_either_arena, "
            "aside_openers, the cause_ keys and the planned_date_ keys."
        ) from error


@functools.cache
def _quad(event_type: str) -> str:
    from sitrep.knowledge.ontology import load_ontology

    definition = load_ontology().plover.types.get(event_type)
    return definition.quad if definition is not None else "material_conflict"


def arena(event_type: str) -> str:
    """ "force" for PLOVER's material conflict (assaults, arrests, protests), else "dealings"."""
    return "force" if _quad(event_type) == "material_conflict" else "dealings"


def is_statement(event_type: str) -> bool:
    """Whether PLOVER counts the type as verbal: it happens where it is said."""
    return _quad(event_type).startswith("verbal")


def _cue_before(event: EventRecord, cues: frozenset[str], window: int | None = None) -> bool:
    """Whether a cue word stands before the event's first trigger in its sentence (within
    ``window`` tokens when given)."""
    trigger = event.triggers[0]
    sentence = trigger.sent
    start = sentence.start if window is None else max(sentence.start, trigger.start - window)
    return any(token.lower_ in cues for token in trigger.doc[start : trigger.start])


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
    Earlier events and written dates count only from the event's own arena (a date told
    beside another arena's events is theirs); an event on a separate occasion takes only
    its own sentence's date.
    """
    ordered = sorted(events, key=_start)
    sentence_of = _sentence_index(doc)
    text = document_text(doc)
    times = story_dates([t for t in doc._.times or [] if _usable_date(t)], text)
    time_sentences: list[int] | None = None  # each time's sentence, found on first need
    owners = _time_owners(events, times)
    separate = load_context_cues().separate_occasion
    for position, event in enumerate(ordered):
        if event.date is not None or event.modality not in HAPPENED:
            continue
        if time_sentences is None:
            time_sentences = [sentence_of[_token_at(doc, t.start)] for t in times]
        here = sentence_of[_start(event)]
        own_arena = arena(event.type)
        own = [
            t
            for t, s in zip(times, time_sentences, strict=True)
            if s == here
            and not dates_a_noun(text, t, event.triggers[0].start_char, doc)
            and not in_aside(text, t, event.triggers[0].start_char)
        ]
        own = [t for t in own if not dates_a_cause(text, t, event.triggers[0].end_char)] or own
        if own and len({_days(t) for t in own}) == 1:
            # "On February 5th, members … who … staged a protest"; "on Saturday [15 August]"
            event.date = own[0]
            continue
        if position > 0 and _cue_before(event, separate):
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
    _date_by_stamp(ordered, text, times)
    _from_range_starts(ordered, text)


def _from_range_starts(ordered: Sequence[EventRecord], text: str) -> None:
    """An event dated by the last day of a range ("staged protests from 9-13 August") took
    place from its first day: the range's first day dates it."""
    for event in ordered:
        if isinstance(event.date, Timex):
            event.date = range_from_first_day(text, event.date) or event.date


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


def _same_actor(one: object | None, other: object | None) -> bool:
    if one is None or other is None:
        return False
    actor = getattr(one, "actor_id", None)
    return one is other or (actor is not None and actor == getattr(other, "actor_id", None))


def fill_repeated_sources(events: Sequence[EventRecord]) -> None:
    """An agentless event told as a repeat takes the agent of the earlier one of its kind.

    "The Taliban detained a senior ISKP officer. Other ISKP members were also apprehended
    recently": the second arrest, passive and with no agent, was the Taliban's too. Only
    an earlier event of the same type and mode that happened, with no other target.
    """
    cues = load_context_cues()
    ordered = sorted(events, key=_start)
    for position, event in enumerate(ordered):
        if event.source is not None or event.modality not in HAPPENED:
            continue
        if not _cue_before(event, cues.repeat, cues.repeat_window):
            continue
        earlier = next(
            (
                e
                for e in reversed(ordered[:position])
                if e.type == event.type
                and e.mode == event.mode
                and e.source is not None
                and e.modality in HAPPENED
            ),
            None,
        )
        if earlier is None or _same_actor(earlier.source, event.target):
            continue
        if (
            event.target is None
            or earlier.target is None
            or _same_actor(event.target, earlier.target)
        ):
            event.source, event.source_span = earlier.source, earlier.source_span


def fill_counterparts(events: Sequence[EventRecord], requires_target: frozenset[str]) -> None:
    """Cooperation between two parties where the sentence names one: the other is the party
    the story's latest dealing had it with.

    "Pakistan secured a commitment from the Taliban ... The Afghan interim government
    shared information about its counterterrorism measures": shared it with Pakistan.
    ``requires_target`` are the types that always have a counterpart (COOPERATE, AID).
    """
    ordered = sorted(events, key=_start)
    for position, event in enumerate(ordered):
        if event.type not in requires_target or event.target is not None or event.source is None:
            continue
        for earlier in reversed(ordered[:position]):
            if arena(earlier.type) != "dealings" or earlier.modality not in HAPPENED:
                continue
            if _same_actor(earlier.source, event.source) and earlier.target is not None:
                event.target, event.target_span = earlier.target, earlier.target_span
            elif _same_actor(earlier.target, event.source) and earlier.source is not None:
                event.target, event.target_span = earlier.source, earlier.source_span
            else:
                continue
            break


def fill_places(events: Sequence[EventRecord], doc: Doc) -> None:
    """An event with no place in its sentence happened where the story is.

    The place of the nearest earlier event of its arena that has one, else the nearest
    place named before it in the article (a smaller place before a country), else the
    first named after it; places alone in their country yield to those another place
    backs. A statement takes no place from the story, nor does an event the text marks
    as another one ("also", "another"), unless only as a later one ("later"). Any event
    first takes a town or region its own sentence names, even one nearer another trigger
    or inside its actor's name (`sentence_place`).
    """
    from sitrep.events.lexicon import load_triggers
    from sitrep.events.place_choice import names_a_cause, names_elsewhere, sole_region_place

    ordered = sorted(events, key=_start)
    sequel = load_context_cues().sequel
    distinct_cues = load_triggers().distinct_cues
    text = document_text(doc)
    mentions: list[tuple[int, object]] = []
    for place in doc._.places or []:
        if place.point() is None:
            continue
        for mention in place.mentions:
            if names_elsewhere(text, mention.start_char):  # "a native of Jessore"
                continue
            if not names_a_cause(text, mention.end_char):  # "Kashmir Day", "Kashmir dispute"
                mentions.append((mention.start, place))
    mentions.sort(key=lambda m: m[0])
    for position, event in enumerate(ordered):
        if event.place is not None:
            continue
        event.place = sentence_place(event, doc, local_only=True)
        if event.place is not None or is_statement(event.type):
            continue
        if event.distinct and not _sequel_only(event, distinct_cues, sequel):
            event.place = sentence_place(event, doc, local_only=False)
            if event.place is None and event.modality in HAPPENED:
                event.place = sole_region_place(doc)  # another event, but nowhere else told
            continue
        earlier = [
            e
            for e in ordered[:position]
            if e.place is not None and arena(e.type) == arena(event.type)
        ]
        if earlier and event.modality in HAPPENED:
            event.place = earlier[-1].place
            continue
        start = _start(event)
        located = list({id(p): p for _, p in mentions}.values())
        backed = set(map(id, coherent_places(located, located)))
        before = [p for s, p in mentions if s < start and id(p) in backed]
        after = [p for s, p in mentions if s >= start and id(p) in backed]
        event.place = _most_local(list(reversed(before))) or _most_local(after)


def sentence_place(event: EventRecord, doc: Doc, *, local_only: bool) -> object | None:
    """The place the event's own sentence names, for an event the argument reader left
    without one.

    The reader takes only places nearest the event's own trigger and outside its actors;
    when that leaves nothing, a place of the same sentence is still better evidence than
    the rest of the story: "were burnt alive after picketers hurled a bomb at a bus in
    Bogra" (nearer "hurled"), "students of Rajshahi University protested" (inside the
    actor). A people's name ("Pakistani troops") is no place; with ``local_only``, nor is
    a whole country ("Pakistan fired mortars").
    """
    from sitrep.events.place_choice import (
        corrected_place,
        names_a_cause,
        yield_elsewhere,
        yield_grievances,
    )
    from sitrep.resolve.geo.event_place import choose_event_place

    trigger = event.triggers[0]
    sentence = trigger.sent
    text = document_text(doc)
    found: list[tuple[object, Span]] = []
    for place in doc._.places or []:
        if place.point() is None or (
            local_only and getattr(place.point(), "feature", None) == "country"
        ):
            continue
        for mention in place.mentions:
            if (
                mention.label_ != "NORP"
                and sentence.start <= mention.start < sentence.end
                and not names_a_cause(text, mention.end_char)  # "rallied on Kashmir Day"
            ):
                found.append((place, mention))
    if not found:
        return None
    backed = coherent_places([f[0] for f in found], doc._.places or [])
    found = yield_elsewhere(text, [f for f in found if f[0] in backed])
    if event.type == "PROTEST":  # "rallied in Lahore against the killing in Karachi"
        found = yield_grievances(trigger, found)
    chosen = choose_event_place(
        text,
        (trigger.start_char, trigger.end_char),
        [(m.start_char, m.end_char) for _, m in found],
    )
    if chosen is None:
        return None
    in_sentence = list({id(f[0]): f[0] for f in found}.values())
    return corrected_place(doc, sentence, found[chosen][0], in_sentence)


def _sequel_only(event: EventRecord, distinct_cues: frozenset[str], sequel: frozenset[str]) -> bool:
    """Whether only a sequel word ("later") marks the event as another one."""
    return _cue_before(event, sequel) and not _cue_before(event, distinct_cues - sequel)


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
