"""Variant spellings of small towns in the country the article is about, on sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def test_variant_spelling_is_kept_in_the_named_country(resolve: Resolve) -> None:
    text = "Myanmar troops and rebels fought near the jade mines of Hpakant on Tuesday."
    (town,) = resolve(text, ["Hpakant"], named_countries=["MM"])
    assert town.place is not None
    assert (town.place.country, town.place.admin1) == ("MM", "Kachin")


def test_variant_spelling_is_kept_in_an_actors_country(resolve: Resolve) -> None:
    text = "Kachin rebels ambushed an army convoy outside Hpakant township."
    (town,) = resolve(text, ["Hpakant"], focus_hint=["MM"])
    assert town.place is not None and town.place.country == "MM"


def test_unsupported_variant_abroad_is_still_dropped(resolve: Resolve) -> None:
    text = "Kachin rebels ambushed an army convoy outside Hpakant township."
    (town,) = resolve(text, ["Hpakant"], focus_hint=["TH"])
    assert town.place is None
