"""The grammar: one regular expression and one normalising handler per kind of expression.

Each rule's pattern may capture a named group ``span`` when the words that license a
match (a preposition before a bare year, say) are not part of the TimeML span.
Handlers return a :class:`Value` or None to reject the match (ages, counts, names).
Rules earlier in the list win ties between equally long overlapping matches.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dateutil.easter import easter

from sitrep.annotate.timex import anchoring, numeric, values
from sitrep.annotate.timex.grammar import Vocabulary, alternation, parse_number, vocabulary
from sitrep.annotate.timex.lexicon import Holiday, Lexicon, NthWeekday, per_lexicon
from sitrep.annotate.timex.tense import Tense, TenseOracle
from sitrep.annotate.timex.values import Value

_WORD_BEFORE = re.compile(r"([\w.'’$€£#-]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([\w.'’%-]+)")

MONTH_CUES = frozenset(
    [
        *("in", "since", "by", "until", "till", "through", "throughout", "into", "before"),
        *("after", "during", "from", "to", "of", "last", "this", "next", "early", "mid", "late"),
        *("between", "and", "or", "end", "beginning", "start", "middle", "on", "for", "around"),
        *("each", "every", "that", "than", "as"),
    ]
)
# "the March on the capital": a bare month name followed by these is a noun.
MARCH_ON_WORDS = frozenset(["on", "to", "through", "against", "for", "from", "past", "toward"])
QUARTER_FOCUS_CHARS = 1000
MONTH_TENSE_REACH_CHARS = 30
RELATION_OFFSETS = {
    "this": 0,
    "current": 0,
    "the current": 0,
    "last": -1,
    "previous": -1,
    "the previous": -1,
    "next": 1,
    "following": 1,
    "the following": 1,
    "coming": 1,
    "the coming": 1,
}
# "the following year" counts from the time named last, not from the publication date.
ANAPHORIC_RELATIONS = frozenset(["following", "the following", "previous", "the previous"])
DURATION_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "barely": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
}


@dataclass
class Context:
    """What a handler may look at: the text, the reference date and the tense oracle."""

    text: str
    reference: datetime.date | None
    vocab: Vocabulary
    tenses: TenseOracle
    quarters: list[tuple[int, Value]] = field(default_factory=list)

    @property
    def lexicon(self) -> Lexicon:
        return self.vocab.lexicon

    @functools.cached_property
    def numeric_order(self) -> numeric.Order | None:
        """The day-month order the document's settled numeric dates share, if any."""
        return numeric.document_order(self.text, self.lexicon)

    def tense(self, match: re.Match[str]) -> Tense:
        return self.tenses.tense_at(match.start(), match.end())

    def word_before(self, position: int) -> str:
        found = _WORD_BEFORE.search(self.text, max(0, position - 40), position)
        return found.group(1) if found else ""

    def word_after(self, position: int) -> str:
        found = _WORD_AFTER.match(self.text[position : position + 40])
        return found.group(1) if found else ""


Handler = Callable[[re.Match[str], Context], Value | None]


@dataclass(frozen=True)
class Rule:
    """A pattern, its handler, and a cheap trigger that every match of the pattern contains.

    The tagger only runs ``pattern`` near matches of ``trigger`` in the lower-cased text
    (a keyword search is several times faster than trying the full pattern everywhere).
    """

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    trigger: re.Pattern[str]


# --- helpers ---------------------------------------------------------------------------


def _group(match: re.Match[str], name: str) -> str | None:
    value = match.groupdict().get(name)
    return value.lower() if value else None


def _relation(match: re.Match[str]) -> str | None:
    relation = _group(match, "rel")
    return re.sub(r"\s+", " ", relation) if relation else None


def _day_or_none(year: int, month: int, day: int) -> Value | None:
    try:
        return values.day(datetime.date(year, month, day))
    except ValueError:
        return None


def _named_date(match: re.Match[str], ctx: Context) -> Value | None:
    """Month-day(-year) in either order, optionally after a weekday."""
    month = ctx.vocab.month_number(match["mon"])
    day = int(re.match(r"\d+", match["day"]).group())  # type: ignore[union-attr]
    if match["year"]:
        return _day_or_none(int(match["year"]), month, day)
    if ctx.reference is None:
        return values.unresolved(f"XXXX-{month:02d}-{day:02d}", "day")
    if match["wd"]:
        # "Saturday, January 4th": the year whose January 4th was a Saturday, if near; a
        # weekday that fits only a year away is a slip ("Saturday January 4th" written on
        # Sunday 4 January means this one, not last year's).
        weekday = ctx.vocab.weekday_number(match["wd"])
        this_year = ctx.reference.year
        for year in (this_year, this_year - 1, this_year + 1):
            found = _day_or_none(year, month, day)
            if (
                found
                and found.first_day
                and found.first_day.isoweekday() == weekday
                and abs((found.first_day - ctx.reference).days) <= anchoring.TENSE_REACH_DAYS
            ):
                return found
    date = anchoring.anchor_month_day(month, day, ctx.reference, ctx.tense(match))
    return values.day(date) if date else None


def _iso_date(match: re.Match[str], ctx: Context) -> Value | None:
    found = _day_or_none(int(match["y"]), int(match["m"]), int(match["d"]))
    if found and match["hh"]:
        return values.clock(found.first_day, int(match["hh"]), int(match["mm"]))
    return found


def _slash_date(match: re.Match[str], ctx: Context) -> Value | None:
    """ "17/01/2015", "12/25/2014": day or month first as ``numeric.numeric_date`` decides."""
    return numeric.numeric_date(
        int(match["a"]), int(match["b"]), int(match["y"]), ctx.reference, ctx.numeric_order
    )


