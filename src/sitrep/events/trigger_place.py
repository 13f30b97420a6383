"""Where an event happened, among the places its own sentence names.

The argument reader asks this module for the place of one trigger: a place mention of the
sentence that is no actor's, no people's name ("Sudanese") and no cause's ("Kashmir Day"),
nearer this trigger than the sentence's other triggers, that other places of the article
back; towns before countries, the nearest after a locative preposition, then the smallest
place the chosen one contains. Where the sentence names none, ``event_places`` looks
further; the rules for single mentions (a native's home town, a grievance's place) are
``place_choice``'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

#: Kinds of place from the most to the least specific: a smaller place contained in the chosen
#: one wins.
PLACE_PREFERENCE = {
    "neighbourhood": 0,
    "facility": 0,
    "city": 1,
    "district": 2,
    "admin2": 2,
    "admin1": 3,
    "region": 4,
    "country": 5,
}


def trigger_place(
    doc: Doc,
    text: str,
    place_of: Mapping[int, object],
    sentence: Span,
    trigger: Span,
    others: Sequence[int] = (),
    actors: tuple[Span | None, ...] = (),
    event_type: str | None = None,
) -> object | None:
    """The place where the event happened among the sentence's places (not its actors);
    ``others`` are the starts of the sentence's other triggers, which keep their places."""
    from sitrep.events.event_places import coherent_places
    from sitrep.events.place_choice import (
        corrected_place,
        names_a_cause,
        yield_elsewhere,
        yield_grievances,
    )
    from sitrep.resolve.geo.event_place import choose_event_place

    actor_tokens = {i for span in actors if span is not None for i in range(span.start, span.end)}
    candidates: list[tuple[object, Span]] = []
    for place in places_in(place_of, sentence):
        for mention in place.mentions:  # type: ignore[attr-defined]
            if (
                mention.label_ != "NORP"  # "Sudanese" names a people, not where it happened
                and sentence.start <= mention.start < sentence.end
                and mention.start not in actor_tokens
                and _nearest_trigger(mention.start, trigger.start, others)
                and not names_a_cause(text, mention.end_char)  # "Kashmir Day"
            ):
                candidates.append((place, mention))
    if not candidates:
        return None
    backed = coherent_places([c[0] for c in candidates], doc._.places or [])
    candidates = [c for c in candidates if c[0] in backed]
    # "protested in Lahore against atrocities in Burma": a town or region says where it
    # happened; a country named beside it is the story's subject or backdrop.
    candidates = [c for c in candidates if _feature(c[0]) != "country"] or candidates
    # "a native of Jessore", "marched to Yangon": where someone comes from or goes
    candidates = yield_elsewhere(text, candidates)
    if event_type == "PROTEST":  # "rallied in Lahore against the killing in Karachi"
        candidates = yield_grievances(trigger, candidates)
    chosen = choose_event_place(
        text,
        (trigger.start_char, trigger.end_char),
        [(m.start_char, m.end_char) for _, m in candidates],
    )
    place = candidates[chosen][0] if chosen is not None else None
    rivals = [c[0] for c in candidates]
    if _feature(place) == "country":
        # "activists of the Federation of India staged a protest in Nalgonda, demanding":
        # the town is nearer "demanding", but it is still the country's place in point.
        rivals += places_in(place_of, sentence)
    place = most_specific_within(place, rivals)
    return corrected_place(doc, sentence, place, places_in(place_of, sentence))


def places_in(place_of: Mapping[int, object], sentence: Span) -> list[object]:
    """The places a sentence names, each once, in order of their first mention."""
    found: list[object] = []
    for i in range(sentence.start, sentence.end):
        place = place_of.get(i)
        if place is not None and place not in found:
            found.append(place)
    return found


def _nearest_trigger(position: int, trigger_start: int, others: Sequence[int]) -> bool:
    """True when no other trigger of the sentence stands nearer to this position."""
    mine = abs(position - trigger_start)
    return all(abs(position - other) >= mine for other in others)


def most_specific_within(place: object | None, others: list[object]) -> object | None:
    """ "in Khair Khana, PD 17, Kabul": a smaller place the chosen one contains wins.

    A name the gazetteer lacks stands for the area it was placed in ("Sadar upazila"
    known only as somewhere in Bangladesh), so a known place inside that area wins too.
    """
    if place is None:
        return None
    point = getattr(place, "place", None) or getattr(place, "within", None)
    contains = getattr(point, "contains", None)
    best = place
    for other in others:
        inner = getattr(other, "place", None) or getattr(other, "within", None)
        if other is place or inner is None or not callable(contains):
            continue
        within = getattr(other, "within", None)
        same = within is not None and getattr(within, "geonameid", None) == getattr(
            point, "geonameid", None
        )
        if same or contains(inner):
            if _precision(other) < _precision(best):
                best = other
    return best


def _precision(place: object) -> int:
    """How precisely a place is known (lower is finer). A name the gazetteer lacks is known
    only as well as the area it was placed in: "Kamalpur village", placed somewhere in
    Bangladesh, is no finer than the country, so the district the sentence names wins."""
    point = getattr(place, "place", None)
    if point is None and getattr(place, "within", None) is not None:
        feature = getattr(place.within, "feature", None)  # type: ignore[attr-defined]
    else:
        feature = getattr(place, "feature", None)
    return PLACE_PREFERENCE.get(feature or "country", 5)


def _feature(place: object | None) -> str | None:
    """The place's kind; a name the gazetteer lacks is as precise as the area it was put in."""
    return getattr(place, "feature", None) or getattr(
        getattr(place, "within", None), "feature", None
    )
