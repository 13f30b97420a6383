"""A lone small place abroad in a note whose other places lie in one country (ACLED admin1)."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def test_sadar_in_a_bangladeshi_note_does_not_go_to_java(resolve: Resolve) -> None:
    text = (
        "Activists of two factions clashed at a market in Dinajpur Sadar on Sunday, "
        "leaving six injured, police in Dinajpur said."
    )
    dinajpur, sadar, _again = resolve(text, ["Dinajpur", "Sadar", "Dinajpur"])
    assert dinajpur.place is not None and dinajpur.place.country == "BD"
    point = sadar.place or sadar.within
    assert point is not None and point.country == "BD"


def test_unknown_local_name_is_placed_in_the_article_country(resolve: Resolve) -> None:
    text = "Militants attacked a gas pipeline near Tera in Balochistan late on Friday."
    tera, balochistan = resolve(text, ["Tera", "Balochistan"])
    assert balochistan.place is not None and balochistan.place.country == "PK"
    point = tera.place or tera.within
    assert point is not None and point.country == "PK"


def test_foreign_places_that_agree_keep_each_other(resolve: Resolve) -> None:
    text = "Officials in Lahore said two workers returned from Doha and Al Khor last week."
    lahore, doha, khor = resolve(text, ["Lahore", "Doha", "Al Khor"])
    assert lahore.place is not None and lahore.place.country == "PK"
    assert doha.place is not None and doha.place.country == "QA"
    assert khor.place is not None and khor.place.country == "QA"