def _day_month(match: re.Match[str], ctx: Context) -> Value | None:
    """ "on Saturday (17/01)": a yearless numeric date, where a date may stand."""
    if not numeric.stands_as_date(ctx.text, match.start(), match.end(), ctx.lexicon):
        return None
    return numeric.numeric_date(
        int(match["a"]), int(match["b"]), None, ctx.reference, ctx.numeric_order
    )


def _month_year(match: re.Match[str], ctx: Context) -> Value | None:
    if _count_after_ordinal_day(ctx, match.start("year"), match.end("year")):
        return None  # "23rd February, 2000 supporters": the day-month date is the date
    return values.month(int(match["year"]), ctx.vocab.month_number(match["mon"]))


def _month_relative_year(match: re.Match[str], ctx: Context) -> Value | None:
    month = ctx.vocab.month_number(match["mon"])
    if ctx.reference is None:
        return values.unresolved(f"XXXX-{month:02d}", "month")
    offset = RELATION_OFFSETS[_group(match, "yrel") or "this"]
    return values.month(ctx.reference.year + offset, month)


def _bare_month(match: re.Match[str], ctx: Context) -> Value | None:
    relation = _relation(match)
    word = match["mon"]
    before = ctx.word_before(match.start("mon")).lower()
    after = ctx.word_after(match.end())
    has_cue = relation is not None or before in MONTH_CUES or before.endswith("-")
    if word.lower() == "may" and not has_cue:
        return None
    if not has_cue:
        if before in {"a", "an", "the"}:
            return None
        if after[:1].isupper() and not after[:1].isdigit():
            return None
        if after.lower() in MARCH_ON_WORDS:
            return None
    month = ctx.vocab.month_number(word)
    if ctx.reference is None:
        return values.unresolved(f"XXXX-{month:02d}", "month")
    if relation in {"last", "next", "this"}:
        return values.month(anchoring.anchor_month_relative(month, ctx.reference, relation), month)
    # A month name is a long way off in either direction, so only a tense marker
    # close to it ("resumed in March", "will vote in May") is trusted.
    tense = ctx.tenses.tense_at(match.start(), match.end(), MONTH_TENSE_REACH_CHARS)
    return values.month(anchoring.anchor_month(month, ctx.reference, tense), month)


def _weekday(match: re.Match[str], ctx: Context) -> Value | None:
    weekday = ctx.vocab.weekday_number(match["wd"])
    pod = _group(match, "pod")
    code = ctx.lexicon.parts_of_day[pod] if pod else None
    if ctx.reference is None:
        return values.unresolved(f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""), "day")
    relation = _relation(match)
    if relation in {"past", "previous"}:
        relation = "last"
    if relation == "coming":
        relation = "next"
    # "Wednesday's ruling" names something that has happened: no tense look-up.
    tense = None if re.search(r"['’]s$", match.group().split()[0]) else ctx.tense(match)
    date = anchoring.anchor_weekday(weekday, ctx.reference, tense, relation)
    return values.part_of_day(date, code) if code else values.day(date)


def _relative_day(match: re.Match[str], ctx: Context) -> Value | None:
    word = match["word"].lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
    shift = _group(match, "dir")
    if shift:
        offset += -1 if shift == "before" else 1
    pod = _group(match, "pod")
    code = ctx.lexicon.parts_of_day[pod] if pod else ("NI" if word == "tonight" else None)
    if ctx.reference is None:
        return values.unresolved("XXXX-XX-XX" + (f"T{code}" if code else ""), "day")
    date = ctx.reference + datetime.timedelta(days=offset)
    return values.part_of_day(date, code) if code else values.day(date)


def _part_of_day(match: re.Match[str], ctx: Context) -> Value | None:
    """this morning, last night, overnight (the night before the reference)."""
    relation = _group(match, "rel") or "last"
    pod = _group(match, "pod") or "night"
    code = ctx.lexicon.parts_of_day[pod]
    if ctx.reference is None:
        return values.unresolved(f"XXXX-XX-XXT{code}", "day")
    offset = -1 if relation == "last" else 0
    return values.part_of_day(ctx.reference + datetime.timedelta(days=offset), code)


