"""Scores for a toponym's candidate places: priors, the chain, and the article's context.

Scores are additive log-odds-like points; the weights below were set by hand on
the LGL and GeoVirus development sets (see ``benchmarks/geo.py``) and on the
Afghan/Pakistani cases in ``tests/geo``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from math import log10

from sitrep.resolve.gazetteer.index import NAME_ALIAS, NAME_ALTERNATE, NAME_PRIMARY
from sitrep.resolve.gazetteer.normalize import normalize_name
from sitrep.resolve.gazetteer.place import GazPlace
from sitrep.resolve.geo.country_focus import focus_country
from sitrep.resolve.geo.cues import MentionCue
from sitrep.resolve.geo.distance import haversine_km

FEATURE_PRIOR = {
    "country": 4.0,
    "admin1": 2.5,
    "region": 1.0,
    "admin2": 0.4,
    "district": 0.3,
    "city": 0.0,
    "neighbourhood": -0.3,
    "facility": -0.3,
}
POPULATION_WEIGHT = 1.6  # points for a population of 10 million, log-scaled
KIND_MATCH, KIND_MISMATCH = 3.0, -2.0
ALTERNATE_NAME, ALIAS_NAME = -2.0, 2.0
CAPITAL = 1.0
#: a city this large is known worldwide: news abroad names it without its country
WORLD_CITY_POPULATION, WORLD_CITY = 500_000, 1.5
SOURCE_COUNTRY, FOCUS_COUNTRY = 1.0, 1.5
#: points for a reading in the one country the article is clearly about (``country_focus``)
FOCUS_LEAD = 2.0
CHAIN_CONTAINED, CHAIN_SAME_COUNTRY, CHAIN_CONTAINER = 4.0, 1.0, 1.5
CONTEXT_COUNTRY, CONTEXT_COUNTRY_STRONG, CONTEXT_ADMIN1, CONTEXT_NEAR = 1.5, 0.7, 1.5, 1.0
NEAR_KM = 150.0
#: points for a reading of the same kind as most of the other places in its list
SIBLING_KIND = 3.0
CITY_OVER_ADMIN1 = -3.0
#: a small place named after a world region ("Middle East", a Baltimore neighbourhood)
WORLD_REGION_NAMESAKE, NAMESAKE_MAX_POPULATION = -3.0, 100_000
_SMALL_KINDS = frozenset({"city", "neighbourhood", "facility", "admin2", "district"})
#: a pair ("Egypt and Niger") reads as peers when its other place is this large;
#: a town and a state ("New York City and Florida") are paired as often as two towns
_PAIR_KINDS = frozenset({"country", "admin1"})
_OWN_NAME_KINDS = frozenset({NAME_PRIMARY, NAME_ALIAS})


@dataclass
class Slot:
    """One mention and its scored candidates while the document is being resolved."""

    cue: MentionCue
    candidates: list[tuple[GazPlace, int]]
    prior: list[float] = field(default_factory=list)
    chain: list[float] = field(default_factory=list)
    context: list[float] = field(default_factory=list)
    choice: int | None = None
    #: countries the geocoder was told the article is about (actors, names, unit words)
    hints: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[str, frozenset[str]]:
        """Mentions with the same key name the same place (one sense per discourse)."""
        return normalize_name(self.cue.lookup_names[-1]), self.cue.kinds

    def totals(self) -> list[float]:
        return [p + c + x for p, c, x in zip(self.prior, self.chain, self.context, strict=True)]

    @property
    def chosen(self) -> GazPlace | None:
        return None if self.choice is None else self.candidates[self.choice][0]


def prior_scores(slot: Slot, source_country: str | None, focus: frozenset[str]) -> list[float]:
    """Context-free score of each candidate: size, kind, name quality, source country.

    Also keeps ``focus`` on the slot: it is evidence for the article's one country.
    """
    slot.hints = focus
    scores = []
    for place, name_kind in slot.candidates:
        score = POPULATION_WEIGHT * log10(place.population + 1) / 7
        score += FEATURE_PRIOR.get(place.feature, 0.0)
        if slot.cue.kinds:
            score += KIND_MATCH if place.feature in slot.cue.kinds else KIND_MISMATCH
        if name_kind == NAME_ALTERNATE:
            score += ALTERNATE_NAME
        elif name_kind == NAME_ALIAS:
            score += ALIAS_NAME
        if place.feature_code == "PPLC":
            score += CAPITAL
        if place.feature == "city" and place.population >= WORLD_CITY_POPULATION:
            score += WORLD_CITY
        if source_country and place.country == source_country:
            score += SOURCE_COUNTRY
        if place.country in focus:
            score += FOCUS_COUNTRY
        scores.append(score)
    if not slot.cue.kinds:
        _prefer_city_over_its_province(slot, scores)
    _prefer_world_region_over_namesake(slot, scores)
    return scores


def _prefer_world_region_over_namesake(slot: Slot, scores: list[float]) -> None:
    """A bare "the Middle East" or "Atlantic" is the world region, not a small namesake.

    A region spanning countries has no country, so the article's own country can
    never lift it, while a local namesake (a neighbourhood, a hamlet) gains from
    every other place in that country: in US news "the Middle East" would turn into
    a Baltimore neighbourhood. A chain ("Middle East, Baltimore") still wins it back.
    """
    if not any(
        place.country == "" and place.feature == "region" and kind in _OWN_NAME_KINDS
        for place, kind in slot.candidates
    ):
        return
    for i, (place, _kind) in enumerate(slot.candidates):
        if place.feature in _SMALL_KINDS and place.population < NAMESAKE_MAX_POPULATION:
            scores[i] += WORLD_REGION_NAMESAKE


def _prefer_city_over_its_province(slot: Slot, scores: list[float]) -> None:
    """A bare "Kabul" or "Ghazni" is the city, not the province named after it.

    The same holds for a national capital named like a province elsewhere in its
    country: a bare "Washington" in news is the capital, not the state.
    """
    cities = [p for p, kind in slot.candidates if p.feature == "city" and kind in _OWN_NAME_KINDS]
    for i, (place, _kind) in enumerate(slot.candidates):
        if place.feature != "admin1":
            continue
        if any(
            (place.contains(c) and c.population >= 0.1 * place.population)
            or (c.feature_code == "PPLC" and c.country == place.country)
            for c in cities
        ):
            scores[i] += CITY_OVER_ADMIN1


def chain_scores(slots: Sequence[Slot], chain_groups: Sequence[Sequence[int]]) -> None:
    """Reward readings in which a chain's smaller place lies inside its larger ones."""
    for slot in slots:
        slot.chain = [0.0] * len(slot.candidates)
    for group in chain_groups:
        for a_pos, a in enumerate(group):
            for b in group[a_pos + 1 :]:
                small, large = slots[a], slots[b]
                for i, (c, _k) in enumerate(small.candidates):
                    if any(d.contains(c) for d, _ in large.candidates):
                        small.chain[i] += CHAIN_CONTAINED
                    elif any(d.country == c.country for d, _ in large.candidates):
                        small.chain[i] += CHAIN_SAME_COUNTRY
                for j, (d, _k) in enumerate(large.candidates):
                    if any(d.contains(c) for c, _ in small.candidates):
                        large.chain[j] += CHAIN_CONTAINER


