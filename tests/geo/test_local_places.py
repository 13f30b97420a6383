"""Local-news places the gazetteer lacks or names ambiguously: streets, county lists.

The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def test_street_is_placed_in_the_town_the_article_is_about(resolve: Resolve) -> None:
    text = (
        "Tulsa police closed Wichita Drive on Monday after a water main broke. "
        "Tulsa crews expect to reopen the road by Friday."
    )
    tulsa, street, _again = resolve(text, ["Tulsa", "Wichita Drive", "Tulsa"])
    assert tulsa.place is not None and tulsa.place.country == "US"
    assert street.place is None and street.feature == "facility"
    assert street.within == tulsa.place


def test_street_named_after_a_town_is_in_the_town_its_chain_names(resolve: Resolve) -> None:
    text = "The crash happened on Mayfield Road in Grand Prairie on Saturday night."
    road, town = resolve(text, ["Mayfield Road", "Grand Prairie"])
    assert town.place is not None
    assert road.within == town.place


def test_street_without_a_town_in_the_article_is_not_placed(resolve: Resolve) -> None:
    text = "Residents on Elkview Drive complained about the noise."
    (street,) = resolve(text, ["Elkview Drive"])
    assert street.place is None and street.within is None


def test_every_name_before_counties_is_a_county(resolve: Resolve) -> None:
    text = "School boards in Barrow, Jackson and Madison counties in Georgia cut budgets."
    results = resolve(text, ["Barrow", "Jackson", "Madison", "Georgia"])
    for county in results[:3]:
        assert county.place is not None and county.place.feature == "admin2", county.text