def _relative_unit(match: re.Match[str], ctx: Context) -> Value | None:
    relation = _relation(match) or "this"
    unit = re.sub(r"\s+", " ", match["unit"].lower())
    reference = ctx.reference
    if reference is None:
        placeholder = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
        return values.unresolved(placeholder.get(unit, "XXXX"), "unknown")
    offset = RELATION_OFFSETS.get(relation, 0)
    if unit in {"year", "month"} and relation in ANAPHORIC_RELATIONS:
        return values.anaphor(unit, offset)  # "the following year": after the year named last
    if unit == "week":
        return values.week(reference + datetime.timedelta(weeks=offset))
    if unit == "weekend":
        return values.weekend(reference + datetime.timedelta(weeks=offset))
    if unit == "month":
        return values.month(*_year_month(values.shift_months(reference, offset)))
    if unit == "quarter":
        shifted = values.shift_months(reference, 3 * offset)
        return values.quarter(shifted.year, values.quarter_of(shifted))
    if unit == "decade":
        return values.decade((reference.year // 10 + offset) * 10)
    if unit == "century":
        return values.century(reference.year // 100 + 1 + offset)
    return values.year(reference.year + offset)


def _year_month(date: datetime.date) -> tuple[int, int]:
    return date.year, date.month


_FISCAL_PERIOD_END = re.compile(r"\s+(?:ended|ending|to|through)\b")


def _the_unit(match: re.Match[str], ctx: Context) -> Value | None:
    """the quarter / the latest quarter / the year / the weekend / the fiscal year."""
    unit = re.sub(r"\s+", " ", match["unit"].lower())
    reference = ctx.reference
    if reference is None:
        return values.unresolved("XXXX", "unknown")
    if unit == "weekend":
        return values.weekend(anchoring.last_weekend(reference, ctx.tense(match)))
    if unit == "quarter":
        if ctx.tense(match) == "future" and not match["latest"]:
            found = values.quarter(reference.year, values.quarter_of(reference))
        else:
            previous = values.shift_months(reference, -3)
            found = values.quarter(previous.year, values.quarter_of(previous))
        ctx.quarters.append((match.start(), found))
        return found
    if unit in {"year", "fiscal year"} and _FISCAL_PERIOD_END.match(ctx.text, match.end()):
        return values.duration(1, "Y", time_unit=False)  # "the year ended June 30": a fiscal year
    if unit == "month":
        return values.month(reference.year, reference.month)
    if unit == "week":
        return values.week(reference)
    return values.year(reference.year)


def _quarter(match: re.Match[str], ctx: Context) -> Value | None:
    ordinal = _group(match, "ord") or _group(match, "qnum")
    if ordinal is None:
        return None
    number = ctx.lexicon.ordinals.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
    is_half = (_group(match, "kind") or "quarter") == "half"
    if (is_half and number not in (1, 2)) or not 1 <= number <= 4:
        return None
    year_text = match.groupdict().get("year") or match.groupdict().get("year2")
    year_relation = _group(match, "yrel")
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    elif ctx.reference is None:
        return values.unresolved(f"XXXX-{'H' if is_half else 'Q'}{number}", "month")
    elif year_relation:
        year = ctx.reference.year + RELATION_OFFSETS[year_relation.split("'")[0].split("’")[0]]
    elif is_half:
        year = ctx.reference.year
    else:
        year = anchoring.anchor_quarter(number, ctx.reference, ctx.tense(match))
    found = values.half(year, number) if is_half else values.quarter(year, number)
    if not is_half:
        ctx.quarters.append((match.start(), found))
    return found


def _fiscal_year(match: re.Match[str], ctx: Context) -> Value | None:
    text = match["year"]
    year = int(text) if len(text) == 4 else 2000 + int(text)
    return values.year(year)


@per_lexicon
def plural_noun_pattern(lexicon: Lexicon) -> str:
    """A lower-case plural noun: a word ending in a single s that is no verb or function
    word ("supporters", "homes"), or a plural without an s ("people", "police")."""
    irregular = alternation(lexicon.plurals_without_s) or "(?!)"
    not_plural = alternation(lexicon.s_words_not_plural) or "(?!)"
    return rf"(?:{irregular})\b|(?!(?:{not_plural})\b)[a-z]{{2,}}(?<!s)s\b"


#: an ordinal day and a comma just before a number ("February 23rd, ", "23rd February, ")
_ORDINAL_DAY_COMMA = re.compile(r"\d(?:st|nd|rd|th)(?:\s+(?:of\s+)?[A-Z][a-z]+\.?)?,\s*$")


def _count_after_ordinal_day(ctx: Context, start: int, end: int) -> bool:
    """ "On February 23rd, 2000 supporters marched": the number is a count, not a year."""
    if _ORDINAL_DAY_COMMA.search(ctx.text[max(0, start - 30) : start]) is None:
        return False
    plural = re.compile(rf"\s+(?:{plural_noun_pattern(ctx.lexicon)})")
    return plural.match(ctx.text, end) is not None


def _bare_year(match: re.Match[str], ctx: Context) -> Value | None:
    year = int(match["year"])
    start, end = match.start("year"), match.end("year")
    if _count_after_ordinal_day(ctx, start, end):
        return None
    before_raw = ctx.word_before(start)
    before = before_raw.lower().rstrip(".")
    after = ctx.word_after(end).lower()
    if ctx.text[start - 1 : start] in {"$", "€", "£", "#"}:
        return None
    if before in ctx.lexicon.label_nouns or before_raw.lower() in ctx.lexicon.label_nouns:
        return None
    if after.rstrip(".,;:") in ctx.lexicon.count_nouns or after.startswith("%"):
        return None
    cued = before in ctx.lexicon.year_cues or before.endswith("-")
    if year < 1900 and not cued:
        return None
    if before_raw[:1].isupper() and not cued:
        known = (
            before in ctx.lexicon.months
            or before in ctx.lexicon.weekdays
            or before in ctx.lexicon.seasons
        )
        if not known:
            return None
    return values.year(year)


def _decade(match: re.Match[str], ctx: Context) -> Value | None:
    if match["full"]:
        first = int(match["full"])
    else:
        short = int(match["short"]) if match["short"] else None
        if short is None:
            words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60}
            words |= {"seventies": 70, "eighties": 80, "nineties": 90}
            short = words[match["word"].lower()]
        first = 2000 + short if short in (0, 10) else 1900 + short
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(_group(match, "dmod") or "")
    return values.decade(first).with_mod(mod)


def _century(match: re.Match[str], ctx: Context) -> Value | None:
    ordinal = match["ord"].lower()
    digits = re.match(r"\d+", ordinal)
    number: int | None = int(digits.group()) if digits else None
    if number is None:
        number = ctx.lexicon.century_ordinals.get(re.sub(r"\s+", " ", ordinal))
    return values.century(number) if number else None


def _season(match: re.Match[str], ctx: Context) -> Value | None:
    code = ctx.lexicon.seasons[match["season"].lower()]
    relation = _relation(match)
    if not (relation or match["lead"] or match["the"] or match["year"]):
        return None
    if match["year"]:
        return values.season(int(match["year"]), code)
    if ctx.reference is None:
        return values.unresolved(f"XXXX-{code}", "month")
    year = anchoring.anchor_season(code, ctx.reference, ctx.tense(match), relation)
    return values.season(year, code)


def _clock(match: re.Match[str], ctx: Context) -> Value | None:
    special = _group(match, "special")
    minute: int | None
    if special:
        hour, minute = (24, 0) if special == "midnight" else (12, 0)
    else:
        hour = int(match["h"])
        minute = int(match["m"]) if match["m"] else None
        meridiem = (_group(match, "ampm") or "").replace(".", "").replace(" ", "")
        if hour > 24 or (meridiem and hour > 12):
            return None
        if meridiem == "pm" and hour < 12:
            hour += 12
        if meridiem == "am" and hour == 12:
            hour = 0
    return values.clock(ctx.reference, hour, minute)


def _duration(match: re.Match[str], ctx: Context) -> Value | None:
    after = ctx.text[match.end() : match.end() + 12].lower()
    if re.match(r"[-\s]*old\b|\s+of\s+age", after):
        return None
    if ctx.word_before(match.start()).lower() in {"aged", "age"}:
        return None
    unit_word = match["unit"].lower()
    unit = ctx.lexicon.unit(unit_word)
    number_text = match["num"]
    if number_text is None:
        relation = _group(match, "rel") or ""
        if relation not in {"past", "last", "next", "coming", "previous", "following"}:
            return None
        if not match["the"] or unit_word in ctx.lexicon.unit_plurals:
            return None
        amount: float | None = 1.0
    else:
        if number_text.lower() in {"a", "an"} and unit_word in {"second", "quarter"}:
            return None
        if unit_word.startswith("quarter") and ctx.text[match.start("unit") - 1] == "-":
            return None  # "three-quarters" is a fraction
        if re.fullmatch(r"(?:1[89]|20)\d\d", number_text):
            return None  # "the 1988 quarter" names a year, not 1988 quarters
        amount = parse_number(number_text, ctx.lexicon)
        if amount is None and number_text.lower() not in ctx.lexicon.vague_quantities:
            return None
    code, is_time = unit.code, unit.time
    if amount is not None:
        amount *= unit.factor
    if code in {"DE", "CE", "ML"}:
        factor = {"DE": 10, "CE": 100, "ML": 1000}[code]
        code, amount = "Y", (amount * factor if amount is not None else None)
    if code == "Q":  # TimeML writes quarters of durations as months (P9M)
        code, amount = "M", (amount * 3 if amount is not None else None)
    mod = DURATION_MODS.get(re.sub(r"\s+", " ", _group(match, "approx") or ""))
    direction = _group(match, "dir")
    # "ago" counts back from the publication date; "a day earlier"/"months before"
    # count from another event, so they stay durations (years excepted: "a year
    # earlier" in results news means the same period last year).
    if (
        direction == "ago"
        or direction in {"from now", "hence"}
        or (direction == "earlier" and code == "Y")
    ):
        return _shifted(amount, code, is_time, direction, ctx, match).with_mod(mod)
    return values.duration(amount, code, time_unit=is_time).with_mod(mod)


def _shifted(
    amount: float | None,
    code: str,
    is_time: bool,
    direction: str,
    ctx: Context,
    match: re.Match[str],
) -> Value:
    """Two days ago, three years earlier, a week from now."""
    sign = 1 if direction in {"from now", "hence"} else -1
    reference = ctx.reference
    if amount is None:
        return values.vague("FUTURE_REF" if sign > 0 else "PAST_REF")
    if reference is None:
        return values.unresolved("XXXX-XX-XX", "unknown")
    steps = round(amount) * sign
    if is_time:
        return values.day(reference)
    if code == "D":
        return values.day(reference + datetime.timedelta(days=steps))
    if code == "W":
        return values.week(reference + datetime.timedelta(weeks=steps))
    if code == "M":
        return values.month(*_year_month(values.shift_months(reference, steps)))
    if code == "Q":
        shifted = values.shift_months(reference, 3 * steps)
        return values.quarter(shifted.year, values.quarter_of(shifted))
    if steps == -1 and (compared := _quarter_in_focus(ctx, match.start())) is not None:
        return values.quarter(int(compared.value[:4]) - 1, int(compared.value[-1]))
    return values.year(reference.year + steps)


def _quarter_in_focus(ctx: Context, position: int) -> Value | None:
    """The quarter last named before ``position`` when its sentence talks about quarters.

    Earnings news writes "profit rose 5% in the third quarter from a year earlier":
    "a year earlier" then means the same quarter a year before, not the whole year.
    """
    sentence_start, sentence_end = ctx.tenses.sentence_span(position)
    in_sentence = "quarter" in ctx.text[sentence_start:sentence_end].lower()
    earlier = [(start, value) for start, value in ctx.quarters if start < position]
    if not earlier:
        return None
    start, value = max(earlier, key=lambda item: item[0])
    return value if in_sentence or position - start <= QUARTER_FOCUS_CHARS else None


def _year_ago(match: re.Match[str], ctx: Context) -> Value | None:
    """'the year-earlier quarter', 'year-ago results': the same period a year before."""
    if ctx.reference is None:
        return values.unresolved("XXXX", "year")
    compared = _quarter_in_focus(ctx, match.start())
    if compared is not None:
        return values.quarter(int(compared.value[:4]) - 1, int(compared.value[-1]))
    return values.year(ctx.reference.year - 1)


def _year_period(match: re.Match[str], ctx: Context) -> Value | None:
    """'the 1988 quarter' / 'the 1988 period': that year's quarter under discussion."""
    year = int(match["year"])
    compared = _quarter_in_focus(ctx, match.start())
    if compared is not None and not match["what"].lower().endswith(("year", "half")):
        return values.quarter(year, int(compared.value[-1]))
    return values.year(year)


def _spelled_year(match: re.Match[str], ctx: Context) -> Value | None:
    """'nineteen ninety-six', 'the year two thousand' (broadcast transcripts spell years)."""
    if match["century"]:
        rest = parse_number(match["rest"], ctx.lexicon)
        if rest is None:
            return None
        year = (19 if match["century"].lower() == "nineteen" else 18) * 100 + int(rest)
    else:
        if not match["lead_the"]:
            return None  # "two thousand" alone is a count
        small = parse_number(match["small"], ctx.lexicon) if match["small"] else 0
        year = 2000 + int(small or 0)
    if match["mon"]:
        return values.month(year, ctx.vocab.month_number(match["mon"]))
    return values.year(year)


def _plural_unit(match: re.Match[str], ctx: Context) -> Value | None:
    unit = ctx.lexicon.unit(match["unit"])
    code = {"DE": "DE", "CE": "CE"}.get(unit.code, unit.code)
    if match["ago"]:
        return values.vague("PAST_REF")
    return values.duration(None, code, time_unit=unit.time)


def _set_every(match: re.Match[str], ctx: Context) -> Value | None:
    pod = _group(match, "pod")
    pod_code = f"T{ctx.lexicon.parts_of_day[pod]}" if pod else ""
    if match["wd"]:
        return Value("SET", f"XXXX-WXX-{ctx.vocab.weekday_number(match['wd'])}{pod_code}")
    if match["mon"]:
        return Value("SET", f"XXXX-{ctx.vocab.month_number(match['mon']):02d}")
    if match["unit"]:
        unit = ctx.lexicon.unit(match["unit"])
        count = match["num"]
        amount = (
            2
            if count and count.lower() == "other"
            else (parse_number(count, ctx.lexicon) if count else 1)
        )
        prefix = "PT" if unit.time else "P"
        number = int(amount * unit.factor) if amount else "X"
        return Value("SET", f"{prefix}{number}{unit.code}")
    if pod:
        return Value("SET", f"XXXX-XX-XX{pod_code}")
    return None


def _plural_weekday(match: re.Match[str], ctx: Context) -> Value | None:
    pod = _group(match, "pod")
    pod_code = f"T{ctx.lexicon.parts_of_day[pod.rstrip('s')]}" if pod else ""
    return Value("SET", f"XXXX-WXX-{ctx.vocab.weekday_number(match['wd'])}{pod_code}")


def _times_per(match: re.Match[str], ctx: Context) -> Value | None:
    unit = ctx.lexicon.unit(match["unit"])
    prefix = "PT" if unit.time else "P"
    return Value("SET", f"{prefix}{unit.factor}{unit.code}")


def _frequency(match: re.Match[str], ctx: Context) -> Value | None:
    word = match["freq"].lower()
    after = ctx.word_after(match.end())
    if after.lower() in ctx.lexicon.periodical_nouns:
        return None  # "a daily newspaper"
    if after[:1].isupper():
        return None  # "the Israeli daily Haaretz", "the party daily Nhan Dan"
    return Value("SET", ctx.lexicon.frequency_adverbs[word])


def _holiday_date(holiday: Holiday, year: int) -> datetime.date | None:
    if holiday.date:
        month, day = (int(part) for part in holiday.date.split("-"))
        return datetime.date(year, month, day)
    if holiday.easter_offset is not None:
        return easter(year) + datetime.timedelta(days=holiday.easter_offset)
    rule: NthWeekday | None = holiday.nth_weekday
    if rule is None:
        return None
    if rule.n > 0:
        first = datetime.date(year, rule.month, 1)
        offset = (rule.weekday - first.isoweekday()) % 7
        return first + datetime.timedelta(days=offset + 7 * (rule.n - 1))
    last = values.month_last_day(year, rule.month)
    return last - datetime.timedelta(days=(last.isoweekday() - rule.weekday) % 7)


def _holiday(match: re.Match[str], ctx: Context) -> Value | None:
    name = re.sub(r"\s+", " ", match["name"].lower()).replace("’", "'")
    holiday = next(h for h in ctx.lexicon.holidays if name in h.names)
    if match["year"]:
        date = _holiday_date(holiday, int(match["year"]))
        return values.day(date) if date else None
    if ctx.reference is None:
        return values.unresolved("XXXX-XX-XX", "day")
    reference = ctx.reference
    dates = [
        d
        for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _holiday_date(holiday, y))
    ]
    relation = _relation(match)
    tense = ctx.tense(match)
    if relation == "last" or (relation is None and tense == "past"):
        chosen = max((d for d in dates if d <= reference), default=None)
    elif relation == "next" or tense == "future":
        chosen = min((d for d in dates if d >= reference), default=None)
    else:
        chosen = min(dates, key=lambda d: abs((d - reference).days))
    return values.day(chosen) if chosen else None


@per_lexicon
def _vague_blocker_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.vague_blockers)})(?!\w)", re.I)


