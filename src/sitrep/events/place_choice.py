"""Which of a sentence's places the event's own clause puts it in, beyond the nearest one.

The nearest place after a locative preposition (``choose_event_place``) is right most of
the time; a careful coder corrects it where the text itself says more:

- the text places a name inside another ("Hamirpur sector in Poonch district",
  "Karimabad, Karachi") where the gazetteer put that name elsewhere: the text wins, and
  the event is in the place the text names as holding it;
- the sentence opens on its place ("In Naogaon, buses were set ablaze in the Dhaka bus
  stand area"): the events it tells happened there;
- a place is where a march or a patient goes ("marched to Yangon", "rushed to Dhaka") or
  where a person comes from ("a native of Jessore"): it yields to any other place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span

PLACE_CUES_PATH = Path(__file__).with_name("place_cues.yaml")


@dataclass(frozen=True)
class PlaceCues:
    unit_words: frozenset[str]
    containment_links: frozenset[str]
    motion_words: frozenset[str]
    origin_cues: tuple[str, ...]
    boundary_words: frozenset[str]
    grievance_cues: frozenset[str]
    cause_words: frozenset[str]
    mission_words: frozenset[str]


@functools.cache
def load_place_cues(path: Path = PLACE_CUES_PATH) -> PlaceCues:
    """The reviewed place cues of ``place_cues.yaml``, read once per process."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return PlaceCues(
            unit_words=frozenset(str(w).lower() for w in data["unit_words"]),
            containment_links=frozenset(str(w).lower() for w in data["containment_links"]),
            motion_words=frozenset(str(w).lower() for w in data["motion_words"]),
            origin_cues=tuple(str(w).lower() for w in data["origin_cues"]),
            boundary_words=frozenset(str(w).lower() for w in data["boundary_words"]),
            grievance_cues=frozenset(str(w).lower() for w in data["grievance_cues"]),
            cause_words=frozenset(str(w).lower() for w in data["cause_words"]),
            mission_words=frozenset(str(w).lower() for w in data["mission_words"]),
        )
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise ValueError(
            f"The event place cues {path} are missing or invalid ({error!r}); restore the "
            "file from the sitrep package with its keys unit_words, containment_links, "
            "motion_words, origin_cues, boundary_words, grievance_cues, cause_words and "
            "mission_words."
        ) from error


def region_of(place: object | None) -> tuple[str | None, str | None]:
    """The (country, admin1) a report place sits in; an admin1 is its own region."""
    point = getattr(place, "place", None) or getattr(place, "within", None)
    if point is None:
        return None, None
    admin1 = getattr(point, "name", None) if getattr(point, "feature", None) == "admin1" else None
    return getattr(point, "country", None), admin1 or getattr(point, "admin1", None)


def _same_region(one: object | None, other: object | None) -> bool:
    country, admin1 = region_of(one)
    return admin1 is not None and (country, admin1) == region_of(other)


_WORD = re.compile(r"[\w'’-]+|[,(]")


def stated_container(
    doc: Doc, sentence: Span, chosen: object, places: Sequence[object]
) -> object | None:
    """The place the text says holds ``chosen`` ("X tehsil of Y", "X, a village near Y",
    "X, Y", "X (Y)") where the gazetteer put ``chosen`` in another region of the same
    country (or in none): a holder placed in another country is the gazetteer's doubt.

    A comma alone links a place to its holder only outside a list: in "Lahore, Karachi
    and Islamabad" no name holds the next.
    """
    if getattr(getattr(chosen, "point", lambda: None)(), "feature", None) in {"admin1", "country"}:
        return None  # "inside Manipur near the Mizoram border": a state lies in no other
    cues = load_place_cues()
    text: str | None = None  # spaCy rebuilds ``doc.text`` on each access: only when needed
    sentence_end = sentence.end_char
    for mention in _mentions(chosen):
        if not sentence.start_char <= mention.start_char < sentence_end:
            continue
        for other in places:
            if (
                other is chosen
                or region_of(other)[1] is None
                or region_of(other)[0] != region_of(chosen)[0]  # the gazetteer's slip, not ours
                or _same_region(chosen, other)
            ):
                continue
            for later in _mentions(other):
                if not mention.end_char <= later.start_char < sentence_end:
                    continue
                text = doc.text if text is None else text
                gap = text[mention.end_char : later.start_char]
                if (
                    _links_to_container(gap, cues)
                    and not _in_list(text, mention, later)
                    and not _names_boundary(text, later.end_char, cues)
                    and not _cut_short(text, later.end_char)
                ):
                    return other
    return None


