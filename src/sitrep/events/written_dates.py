"""Whether a time written in a sentence dates the event told there or something else.

A sentence may write several times, and not all of them date its event: a wire story's
dateline dates the story ("Sylhet, Jan 2 (UNB) -"), "Monday's baton charge" dates the
charge a bandh protests, "the polls scheduled on April 25" date the polls, a relative
clause set off by commas dates what it tells, and a bracket may restate a weekday's date.
The argument reader and the story's date fallbacks (``event_dates``) ask these rules alike,
so they live apart from both.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc

from sitrep.events.context import load_context_cues
from sitrep.knowledge.word_lists import read_yaml_model


class Located(Protocol):
    start: int
    end: int


TimeT = TypeVar("TimeT", bound=Located)


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


def dates_a_noun(text: str, time: Located, trigger_start: int, doc: Doc | None = None) -> bool:
    """Whether a time is a possessive or a noun's modifier that dates another noun than the
    trigger.

    "Congress observed a bandh against Monday's baton charge on party workers": Monday is
    when the baton charge happened, not the bandh; "Monday's attack" dates the attack. So
    does a date written in front of its noun (with ``doc``, whose tags tell the noun):
    "protesting the hanging of a 1993 Mumbai blasts convict", "the first day of the
    winter session", "against the government's January wage order". A plan's date ("the
    election slated for December 30") dates the plan, wherever the trigger stands, and a
    relative clause set off by a comma dates the noun it tells of with a month or a year
    ("supporters, who had backed her rise in 2011, marched on Thursday": 2011 dates the
    rise; ``_background_in_aside``).
    """
    possessive = text[time.start : time.end].endswith(("'s", "’s")) or text.startswith(
        ("'s", "’s"), time.end
    )
    if _planned_for(text, time) or _background_in_aside(text, time, trigger_start):
        return True
    if not possessive and not (doc is not None and _modifies_next_noun(doc, time)):
        return False
    return not (time.end <= trigger_start and len(text[time.end : trigger_start].split()) <= 2)


#: precisions of a time in a relative clause that tell its noun's background, not the event
BACKGROUND_PRECISIONS = frozenset({"month", "year"})


def _background_in_aside(text: str, time: Located, trigger_start: int) -> bool:
    """Whether a month or a year stands in a relative clause that does not hold the trigger.

    "Supporters, who had campaigned for him in 2019, marched on Thursday": the year tells
    who the supporters are. A day in such a clause is left to the callers' own rules: it is
    often the day of the harm the main clause ends ("a driver, who was burnt in a petrol
    bomb attack on Monday night, died on Tuesday"), which coders date by the attack.
    """
    if getattr(time, "precision", "") not in BACKGROUND_PRECISIONS:
        return False
    return in_aside(text, time, trigger_start)


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})


#: the two words before a time: "slated for", "scheduled on"
_TWO_WORDS_BEFORE = re.compile(r"(\w+)\s+(\w+)\s+(?:the\s+)?\Z")


def _planned_for(text: str, time: Located) -> bool:
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


def _modifies_next_noun(doc: Doc, time: Located) -> bool:
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


def in_aside(text: str, time: Located, trigger_start: int) -> bool:
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


def in_relative_clause(text: str, time: Located, trigger_start: int) -> bool:
    """Whether a time stands in a relative clause ("who …", "which …") that does not hold the
    trigger, set off by a comma or not.

    "Relatives of the men who were abducted on Monday staged a sit-in on Wednesday";
    "protested outside the house of the leader who was arrested on Friday": the clause's day
    dates the abduction or the arrest. Callers only prefer another time of the sentence to
    it (a note may tell the event itself in the clause). Where the trigger follows an aside
    set off by commas, the aside's day is left to the callers' own rules, as in
    ``_background_in_aside``: "a driver, who was burnt in an attack on Monday night, died on
    Tuesday" tells the harm the main clause ends.
    """
    window = max(0, time.start - _ASIDE_REACH)
    opener = _relative_pattern().search(text, window, time.start)
    if opener is None:
        return False
    if opener.start() <= trigger_start < time.start:
        return False  # "men who were abducted on Monday": the trigger's own clause
    set_off = text[: opener.start()].rstrip().endswith(",")
    return not (set_off and trigger_start > time.start)  # a driver, who was burnt …, died


def without_closed_asides(text: str) -> str:
    """The text less its relative clauses set off by two commas.

    "On 13 February, the activist, who was arrested for hurling a shoe, ended his fast": the
    aside stands between the date and the trigger, yet both belong to the main clause.
    """
    return _closed_aside_pattern().sub(",", text)


def dates_a_cause(text: str, time: Located, trigger_end: int) -> bool:
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


CLAIM_WORDS_PATH = Path(__file__).with_name("written_dates.yaml")
#: most words between a claim and the event noun it claims ("responsibility for the")
_CLAIMED_NOUN_REACH = 4
_WORD = re.compile(r"[\w'’-]+")


class ClaimWords(BaseModel):
    """The words that tell a claim of responsibility (``written_dates.yaml``)."""

    model_config = ConfigDict(frozen=True)
    claim_verbs: frozenset[str]
    claim_objects: frozenset[str]
    responsibility_verbs: frozenset[str]
    object_determiners: frozenset[str]
    claim_links: frozenset[str]


@functools.cache
def load_claim_words(path: Path = CLAIM_WORDS_PATH) -> ClaimWords:
    """The reviewed claim word lists; a broken file is named with what to fix."""
    return read_yaml_model(path, ClaimWords, "claim word lists")


def dates_a_claim(
    text: str,
    time: Located,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    sentence_times: Sequence[Located],
) -> bool:
    """Whether a time dates a claim of responsibility rather than the event the trigger
    names.

    "JNIM claimed responsibility on 6 April for the attack that killed 12 soldiers on 5
    April": 6 April is when the attack was claimed. A time belongs to the claim when it
    stands nearer the claim than the trigger; where the trigger is the claimed noun itself
    ("On Tuesday, al-Shabaab claimed the attack", "claimed responsibility for the bombing on
    Monday"), the time nearest the claim does too. The claim's own trigger keeps its date.
    """
    for claim_start, claim_end in _claims(text, sentence, trigger[0]):
        if claim_start <= trigger[0] < claim_end:
            return False
        if _words_apart(text, time, (claim_start, claim_end)) < _words_apart(text, time, trigger):
            return True
        claimed_noun = claim_end <= trigger[0] and _claims_the_noun(text[claim_end : trigger[0]])
        if claimed_noun:
            nearest = min(_words_apart(text, t, (claim_start, claim_end)) for t in sentence_times)
            if _words_apart(text, time, (claim_start, claim_end)) == nearest < _FAR:
                return True
    return False


def _claims_the_noun(between: str) -> bool:
    """Whether the words between a claim and the trigger make the trigger the claimed noun:
    "responsibility for the [attack]", "claimed the [bombing]", "claimed the suicide
    [bombing]"; not "claimed its hand in the [blast] that occurred on January 20"."""
    cues = load_claim_words()
    words = [word.lower() for word in _WORD.findall(between)]
    if words and words[0] in cues.claim_links:
        words = words[1:]
    if words and words[0] in cues.object_determiners:
        words = words[1:]
    return len(words) <= 1 and len(between.split()) <= _CLAIMED_NOUN_REACH


def _claims(text: str, sentence: tuple[int, int], trigger_start: int) -> list[tuple[int, int]]:
    """The character spans of the claims of responsibility in a sentence: "claimed
    responsibility", "took full responsibility", "claimed the attack" (a claim verb whose
    object is an event noun, not "claimed the lives of")."""
    cues = load_claim_words()
    words = list(_WORD.finditer(text, sentence[0], sentence[1]))
    lower = [word.group().lower() for word in words]
    found = []
    for i, word in enumerate(lower):
        following = lower[i + 1 : i + 4]
        if word in cues.claim_verbs | cues.responsibility_verbs:
            objects = [j for j, w in enumerate(following[:2]) if w in cues.claim_objects]
            if objects and (objects[0] == 0 or following[0] == "full"):
                found.append((words[i].start(), words[i + 1 + objects[0]].end()))
                continue
        if word not in cues.claim_verbs or not following:
            continue
        # "claimed the attack", "claimed the suicide bombing": the trigger is the claimed
        # noun ("the blast claimed the lives of nine" claims no trigger)
        if following[0] in cues.object_determiners:
            claimed = words[i + 2 : i + 4]
        else:
            claimed = words[i + 1 : i + 2]
        if any(noun.start() == trigger_start for noun in claimed):
            found.append((words[i].start(), words[i].end()))
    return found


#: a stop the sentence splitter may have missed ("on Saturday [3 October]. [IS claimed …")
_STOP = re.compile(r"[.;!?]\W*\s")
_FAR = 10**6


def _words_apart(text: str, time: Located, span: tuple[int, int]) -> int:
    """How many words stand between a time and a span of the text (very many across a
    stop: the time is another sentence's)."""
    if time.end <= span[0]:
        between = text[time.end : span[0]]
    elif span[1] <= time.start:
        between = text[span[1] : time.start]
    else:
        return 0
    return _FAR if _STOP.search(between) else len(between.split())


@functools.cache
def _aside_pattern() -> re.Pattern[str]:
    """A comma and a relative pronoun with no clause break up to the end of the searched text."""
    openers = "|".join(sorted(load_context_cues().aside_openers))
    return re.compile(rf",\s*(?:{openers})\b[^,.;:!?()\[\]\n]*\Z", re.IGNORECASE)


@functools.cache
def _relative_pattern() -> re.Pattern[str]:
    """A relative pronoun with no clause break up to the end of the searched text (a bracket
    inside the clause does not end it: "who were kidnapped by CPI (Maoist) cadres on Monday")."""
    openers = "|".join(sorted(load_context_cues().aside_openers - {"where"}))
    return re.compile(rf"\b(?:{openers})\b[^,.;:!?\n]*\Z", re.IGNORECASE)


@functools.cache
def _closed_aside_pattern() -> re.Pattern[str]:
    """A comma, a relative pronoun and its clause up to the next comma."""
    openers = "|".join(sorted(load_context_cues().aside_openers))
    return re.compile(rf",\s*(?:{openers})\b[^,.;:!?()\[\]\n]*,", re.IGNORECASE)