# How far (characters) a past-tense marker may be from "soon" to void it.
_NARRATIVE_TENSE_REACH = 15
_BLOCKER_MARGIN = 25


def _inside_blocker(match: re.Match[str], ctx: Context) -> bool:
    """True for "soon" in "as soon as they land": a longer phrase that is no time expression."""
    window_start = max(0, match.start() - _BLOCKER_MARGIN)
    window_end = match.end() + _BLOCKER_MARGIN
    for hit in _vague_blocker_pattern(ctx.lexicon).finditer(ctx.text, window_start, window_end):
        overlaps = hit.start() < match.end() and match.start() < hit.end()
        covers_it = match.start() <= hit.start() and hit.end() <= match.end()
        if overlaps and not covers_it:
            return True
    return False


def _vague(match: re.Match[str], ctx: Context) -> Value | None:
    phrase = re.sub(r"\s+", " ", match["phrase"].lower())
    if _inside_blocker(match, ctx):
        return None
    if phrase in ctx.lexicon.future_refs_void_in_past:
        tense = ctx.tenses.tense_at(match.start(), match.end(), _NARRATIVE_TENSE_REACH)
        if tense == "past":
            return None
    for value, phrases in ctx.lexicon.vague_references.items():
        if phrase in phrases:
            return values.vague(value)
    return None


