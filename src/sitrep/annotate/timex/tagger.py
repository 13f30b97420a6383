"""tag_times: find time expressions with the rule grammar and normalise them.

Steps: every rule proposes candidates; names ("The Sunday Times", "the May 9
Movement") and identifiers ("Route 66") are dropped; the longest candidates win
overlaps; a clock time is joined to its day ("10 p.m. Wednesday"); and modifiers
in front of a date ("early March", "mid-2022", "the end of 1990") join its span.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitrep.annotate.timex import values
from sitrep.annotate.timex.grammar import alternation, vocabulary
from sitrep.annotate.timex.lexicon import DEFAULT_LEXICON_PATH, Lexicon, load_lexicon, per_lexicon
from sitrep.annotate.timex.rules import Context, build_rules
from sitrep.annotate.timex.tense import TenseOracle, split_sentences
from sitrep.annotate.timex.types import Timex
from sitrep.annotate.timex.values import ANAPHOR_PREFIX, Value

_MODIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<mod>(?P<word>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)(?:\s+on)?"
    r"|(?P<mid>[Mm]id)|[Tt]he\s+(?P<part>beginning|start|end|middle|turn|close)\s+of)(?:\s*-\s*|\s+)$"
)
_MOD_CODES = {"early": "START", "beginning": "START", "start": "START", "turn": "START"}
_MOD_CODES |= {"mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END"}
_CLOCK_VALUE = re.compile(r"T(?:\d\d:\d\d|\d\d)Z?$")
# No line breaks inside: a clock time ending one line and a date heading the next
# are two expressions.
_DAY_THEN_CLOCK_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:at\s+|around\s+|about\s+)?")
# "around 9:30pm (19/01)": a day in brackets right after a clock time is that time's day.
_CLOCK_THEN_DAY_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:on\s+|(?P<bracket>[(\[])[^\S\n]*)?")
_CLOSING_BRACKET = re.compile(r"[^\S\n]*[)\]]")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    priority: int
    value: Value


@per_lexicon
def _blocked_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(lexicon.blocked_phrases)}(?!\w)")


def tag_times(
    text: str,
    reference: datetime.date | None,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    lexicon_path: Path = DEFAULT_LEXICON_PATH,
) -> list[Timex]:
    """Find and normalise the time expressions of an English news text.

    ``reference`` is the publication date (see :func:`find_dateline` when unknown);
    without it relative expressions get X-ed values ("XXXX-WXX-5") and no day range.
    ``sentences`` are (start, end) offsets used to judge tense; when None the text
    is split cheaply on sentence-final punctuation.
    """
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    lexicon = load_lexicon(lexicon_path)
    spans = list(sentences) if sentences is not None else split_sentences(text)
    context = Context(text, reference, vocabulary(lexicon), TenseOracle(text, spans, lexicon))
    candidates = _candidates(text, context, lexicon)
    chosen = _longest_without_overlap(candidates)
    chosen = _anchor_to_last_named_day(chosen, reference)
    chosen = _join_clock_and_day(text, chosen)
    return [_with_modifier(text, candidate) for candidate in chosen]


def _candidates(text: str, context: Context, lexicon: Lexicon) -> list[_Candidate]:
    blocked = [(m.start(), m.end()) for m in _blocked_pattern(lexicon).finditer(text)]
    name_heads = set(lexicon.name_heads)
    found: list[_Candidate] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # rare characters whose lower case is longer
        lowered = ""
    windows_by_trigger: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for priority, rule in enumerate(build_rules(lexicon)):
        has_lead = "lead" in rule.pattern.groupindex
        if rule.trigger not in windows_by_trigger:
            windows_by_trigger[rule.trigger] = _windows(text, lowered, rule.trigger)
        for match in _matches(text, rule.pattern, windows_by_trigger[rule.trigger]):
            start = match.end("lead") if has_lead and match["lead"] else match.start()
            end = match.end()
            if any(b_start < end and start < b_end for b_start, b_end in blocked):
                continue
            if _names_something(text, start, end, context, name_heads):
                continue
            value = rule.handler(match, context)
            if value is not None:
                found.append(_Candidate(start, end, priority, value))
    return found


_WINDOW_MARGIN = 80
_NEXT_SPACE = re.compile(r"\s|$")


def _windows(text: str, lowered: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged stretches of text around the keyword matches of a rule's trigger."""
    if not lowered:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    for found in trigger.finditer(lowered):
        start = max(0, found.start() - _WINDOW_MARGIN)
        end_space = _NEXT_SPACE.search(text, min(len(text), found.end() + _WINDOW_MARGIN))
        end = end_space.start() if end_space else len(text)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _matches(
    text: str, pattern: re.Pattern[str], windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _names_something(text: str, start: int, end: int, context: Context, heads: set[str]) -> bool:
    """True for "the May 9 Movement", "The Sunday Times": a date word inside a name."""
    if text[start:end].lower().startswith("the"):
        return False
    return context.word_before(start).lower() == "the" and context.word_after(end) in heads


def _longest_without_overlap(candidates: list[_Candidate]) -> list[_Candidate]:
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken = bytearray(max((c.end for c in candidates), default=0))
    chosen: list[_Candidate] = []
    for candidate in ranked:
        if any(taken[candidate.start : candidate.end]):
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _is_clock(candidate: _Candidate) -> bool:
    return candidate.value.type == "TIME" and bool(_CLOCK_VALUE.search(candidate.value.value))


def _is_day(candidate: _Candidate) -> bool:
    return (
        candidate.value.precision == "day"
        and not _is_clock(candidate)
        and candidate.value.type in {"DATE", "TIME"}
    )


def _join_clock_and_day(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Join a clock time and its day ("10 p.m. Wednesday", "Friday at 9 a.m.") into one TIME."""
    joined: list[_Candidate] = []
    index = 0
    while index < len(chosen):
        current = chosen[index]
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following is not None:
            gap = text[current.end : following.start]
            clock, day, end = None, None, following.end
            clock_then_day = _CLOCK_THEN_DAY_GAP.fullmatch(gap)
            if _is_clock(current) and _is_day(following) and clock_then_day:
                clock, day = current, following
                closing = _CLOSING_BRACKET.match(text, end)
                if clock_then_day["bracket"]:
                    if closing is None:
                        clock = None  # "9 pm (19/01 to 20/01)": not one bracketed day
                    else:
                        end = closing.end()
            elif _is_day(current) and _is_clock(following) and _DAY_THEN_CLOCK_GAP.fullmatch(gap):
                clock, day = following, current
            if clock is not None and day is not None:
                joined.append(_merged(current.start, end, clock, day))
                index += 2
                continue
        joined.append(current)
        index += 1
    return joined


def _anchor_to_last_named_day(
    chosen: list[_Candidate], reference: datetime.date | None
) -> list[_Candidate]:
    """Resolve "later that day", "the following year" and bare clock times ("at 10 p.m.").

    News names the time of an event once ("on Friday ... at 10 p.m.", "in 1995 ...
    the following year"); before any is named, the publication date is meant. A
    clock time written next to its own day ("10 p.m. Wednesday") is joined to that
    day afterwards. A clock time before any day is named keeps the publication date
    in its TIMEX3 value but covers no calendar day: "around 9 p.m." alone does not
    say which day (a report of yesterday's attack gives the hour, not the date).
    """
    resolved: list[_Candidate] = []
    day_named = False
    last_day: datetime.date | None = reference
    last_date: datetime.date | None = reference
    for candidate in chosen:
        value = candidate.value
        if value.value.startswith(ANAPHOR_PREFIX):
            last = last_day if value.precision == "day" else last_date
            if last is None:
                value = values.unresolved("XXXX-XX-XX", value.precision)
            else:
                value = values.resolve_anaphor(value.value, last)
        elif _is_clock(candidate):
            if last_day is not None and value.first_day != last_day:
                clock_part = value.value.split("T", 1)[1]
                day = last_day.isoformat()
                value = Value("TIME", f"{day}T{clock_part}", last_day, last_day, "day")
            if not day_named:
                value = _without_day(value)
        elif value.first_day is not None and value.type in {"DATE", "TIME"}:
            last_date = value.first_day
            if value.precision == "day":
                last_day = value.first_day
                day_named = True
        resolved.append(_Candidate(candidate.start, candidate.end, candidate.priority, value))
    return resolved


def _without_day(value: Value) -> Value:
    """A clock time whose day the text does not give: its value, but no day range."""
    return Value(value.type, value.value, None, None, "unknown", value.mod)


def _merged(start: int, end: int, clock: _Candidate, day: _Candidate) -> _Candidate:
    clock_part = clock.value.value.split("T", 1)[1]
    date_part = day.value.value.split("T", 1)[0]
    value = Value(
        "TIME", f"{date_part}T{clock_part}", day.value.first_day, day.value.last_day, "day"
    )
    return _Candidate(start, end, min(clock.priority, day.priority), value)


def _with_modifier(text: str, candidate: _Candidate) -> Timex:
    start, value = candidate.start, candidate.value
    if value.first_day is not None and value.type in {"DATE", "TIME"}:
        window_start = max(0, start - 30)
        found = _MODIFIER_BEFORE.search(text, window_start, start)
        if found and found.end() == start:
            start = found.start()
            word = (found["word"] or found["mid"] or found["part"] or "").lower()
            value = value.with_mod(_MOD_CODES.get(word, value.mod))
    return Timex(
        start=start,
        end=candidate.end,
        text=text[start : candidate.end],
        type=value.type,
        value=value.value,
        first_day=value.first_day,
        last_day=value.last_day,
        precision=value.precision,
        mod=value.mod,
    )