def context_scores(slots: Sequence[Slot], lists: Sequence[Sequence[int]] = ()) -> None:
    """Reward candidates that agree with the other places the article names.

    ``lists`` are enumerations of peers ("Oregon, Utah, Washington and Wyoming"):
    a member's reading of the kind most of its siblings have is preferred.
    """
    countries: Counter[str] = Counter()
    admin1s: Counter[int] = Counter()
    by_key: dict[tuple[str, frozenset[str]], Counter[str]] = {}
    by_key_admin1: dict[tuple[str, frozenset[str]], Counter[int]] = {}
    points: list[tuple[tuple[str, frozenset[str]], GazPlace]] = []
    for slot in slots:
        place = slot.chosen
        if place is None:
            continue
        countries[place.country] += 1
        by_key.setdefault(slot.key, Counter())[place.country] += 1
        admin1 = place.geonameid if place.feature == "admin1" else place.admin1_id
        if admin1 is not None:
            admin1s[admin1] += 1
            by_key_admin1.setdefault(slot.key, Counter())[admin1] += 1
        if place.feature in ("city", "neighbourhood", "admin2", "district", "facility"):
            points.append((slot.key, place))
    for slot in slots:
        own = by_key.get(slot.key, Counter())
        own_admin1 = by_key_admin1.get(slot.key, Counter())
        scores = []
        for place, _kind in slot.candidates:
            score = 0.0
            support = countries[place.country] - own[place.country]
            if support >= 1:
                score += CONTEXT_COUNTRY + (CONTEXT_COUNTRY_STRONG if support >= 3 else 0.0)
            admin1 = place.geonameid if place.feature == "admin1" else place.admin1_id
            if admin1 is not None and admin1s[admin1] - own_admin1[admin1] >= 1:
                score += CONTEXT_ADMIN1
            if place.feature not in ("country", "admin1", "region") and any(
                key != slot.key
                and haversine_km(place.lat, place.lon, other.lat, other.lon) <= NEAR_KM
                for key, other in points
            ):
                score += CONTEXT_NEAR
            scores.append(score)
        slot.context = scores
    for members in lists:
        _sibling_scores([slots[i] for i in members])
    _lead_scores(slots)


def _lead_scores(slots: Sequence[Slot]) -> None:
    """Lift readings in the one country the article is clearly about.

    A note on Bangladeshi parties naming "Islampur" or "Mirpur" means the
    Bangladeshi place, though India has a bigger one of that name. A name known
    worldwide (a country, a capital, a city of half a million) is left to its
    other scores: news names such places abroad without their country, unless
    the article's country has a famous place of the name too ("Hyderabad").
    """
    leader = focus_country(slots)
    if leader is None:
        return
    for slot in slots:
        famous = {place.country for place, _k in slot.candidates if _is_famous(place)}
        if famous and leader not in famous:
            continue
        slot.context = [
            score + (FOCUS_LEAD if place.country == leader else 0.0)
            for score, (place, _k) in zip(slot.context, slot.candidates, strict=True)
        ]


def _is_famous(place: GazPlace) -> bool:
    """Whether news names this place abroad without saying where it is (the Atlantic too)."""
    return (
        place.feature == "country"
        or (place.feature == "region" and not place.country)
        or place.feature_code == "PPLC"
        or (place.feature == "city" and place.population >= WORLD_CITY_POPULATION)
    )


def _sibling_scores(members: Sequence[Slot]) -> None:
    for slot in members:
        kinds = Counter(
            other.chosen.feature for other in members if other is not slot and other.chosen
        )
        if not kinds:
            continue
        kind, count = kinds.most_common(1)[0]
        if count < min(2, len(members) - 1):  # most of a list; the other of a pair
            continue
        if len(members) == 2 and kind not in _PAIR_KINDS:
            continue
        slot.context = [
            score + (SIBLING_KIND if place.feature == kind else 0.0)
            for score, (place, _k) in zip(slot.context, slot.candidates, strict=True)
        ]