def _same_day(match: re.Match[str], ctx: Context) -> Value | None:
    """Later that day: resolved by the tagger to the day last named before it."""
    return values.anaphor("day", 0)


def _same_period(match: re.Match[str], ctx: Context) -> Value | None:
    """That year, later that month: the year or month of the time last named."""
    return values.anaphor(match["unit"].lower(), 0)


# --- patterns --------------------------------------------------------------------------


@per_lexicon
def build_rules(lexicon: Lexicon) -> list[Rule]:
    """Compile every rule once per lexicon."""
    v = vocabulary(lexicon)
    year4 = r"(?:1[0-9]\d\d|20\d\d)"
    end = r"(?!\w)"
    # "On February 23rd, 2000 supporters marched": after an ordinal day and a comma, a year
    # that a plural noun follows is a count, so the date ends before it
    ordinal_day = r"(?:3[01]|[12]\d|0?[1-9])(?P<dayord>st|nd|rd|th)?"
    year_not_count = rf"(?!(?(dayord),\s*{year4}\s+(?:{plural_noun_pattern(lexicon)})|(?!)))"
    # [^\S\n]: a weekday ending a headline is not the weekday of the date line below.
    weekday_prefix = rf"(?:(?P<wd>{v.weekday}),?[^\S\n]+(?:the\s+)?)?"
    relations = r"(?i:this|last|next|the\s+current|the\s+previous|the\s+following|current|previous|coming|the\s+coming)"
    pod = v.part_of_day
    holiday_names = [name for holiday in lexicon.holidays for name in holiday.names]
    vague_phrases = [phrase for phrases in lexicon.vague_references.values() for phrase in phrases]

    # Triggers are searched in the lower-cased text: plain lower-case alternations
    # let the regex engine skip quickly to candidate positions.
    month_trigger = "|".join(sorted({name[:3] for name in lexicon.months}))
    weekday_trigger = "|".join(sorted({name[:3] for name in lexicon.weekdays}))
    unit_trigger = "|".join(sorted({word[:6] for word in lexicon.units}))
    holiday_trigger = "|".join(sorted({name.split()[0][:5] for name in holiday_names}))
    vague_trigger = "|".join(sorted({phrase.split()[-1][:5] for phrase in vague_phrases}))
    triggers = {
        "iso_date": r"\d-\d\d-\d",
        "slash_date": r"\d/\d",
        "day_month_numeric": r"\d/\d",
        "month_day": month_trigger,
        "day_month": month_trigger,
        "month_year": month_trigger,
        "month_relative_year": month_trigger,
        "bare_month": month_trigger,
        "quarter": "quarter|half",
        "quarter_code": r"[qh][1-4]|[12][09]\d\d\s*[qh]",
        "fiscal_year": "fiscal|fy|calendar",
        "decade": "0['’]?s|ties",
        "century": "century",
        "season": "spring|summer|autumn|fall|winter",
        "weekday": weekday_trigger,
        "plural_weekday": weekday_trigger,
        "set_every": "every|each",
        "relative_day": "yesterday|today|tomorrow|tonight",
        "part_of_day": "morning|afternoon|evening|night",
        "relative_unit": "week|month|year|quarter|decade|century",
        "the_unit": "week|month|year|quarter",
        "clock": r"[ap]\.?\s?m\b|noon|midday|midnight|\d:\d\d|\d\d\d\d\s*(?:gmt|utc|hrs|hours|local)",
        "duration": unit_trigger,
        "plural_unit": unit_trigger,
        "year_ago": "year.ago|year.earlier",
        "spelled_year": "nineteen|eighteen|thousand",
        "year_period": r"\d\d\d\d\s+(?:quarter|period|fiscal|first|second)",
        "times_per": "once|twice|thrice|times",
        "frequency": "|".join(lexicon.frequency_adverbs),
        "holiday": holiday_trigger,
        "vague": vague_trigger,
        "same_day": "day",
        "same_period": "year|month",
        "bare_year": r"\d\d\d\d",
    }

    def rule(name: str, pattern: str, handler: Handler, flags: int = 0) -> Rule:
        return Rule(name, re.compile(pattern, flags), handler, re.compile(triggers[name]))

    return [
        rule(
            "iso_date",
            r"(?<![\w/-])(?P<y>1\d{3}|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\w/-])",
            _iso_date,
        ),
        rule(
            "slash_date",
            numeric.WITH_YEAR,
            _slash_date,
        ),
        rule(
            "day_month_numeric",
            numeric.WITHOUT_YEAR,
            _day_month,
        ),
        rule(
            "month_day",
            rf"(?<!\w){weekday_prefix}(?P<mon>{v.month_any})(?:\s+|(?<=\.))(?P<day>{ordinal_day})"
            r"(?![\d:.,]\d|\w)"
            rf"(?:{year_not_count},?\s+(?P<year>{year4}){end})?",
            _named_date,
        ),
        rule(
            "day_month",
            rf"(?<![\w.,$]){weekday_prefix}(?P<day>{ordinal_day})(?:\s+of)?\s+(?P<mon>{v.month_any})"
            rf"(?!\w)(?:{year_not_count},?\s+(?P<year>{year4}){end})?",
            _named_date,
        ),
        rule(
            "month_year",
            rf"(?<!\w)(?P<mon>{v.month})\s*,?\s+(?:of\s+)?(?P<year>{year4}){end}",
            _month_year,
        ),
        rule(
            "month_relative_year",
            rf"(?<!\w)(?P<mon>{v.month})\s+(?P<yrel>this|last|next)\s+year{end}",
            _month_relative_year,
        ),
        rule(
            "quarter",
            rf"(?<!\w)(?:(?P<rel>(?i:this|last|next|the\s+current|the\s+previous|the\s+latest))\s+"
            r"|(?P<the>(?i:the|its|their|a))\s+)?"
            rf"(?:(?P<yrel>(?i:this|last|next))\s+year['’]s\s+|(?P<year2>{year4})\s+)?"
            r"(?:(?i:fiscal|financial|calendar)\s+)?"
            r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[-\s]+(?P<kind>(?i:quarter|half))"
            rf"(?!s)(?:\s+(?i:of)\s+(?:(?i:fiscal|the\s+fiscal\s+year|the\s+year)\s+)?(?P<year>{year4}))?{end}",
            _quarter,
        ),
        rule(
            "quarter_code",
            rf"(?<!\w)(?:(?P<kind>[QH])(?P<qnum>[1-4])(?:\s*(?P<year>{year4})|\s*['’]?(?P<year2>\d\d))?"
            rf"|(?P<year3>{year4})\s*(?P<kind2>[QH])(?P<qnum2>[1-4])){end}",
            _quarter_code,
        ),
        rule(
            "fiscal_year",
            rf"(?<!\w)(?i:fiscal(?:\s+year)?|FY|calendar\s+year)\s*['’]?(?P<year>{year4}|\d\d){end}",
            _fiscal_year,
        ),
        rule(
            "decade",
            r"(?<!\w)(?:(?i:the)\s+)?(?:(?P<dmod>(?i:early|mid|late))[-\s]+)?"
            r"(?:(?P<full>1\d\d0|20\d0)['’]?s|(?<=[Tt]he\s)['’]?(?P<short>[1-9]0)['’]?s"
            r"|(?<=[Tt]he\s)(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))"
            + end,
            _decade,
        ),
        rule(
            "century",
            r"(?<!\w)(?:(?i:the)\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
            + alternation(lexicon.century_ordinals)
            + r")[-\s]+(?i:century)"
            + end,
            _century,
            re.I,
        ),
        rule(
            "season",
            rf"(?<!\w)(?P<lead>(?i:in|during|since|until|by|of|over|through|throughout)\s+)?"
            rf"(?:(?P<rel>{relations}|(?i:the\s+past))\s+|(?P<the>(?i:the))\s+)?"
            rf"(?P<season>{v.season})(?:\s+(?:(?i:of)\s+)?(?P<year>{year4}))?{end}",
            _season,
        ),
        rule(
            "weekday",
            rf"(?<!\w)(?:(?P<rel>(?i:last|this|next|past|previous|coming))\s+)?(?P<wd>{v.weekday})(?!s\b)"
            rf"(?:['’]s)?(?:\s+(?P<pod>{pod}))?{end}",
            _weekday,
        ),
        rule(
            "relative_day",
            rf"(?<!\w)(?:(?i:the\s+day)\s+(?P<dir>(?i:before|after))\s+)?(?P<word>(?i:yesterday|today|tomorrow|tonight))"
            rf"(?:['’]s)?(?:\s+(?P<pod>{pod}))?{end}",
            _relative_day,
        ),
        rule(
            "part_of_day",
            rf"(?<!\w)(?:(?P<rel>(?i:this|last))\s+(?P<pod>{pod})|(?i:overnight)){end}",
            _part_of_day,
        ),
        rule(
            "relative_unit",
            rf"(?<!\w)(?P<rel>{relations})\s+(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|fiscal\s+year)){end}",
            _relative_unit,
        ),
        rule(
            "the_unit",
            r"(?<!\w)(?:(?P<pre>(?i:the\s+)?(?i:beginning|start|end|middle|turn|rest|remainder|close)\s+of)\s+)?"
            r"(?i:the)\s+(?P<latest>(?i:latest|most\s+recent|same|recent)\s+)?"
            r"(?P<unit>(?i:quarter|year|fiscal\s+year|weekend|month|week))(?![-\w]|['’]s\s+\w)",
            _the_unit_checked,
        ),
        rule(
            "clock",
            rf"(?<![\w:.])(?:(?P<h>\d{{1,2}})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.?\s?m\b\.?))"
            rf"|(?P<special>(?i:noon|midday|midnight))"
            rf"|(?P<lead>(?i:at|by|to|until|from|after|before|around|about|since|till)\s+)(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])(?!\s*[ap]\.?\s?m\b)"
            rf"|(?P<hmil>[01]\d|2[0-3])(?P<mmil>[0-5]\d)\s*(?=(?:GMT|UTC|hrs|hours\s+GMT|local\s+time)\b)"
            rf"|(?P<hz>[01]?\d|2[0-3]):(?P<mz>[0-5]\d)(?=\s+(?:{v.time_zone})(?!\w)))"
            rf"(?:\s+(?:\(\s*)?(?P<tz>{v.time_zone})(?:\s*\))?)?(?!\w)",
            _clock_any,
        ),
        rule(
            "duration",
            rf"(?<![\w$€£.,])(?:(?P<the>(?i:the))\s+(?:(?P<rel>(?i:past|last|next|coming|previous|following|first|final|latest|initial|remaining|ensuing))\s+)?)?"
            rf"(?:(?P<approx>(?i:about|around|approximately|roughly|some|nearly|almost|less\s+than|fewer\s+than|under|barely|more\s+than|over|upwards\s+of|at\s+least|at\s+most|up\s+to))\s+)?"
            rf"(?:(?P<num>{v.number})[-\s]+)?(?:(?i:more|additional|extra|full|long|straight|consecutive|trading|business|working|calendar)[-\s]+)?"
            rf"(?P<unit>{v.unit_any})(?:-long)?"
            r"(?:\s+(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence)))?(?![\w-])",
            _duration,
        ),
        rule(
            "year_ago",
            r"(?<!\w)(?:(?i:the)\s+)?(?i:year)[-\s](?i:earlier|ago)(?:\s+(?P<what>(?i:quarter|period|nine\s+months|six\s+months|months|level|results?)))?(?!\w)",
            _year_ago,
        ),
        rule(
            "year_period",
            rf"(?<!\w)(?i:the)\s+(?P<year>{year4})\s+(?P<what>(?i:quarter|period|fiscal\s+year|first\s+half|second\s+half))(?!\w)",
            _year_period,
        ),
        rule(
            "spelled_year",
            rf"(?<!\w)(?:(?P<mon>{v.month})\s+|(?P<lead_the>(?i:the\s+year))\s+)?"
            r"(?P<spelled>(?i:(?P<century>nineteen|eighteen)[-\s]+(?:hundred\s+(?:and\s+)?)?"
            r"(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
            r"|two\s+thousand(?:\s+and)?(?:\s+(?P<small>one|two|three|four|five|six|seven|eight|nine|ten))?))(?!\w)",
            _spelled_year,
        ),
        rule(
            "plural_unit",
            r"(?<!\w)(?P<lead>(?i:for|within|in|over|after|took|lasted|last|lasting)\s+)(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))"
            r"(?:\s+(?P<ago>(?i:ago)))?(?!\w)",
            _plural_unit,
        ),
        rule(
            "set_every",
            rf"(?<!\w)(?i:every|each)\s+(?:(?P<num>{v.number}|(?i:other))\s+)?(?:(?P<wd>{v.weekday})|(?P<mon>{v.month})"
            rf"|(?P<unit>{v.unit_any})|(?P<pod>{pod}))(?:\s+(?P<pod2>{pod}))?{end}",
            _set_every,
        ),
        rule(
            "plural_weekday",
            rf"(?<!\w)(?P<wd>{v.weekday})s(?:\s+(?P<pod>(?i:mornings|afternoons|evenings|nights)))?{end}",
            _plural_weekday,
        ),
        rule(
            "times_per",
            rf"(?<!\w)(?:(?i:once|twice|thrice)|{v.number}\s+(?i:times))\s+(?i:a|an|per|each|every)\s+(?P<unit>{v.unit_singular}){end}",
            _times_per,
        ),
        rule(
            "frequency",
            rf"(?<!\w)(?P<freq>{alternation(lexicon.frequency_adverbs)}){end}",
            _frequency,
            re.I,
        ),
        rule(
            "holiday",
            rf"(?<!\w)(?:(?P<rel>(?i:last|this|next))\s+)?(?P<name>{alternation(_titles(holiday_names))})"
            rf"(?:\s+(?P<year>{year4}))?{end}",
            _holiday,
        ),
        rule("vague", rf"(?<!\w)(?P<phrase>{alternation(vague_phrases)}){end}", _vague, re.I),
        rule(
            "same_day",
            rf"(?<!\w)(?:{alternation(lexicon.same_day_phrases)}|(?<=\b[Oo]n\s)the\s+day(?=\s*[.,;]))"
            + end,
            _same_day,
            re.I,
        ),
        rule(
            "same_period",
            r"(?<!\w)(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?P<unit>year|month)(?![\w'’-])",
            _same_period,
            re.I,
        ),
        rule(
            "bare_month",
            rf"(?<!\w)(?:(?P<rel>(?i:last|this|next))\s+)?(?P<mon>{v.month})(?!\w)(?!\s+\d)",
            _bare_month,
        ),
        rule(
            "bare_year",
            rf"(?<![\w$€£#.,/:])(?<!\d-)(?P<year>{year4})(?:['’]s)?(?![\w%/:-]|[.,]\d)",
            _bare_year,
        ),
    ]