def _links_to_container(gap: str, cues: PlaceCues) -> bool:
    """Whether the words between two places say the second holds the first."""
    words = [w.lower() for w in _WORD.findall(gap)]
    if words in ([","], ["("]):
        return True
    allowed = cues.unit_words | cues.containment_links | {","}
    if len(words) > 6 or any(w not in allowed for w in words):
        return False
    return any(w in cues.containment_links for w in words)


def _cut_short(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` is only the start of a longer name ("South" of
    "South 24-Parganas"), which the gazetteer may have read as another place."""
    return re.match(r"[ -]?[A-Z0-9]", text[end : end + 2]) is not None


def _names_boundary(text: str, end: int, cues: PlaceCues) -> bool:
    """Whether the place ending at ``end`` names a border ("near the Mizoram border")."""
    following = re.match(r"\s*([A-Za-z]+)", text[end : end + 20])
    return following is not None and following.group(1).lower() in cues.boundary_words


def _in_list(text: str, first: Span, second: Span) -> bool:
    """Whether two places joined by a comma are items of a list ("Lahore, Karachi and
    Islamabad"): a list item or "and" stands before the first or after the second."""
    gap = text[first.end_char : second.start_char]
    if gap.strip() not in {",", "("}:
        return False
    after = text[second.end_char : second.end_char + 30]
    before = text[max(0, first.start_char - 30) : first.start_char]
    return (
        re.match(r"\s*(?:,\s*[A-Z]|,?\s*(?:and|or)\b|&)", after) is not None
        or re.search(r"(?:[A-Za-z],|\band|&)\s*$", before) is not None
    )


def framing_place(doc: Doc, sentence: Span, places: Sequence[object]) -> object | None:
    """The place a sentence opens on ("In Naogaon, …", "In Badin Kashmir Day protests were
    held"): the scene of the events it tells."""
    if len(sentence) < 3 or sentence[0].lower_ != "in":
        return None
    first = sentence.start + 1 + (sentence[1].lower_ == "the")
    for place in places:
        for mention in _mentions(place):
            if mention.start == first and getattr(mention, "label_", "") != "NORP":
                return place
    return None


def corrected_place(
    doc: Doc, sentence: Span, chosen: object | None, places: Sequence[object]
) -> object | None:
    """The chosen place, or the one the text says holds it, or the sentence's frame place
    where the chosen one lies in another region."""
    if chosen is None:
        return None
    holder = stated_container(doc, sentence, chosen, places)
    if holder is not None:
        chosen = holder
    frame = framing_place(doc, sentence, places)
    if frame is not None and frame is not chosen and not _same_region(chosen, frame):
        if region_of(frame)[1] is not None:
            return frame
    return chosen


def names_elsewhere(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is where someone goes or comes from: a
    march's or a patient's destination ("marched to Yangon", "was rushed to Dhaka"), a
    person's home ("a native of Jessore", "Murad, 20, of Jessore")."""
    cues = load_place_cues()
    before = text[max(0, start - 80) : start]
    return _destination(before, cues) or _origin(before, cues)


def names_a_cause(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` names a cause, a dispute or an observance rather
    than a location: "Kashmir Day", "the Kashmir dispute", "Kashmir Solidarity Day"; or a
    country's diplomatic mission ("the U.S. embassy"), which says whose it is, not where
    anything happened."""
    following = re.match(r"[\s-]*([A-Za-z]+)", text[end : end + 30])
    cues = load_place_cues()
    if following is None or following.group(1).lower() not in (
        cues.cause_words | cues.mission_words
    ):
        return False
    return following.group(1) != "day"  # "in Quetta day after day": time, not an observance


_TO_PLACE = re.compile(r"\b(?:to|towards|toward|till)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}$")
_ON_PLACE = re.compile(r"\b([a-z]+)\s+on\s+(?:the\s+)?$")
_AGED_OF = re.compile(r",\s*\d{1,3}\s*,?\s*(?:of|from)\s+(?:the\s+)?$")


def _destination(before: str, cues: PlaceCues) -> bool:
    on = _ON_PLACE.search(before)
    if on is not None and on.group(1) in {"march", "marched", "marching"}:
        return True
    to = _TO_PLACE.search(before)
    if to is None:
        return False
    lead = re.findall(r"[a-z]+", before[: to.start()].lower())[-4:]
    return any(word in cues.motion_words for word in lead)


def _origin(before: str, cues: PlaceCues) -> bool:
    if _AGED_OF.search(before):
        return True
    found = _origin_pattern(cues.origin_cues).search(re.sub(r"\s+", " ", before.lower()))
    return found is not None and _capitalised_tail(before, found.group(1))


@functools.cache
def _origin_pattern(origin_cues: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every origin cue, then at most two words before the place."""
    cues = "|".join(re.escape(cue) for cue in origin_cues)
    return re.compile(rf"\b({cues}) (?:the )?(?:[a-z][\w'-]*,? ){{0,2}}$")


def _capitalised_tail(before: str, cue: str) -> bool:
    """Whether only capitalised words stand between the cue and the place ("a native of
    Boota Park, Shahdara": yes; "son of a farmer in": no)."""
    index = before.lower().rfind(cue)
    tail = before[index + len(cue) :].split()
    return all(w[:1].isupper() or w.lower() == "the" for w in tail)


def _mentions(place: object) -> list[Span]:
    return list(getattr(place, "mentions", []) or [])


def yield_elsewhere(text: str, candidates: list[tuple[object, Span]]) -> list[tuple[object, Span]]:
    """The candidates less those naming where someone goes or comes from, unless no other
    is left."""
    kept = [c for c in candidates if not names_elsewhere(text, c[1].start_char)]
    return kept or candidates


def yield_grievances(
    trigger: Span, candidates: list[tuple[object, Span]]
) -> list[tuple[object, Span]]:
    """A protest's candidates less those named in its grievance, after "against",
    "condemning", "to protest" … ("rallied in Lahore to protest the killing of an activist
    in Karachi"), unless no other is left."""
    cues = load_place_cues().grievance_cues
    doc = trigger.doc

    def in_grievance(mention: Span) -> bool:
        if mention.start < trigger.end:
            return False
        return any(t.lower_ in cues for t in doc[trigger.end : mention.start])

    grievance = [c for c in candidates if in_grievance(c[1])]
    if not grievance:
        return candidates
    # only a place of known region, in the grievance's country, replaces it: "a protest
    # against the bill in front of City Hall in Yangon" has no better place than Yangon
    countries = {region_of(c[0])[0] for c in grievance}
    kept = [
        c
        for c in candidates
        if c not in grievance and region_of(c[0])[1] is not None and region_of(c[0])[0] in countries
    ]
    return kept or candidates


def sole_region_place(doc: Doc) -> object | None:
    """The article's place when all the places it names below a country lie in one region.

    "Pakistani troops targeted Indian posts in Samba district. The Indian army also
    retaliated": the retaliation, though another event, can only have happened where the
    note is; a note naming places of two regions leaves it without one.
    """
    local = [
        p
        for p in doc._.places or []
        if p.point() is not None and getattr(p.point(), "feature", None) != "country"
    ]
    regions = {region_of(p) for p in local}
    if len(regions) != 1 or None in next(iter(regions)):
        return None
    return min(local, key=lambda p: PLACE_RANK.get(_feature_of(p), 9))


#: smaller places first: the most precise of a region's places is the event's
PLACE_RANK = {"neighbourhood": 0, "facility": 0, "city": 1, "district": 2, "admin2": 2}


def _feature_of(place: object) -> str:
    return str(getattr(place, "feature", None) or getattr(place.point(), "feature", ""))  # type: ignore[attr-defined]
