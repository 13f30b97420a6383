"""When an event happened, among the dates its own sentence writes.

The argument reader asks this module for the date of one trigger: a date or time of its
sentence, near the trigger and in its clause (not across "who"/"which"), that dates no
other noun ("the 1998 agreement") and no cause ("Kashmir Day"); specific dates before
vague ones ("recently"), the nearest first and, equally near, the finer. Where the
sentence leaves the event undated, ``event_dates`` looks at the story's dates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: finer dates first when two stand equally near a trigger
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def trigger_date(doc: Doc, text: str, sentence: Span, trigger: Span) -> object | None:
    """The date of the event the ``trigger`` of ``sentence`` names, or None."""
    from sitrep.events.written_dates import (
        dates_a_cause,
        dates_a_claim,
        dates_a_noun,
        in_relative_clause,
        story_dates,
        without_closed_asides,
    )

    def between(t: object) -> str:
        """The words between the time and the trigger, less any closed aside between them."""
        start, end = t.start, t.end  # type: ignore[attr-defined]
        if end <= trigger.start_char:
            return without_closed_asides(text[end : trigger.start_char])
        return without_closed_asides(text[trigger.end_char : start])

    def distance(t: object) -> int:
        return len(between(t).split())

    def same_clause(t: object) -> bool:
        words = set(between(t).lower().split())
        return not words & {"who", "which", "whom", "whose"}

    def near_enough(t: object) -> bool:
        # vague references ("recent") modify their own noun; only take them when adjacent
        vague = str(t.value).endswith("_REF")  # type: ignore[attr-defined]
        return distance(t) <= (2 if vague else 20)

    in_sentence = [
        t
        for t in (doc._.times or [])
        if sentence.start_char <= t.start < sentence.end_char
        and t.type in {"DATE", "TIME"}
        and not _clock_without_day(t)
    ]
    times = [t for t in in_sentence if near_enough(t) and same_clause(t)]
    times = [t for t in times if not dates_a_noun(text, t, trigger.start_char, doc)]
    # "On Tuesday, al-Shabaab claimed the attack": Tuesday is when it was claimed
    spans = (trigger.start_char, trigger.end_char), (sentence.start_char, sentence.end_char)
    times = [t for t in times if not dates_a_claim(text, t, *spans, in_sentence)]
    # a cause phrase's date yields to another date of the sentence (the context stage
    # picks it if it is too far from the trigger), but never leaves the sentence undated
    if any(not dates_a_cause(text, t, trigger.end_char) for t in in_sentence):
        times = [t for t in times if not dates_a_cause(text, t, trigger.end_char)]
    # "relatives of the men who were abducted on Monday staged a sit-in on Wednesday": the
    # clause's day dates the abduction, so it yields to another date of the sentence
    if any(not in_relative_clause(text, t, trigger.start_char) for t in in_sentence):
        times = [t for t in times if not in_relative_clause(text, t, trigger.start_char)]
    # "continued to protest on Friday, January 23rd against a recently enacted law"
    specific = [t for t in times if not str(t.value).endswith("_REF")]
    times = specific or times
    if not times:
        return None
    # equally near: the finer date ("a worker who switched sides three months ago was
    # shot dead this morning": this morning)
    return min(
        story_dates(times, text),
        key=lambda t: (distance(t), PRECISION_RANK.get(getattr(t, "precision", ""), 9)),
    )


def _clock_without_day(timex: object) -> bool:
    """ "around 9 p.m." with no day named: the hour of the event, not its date."""
    return getattr(timex, "type", "") == "TIME" and getattr(timex, "first_day", None) is None
