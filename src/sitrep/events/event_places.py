"""Where an event happened if the argument reader left it without a place.

First a town or region the event's own sentence names (``sentence_place``), then the
place of the nearest earlier event of its arena, then the nearest place the article
names around it; places alone in their country yield to those another place backs
(``coherent_places``). The rules for single place mentions (a native's home town, a
grievance's place, "Kashmir Day") are ``place_choice``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text
from sitrep.events.context import (
    HAPPENED,
    arena,
    cue_before,
    event_start,
    is_statement,
    load_context_cues,
)
from sitrep.events.record import EventRecord

PlaceT = TypeVar("PlaceT")


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

    ordered = sorted(events, key=event_start)
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
        start = event_start(event)
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
    return cue_before(event, sequel) and not cue_before(event, distinct_cues - sequel)


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
    place. Where no candidate is backed but the article's story is (two places of one
    country), none is kept: a lone town of another country is most often a name the
    gazetteer misread (a colonel "Ponce", a "Dolores" in Colorado, "North") or a country
    named in passing, and the event is better placed where the story is. Where the article
    backs no country at all, the candidates stay as they are.
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
    if backed or not any(backing(place) > 0 for place in article_places):
        return backed or list(candidates)
    return []
