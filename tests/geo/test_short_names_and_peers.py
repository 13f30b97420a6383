"""A country's short name after its full name, and two places joined by "and".

Sentences are written for these tests; each pins one general rule.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geo.cues import chains
from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def _country(result: Resolution) -> str | None:
    return result.place.country if result.place is not None else None


def test_bare_congo_is_the_democratic_republic(resolve: Resolve) -> None:
    text = "Health workers in Congo are racing to contain a new measles outbreak."
    (congo,) = resolve(text, ["Congo"])
    assert congo.place is not None and congo.place.feature == "country"
    assert _country(congo) == "CD"


def test_congo_after_republic_of_congo_is_that_republic(resolve: Resolve) -> None:
    text = (
        "Ebola has killed nine people in the Republic of Congo this month. The government "
        "of Congo has closed the border crossings near Mbomo."
    )
    full, short = resolve(text, ["Republic of Congo", "Congo"])
    assert _country(full) == "CG"
    assert _country(short) == "CG"


def test_zaire_is_the_old_name_of_the_democratic_republic(resolve: Resolve) -> None:
    text = "The virus was first identified in 1976 near the Ebola River in Zaire."
    (zaire,) = resolve(text, ["Zaire"])
    assert _country(zaire) == "CD"


def test_two_places_joined_by_and_are_peers() -> None:
    text = "Officials said polio had been wiped out in Egypt and Niger last year."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Egypt", "Niger")]
    groups, lists = chains(text, spans)
    assert groups == [[0], [1]]
    assert lists == [[0, 1]]


def test_pair_does_not_take_a_place_out_of_its_chain() -> None:
    text = "Cases rose in Egypt and in Kano, Nigeria, this spring."
    names = ("Egypt", "Kano", "Nigeria")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    groups, lists = chains(text, spans)
    assert [1, 2] in groups
    assert lists == []


def test_country_paired_with_a_country_stays_a_country(resolve: Resolve) -> None:
    text = (
        "Vaccinators in Kano and Katsina states of Nigeria met on Monday. The agency said "
        "polio had been wiped out in Egypt and Niger, but not in Nigeria."
    )
    results = resolve(text, ["Kano", "Katsina", "Nigeria", "Egypt", "Niger", "Nigeria"])
    niger = results[4]
    assert niger.place is not None and niger.place.feature == "country"
    assert _country(niger) == "NE"