def _titles(names: list[str]) -> list[str]:
    return [" ".join(word[:1].upper() + word[1:] for word in name.split()) for name in names]


def _quarter_code(match: re.Match[str], ctx: Context) -> Value | None:
    kind = match["kind"] or match["kind2"]
    number = int(match["qnum"] or match["qnum2"])
    year_text = (
        match["year"] or match["year3"] or (f"20{match['year2']}" if match["year2"] else None)
    )
    if kind == "H" and number > 2:
        return None
    if year_text is None:
        if ctx.reference is None:
            return values.unresolved(f"XXXX-{kind}{number}", "month")
        year = (
            ctx.reference.year
            if kind == "H"
            else anchoring.anchor_quarter(number, ctx.reference, ctx.tense(match))
        )
    else:
        year = int(year_text)
    found = values.half(year, number) if kind == "H" else values.quarter(year, number)
    if kind == "Q":
        ctx.quarters.append((match.start(), found))
    return found


def _the_unit_checked(match: re.Match[str], ctx: Context) -> Value | None:
    """'the week'/'the month' only after 'the end of' and the like; 'the year' and 'the quarter' always."""
    unit = match["unit"].lower()
    if unit in {"week", "month"} and not match["pre"]:
        return None
    found = _the_unit(match, ctx)
    if found is None or not match["pre"]:
        return found
    word = match["pre"].lower().split()[-2]
    return found.with_mod(
        {"beginning": "START", "start": "START", "end": "END", "close": "END", "middle": "MID"}.get(
            word
        )
    )


def _clock_any(match: re.Match[str], ctx: Context) -> Value | None:
    found: Value | None
    if match["h24"]:
        found = values.clock(ctx.reference, int(match["h24"]), int(match["m24"]))
    elif match["hmil"]:
        found = values.clock(ctx.reference, int(match["hmil"]), int(match["mmil"]))
    elif match["hz"]:  # "18:00 UTC": a 24-hour clock needs no "at" before a time zone
        found = values.clock(ctx.reference, int(match["hz"]), int(match["mz"]))
    else:
        found = _clock(match, ctx)
    zone = match["tz"]
    if found is not None and zone and zone.lower() in _utc_zones(ctx.lexicon):
        return values.in_utc(found)
    return found


@per_lexicon
def _utc_zones(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(zone.lower() for zone in lexicon.utc_zones)
