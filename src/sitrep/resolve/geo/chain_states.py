"""The last name of an admin chain is a state, even when a country shares its name.

ACLED-style notes write where as "Minna (Chanchaga, Niger)": the town, then its district
and its state. "Niger" there is Niger State of Nigeria, not the Republic of Niger; read as
the country it drags the district and the event abroad and loses the admin1. A coder
reads the chain's tail as the admin1 of the country the rest of the chain points to,
whenever that country has an admin1 of that name. In the namesake country itself only a
full chain ("Toluca (Toluca, Mexico)": district, state) makes the tail a state; "Diffa
(Niger)" stays the country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from sitrep.resolve.gazetteer.index import NAME_PRIMARY

#: names in a bracket from which the last is an admin1 even in its namesake country: ACLED
#: writes "(district, admin1)" and never adds the country ("Toluca (Toluca, Mexico)")
MIN_STATE_CHAIN = 2

#: a chain: the index of the place before the bracket, then the indices of the names in it
Chain = tuple[int, list[int]]


def read_chain_tails_as_states(chains: list[Chain], resolutions: list[Any], gazetteer: Any) -> None:
    """Re-read, in place, each chain's last name that resolved to a country as the admin1
    of the same name in the country the chain's other places (else the story's other
    places) lie in. Names the geocoder placed inside the country (an unknown district)
    move into that admin1 with it."""
    for head, pieces in chains:
        if not pieces:
            continue
        tail = pieces[-1]
        country = resolutions[tail].place
        if country is None or country.feature != "country":
            continue
        home = _chain_country([head, *pieces[:-1]], resolutions)
        if home is None:  # nothing in the chain is known: the story's other places tell
            rest = [i for i in range(len(resolutions)) if i != head and i not in pieces]
            home = _chain_country(rest, resolutions)
        if home is None or (home == country.country and len(pieces) < MIN_STATE_CHAIN):
            continue  # "Diffa (Niger)": a lone name in brackets may well be the country
        state = _admin1_named(resolutions[tail].text, home, gazetteer)
        if state is None:
            continue
        resolutions[tail] = replace(resolutions[tail], place=state, within=None, feature="admin1")
        for other in (head, *pieces[:-1]):
            res = resolutions[other]
            if res.place is None and _same_place(res.within, country):
                resolutions[other] = replace(res, within=state)


def _chain_country(indices: list[int], resolutions: list[Any]) -> str | None:
    """The one country the chain's places below country level lie in, if they agree."""
    countries = Counter(
        p.country
        for p in (resolutions[i].place or resolutions[i].within for i in indices)
        if p is not None and p.feature != "country" and p.country
    )
    if len(countries) != 1:
        return None
    return next(iter(countries))


def _admin1_named(name: str, country: str, gazetteer: Any) -> Any | None:
    """The gazetteer's admin1 of ``country`` known by exactly this name ("Niger" in NG)."""
    for place, kind in gazetteer.candidates(name):
        if place.feature == "admin1" and place.country == country and kind == NAME_PRIMARY:
            return place
    return None


def _same_place(a: Any, b: Any) -> bool:
    return a is not None and b is not None and a.geonameid == b.geonameid
