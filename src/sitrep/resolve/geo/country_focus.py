"""The one country an article is about, weighed from all it says, not from one name.

A careful coder reads a short note about "a Jamaat-e-Islami leader shot at Islampur
in Mithapukur upazila" as Bangladeshi before resolving any village: the party, the
unit word and the districts it names all say so, and an ambiguous town is then read
in that country. The geocoder's hints (the countries of the article's known actors,
the countries it names or whose people it names, those whose local-unit words it
uses) and the article's own place names are evidence; a country leads only when it
clearly outweighs every other, so one foreign namesake cannot flip a note, and an
article about several countries has no leader at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.resolve.gazetteer.index import NAME_ALIAS, NAME_PRIMARY
from sitrep.resolve.geo.local_units import word_countries

if TYPE_CHECKING:
    from sitrep.resolve.geo.scoring import Slot

#: weight of a country the geocoder was told the article is about (actor, name, unit word)
HINT = 2.0
#: weight of a name spelled with a country's own local-unit word ("Kalia upazila")
UNIT_NAME = 2.0
#: weight of a province or district name that exists in one country only ("Manikganj")
ADMIN_NAME = 2.0
#: a town abroad this large makes a province's name ambiguous ("Bharatpur", Nepal and India)
NAMESAKE_TOWN_POPULATION = 100_000
#: a leader needs this much evidence, and this many times the runner-up's
LEAD_MIN, LEAD_RATIO = 2.0, 2.0
_ADMIN_KINDS = frozenset({"admin1", "admin2"})
_OWN_NAME_KINDS = frozenset({NAME_PRIMARY, NAME_ALIAS})


def country_evidence(slots: Sequence[Slot]) -> dict[str, float]:
    """Points for each country the article's hints and place names point to.

    Each distinct name counts once however often it is repeated: a long report
    on one town is no stronger evidence than a short one. A name counts for its
    own reading too: "Okhaldhunga" alone says Nepal, whatever a gazetteer's stray
    region of that name abroad; the price is that a word misread as a place
    ("Young doctors", a district in Australia) can lift itself.
    """
    weights: defaultdict[str, float] = defaultdict(float)
    hints: set[str] = set()
    seen: set[str] = set()
    for slot in slots:
        hints.update(slot.hints)
        name = slot.key[0]
        if name in seen:
            continue
        seen.add(name)
        unit = word_countries(slot.cue.kind_word) if slot.cue.kind_word else None
        for country in unit or ():
            weights[country] += UNIT_NAME / len(unit or ())
        admin_country = _sole_admin_country(slot)
        if admin_country is not None:
            weights[admin_country] += ADMIN_NAME
    for country in hints:
        weights[country] += HINT
    return dict(weights)


def focus_country(slots: Sequence[Slot]) -> str | None:
    """The country the article is clearly about, or None when the evidence is weak or split."""
    evidence = country_evidence(slots)
    ranked = sorted(evidence.items(), key=lambda item: -item[1])[:2]
    if not ranked:
        return None
    leader, weight = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if weight >= LEAD_MIN and weight >= LEAD_RATIO * runner_up:
        return leader
    return None


def _sole_admin_country(slot: Slot) -> str | None:
    """The country of a name that is a province or district there and nowhere else.

    A name that is also a country ("Georgia") or an admin area in two countries
    ("Punjab") says nothing, nor does one with a large town of its name abroad
    ("Bharatpur"); small towns abroad do not matter, since they are what the
    focus is meant to decide between.
    """
    countries = set()
    towns = set()
    for place, kind in slot.candidates:
        if kind not in _OWN_NAME_KINDS:
            continue
        if place.feature == "country":
            return None
        if place.feature in _ADMIN_KINDS:
            countries.add(place.country)
        elif place.feature == "city" and place.population >= NAMESAKE_TOWN_POPULATION:
            towns.add(place.country)
    if len(countries) != 1 or not towns <= countries:
        return None
    return next(iter(countries))
