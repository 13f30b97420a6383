"""How many people an event harmed, from the numbers on its patient.

"Two members of Daesh were killed", "killed 13 people and wounded 71": a number that
counts people in the phrase the event happened to fills the trigger's count (ACLED's
fatalities, PLOVER's counts); a singular patient ("detained a senior ISKP officer")
counts one, as an implicit count a later stage may overrule; an attack "leaving six
people dead" counts what it left. Kept apart from the argument reader because counts
follow their own rules (which numbers count people, which count stands for the victims)
and change for their own reasons.
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from spacy.tokens import Doc, Span

from sitrep.annotate.numbers import is_age
from sitrep.events.detect import TriggerHit
from sitrep.events.left_dead import left_counts
from sitrep.events.record import ArgumentRecord, EventRecord

#: Counts of harm done to people: the owner of such a noun ("X's murder") suffered it.
HARM_COUNTS = frozenset({"killed", "injured", "kidnapped"})
#: Tags that go on with the noun phrase a number opens ("two paramilitary troopers", "24 AR men").
PHRASE_GOES_ON = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "HYPH", "VBN"})


def fill_counts(
    doc: Doc,
    owner: Mapping[int, object],
    person_nouns: Container[str],
    sentence: Span,
    hit: TriggerHit,
    region: tuple[int, int],
    record: EventRecord,
    count_kind: str | None,
) -> None:
    """Fill the record's counts of ``count_kind`` from the numbers of the patient ``region``
    (before a passive trigger, after an active one), and an attack's from what it left."""
    numbers = [n for n in (doc._.numbers or []) if region[0] <= n.start < region[1]]
    person_numbers = [
        n
        for n in numbers
        if _counts_people(doc, owner, person_nouns, n.end, region[1])
        or _right_after(doc, hit.end, n.start)
    ]
    if count_kind and person_numbers:
        chosen = person_numbers[-1] if region[1] == hit.start else person_numbers[0]
        record.counts[count_kind] = chosen.value
        if count_kind in HARM_COUNTS and _bare_number(doc, chosen.end):
            # "killed 13 people and wounded 71": the bare number stands for the people
            record.arguments.append(ArgumentRecord("victim", doc[chosen.start : chosen.end]))
    elif count_kind and _singular_patient(doc, owner, person_nouns, region):
        record.implicit_counts[count_kind] = 1
    if record.type == "ASSAULT":  # "…, leaving six people dead": what the attack left
        for kind, value in left_counts(doc, hit.end, sentence.end).items():
            record.counts.setdefault(kind, value)


def _counts_people(
    doc: Doc, owner: Mapping[int, object], person_nouns: Container[str], after: int, limit: int
) -> bool:
    """Whether the number ending at ``after`` counts people: a person noun follows within a
    few words ("12 soldiers", "two Daesh members", "three of the policemen")."""
    for i in range(after, min(limit, after + 4)):
        if doc[i].lower_ in person_nouns:
            return True
        if doc[i].lower_ in {"of"}:
            continue
        if i in owner:  # "two Daesh members"
            continue
        if not doc[i].is_alpha:
            return False
    return False


def _singular_patient(
    doc: Doc, owner: Mapping[int, object], person_nouns: Container[str], region: tuple[int, int]
) -> bool:
    """ "detained a senior ISKP officer", "the death of the … chief": one person."""
    for i in range(region[0], min(region[1], region[0] + 8)):
        word = doc[i].lower_
        if word in {"a", "an", "the", "one"}:
            for j in range(i + 1, min(region[1], i + 8)):
                w = doc[j].lower_
                if (doc[j].like_num and not _an_age(doc, j)) or (
                    w in {"and", ","}
                    and j + 1 < len(doc)
                    and doc[j + 1].lower_ in {"a", "an", "the", "two", "three"}
                ):
                    return False
                if w in person_nouns and not w.endswith("s"):
                    return True
                if w in {
                    "chief",
                    "leader",
                    "commander",
                    "head",
                    "officer",
                    "man",
                    "woman",
                    "boy",
                    "girl",
                }:
                    return True
            return False
        if owner.get(i) is not None and getattr(owner[i], "type", "") == "PERSON":
            return True
    return False


def _right_after(doc: Doc, end: int, number_start: int) -> bool:
    """ "wounding more than 20": a number right after the trigger counts it, noun or not."""
    between = [t.lower_ for t in doc[end:number_start]]
    return all(
        w
        in {"at", "least", "more", "than", "over", "some", "about", "around", "nearly", "up", "to"}
        for w in between
    )


def _bare_number(doc: Doc, end: int) -> bool:
    """ "wounded 71.", "killing one, at ...": a number no noun follows stands for the people
    it counts; "two paramilitary troopers" is a phrase the participant reader reads."""
    return end >= len(doc) or doc[end].tag_ not in PHRASE_GOES_ON


def _an_age(doc: Doc, i: int) -> bool:
    """ "a 45-year-old man": the number gives the man's age, not a count of men."""
    digits = doc[i].text.replace(",", "")
    return digits.isdigit() and is_age(doc, i, i + 1, int(digits))
