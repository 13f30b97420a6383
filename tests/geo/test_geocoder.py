"""The geocoder resolves toponyms in context, on news sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geocoder import Resolution, acled_geo_precision

Resolve = Callable[..., list[Resolution]]


def test_kabul_in_an_afghan_story_is_the_afghan_capital(resolve: Resolve) -> None:
    text = (
        "A suicide bomber blew himself up outside the foreign ministry in Kabul on Monday, "
        "Afghanistan's interior ministry said, killing at least six people."
    )
    kabul, afghanistan = resolve(text, ["Kabul", "Afghanistan"])
    assert kabul.place is not None and kabul.place.country == "AF"
    assert kabul.place.feature == "city"
    assert abs(kabul.place.lat - 34.53) < 0.2 and abs(kabul.place.lon - 69.17) < 0.2
    assert afghanistan.place is not None and afghanistan.place.feature == "country"


def test_karachi_and_peshawar_are_the_pakistani_cities(resolve: Resolve) -> None:
    text = "Police in Karachi detained four suspects, and a fifth man was arrested in Peshawar."
    karachi, peshawar = resolve(text, ["Karachi", "Peshawar"])
    assert karachi.place is not None and (karachi.place.name, karachi.place.country) == (
        "Karachi",
        "PK",
    )
    assert peshawar.place is not None and peshawar.place.country == "PK"
    assert acled_geo_precision(peshawar.feature) == 1


def test_news_spellings_of_afghan_and_pakistani_provinces(resolve: Resolve) -> None:
    text = (
        "Militants crossed from Khyber Pakhtunkhwa into Kunar overnight, while drone strikes "
        "were reported in Paktya and Nuristan."
    )
    results = resolve(text, ["Khyber Pakhtunkhwa", "Kunar", "Paktya", "Nuristan"])
    kinds = [(r.place.country, r.place.feature) if r.place else None for r in results]
    assert kinds == [("PK", "admin1"), ("AF", "admin1"), ("AF", "admin1"), ("AF", "admin1")]
    assert acled_geo_precision(results[1].feature) == 3


def test_admin_chain_places_an_unknown_district_inside_its_province(resolve: Resolve) -> None:
    text = "Two policemen were killed when their vehicle hit a mine in Andar district, Ghazni province."
    andar, ghazni = resolve(text, ["Andar", "Ghazni"])
    assert ghazni.place is not None
    assert (ghazni.place.country, ghazni.place.feature) == ("AF", "admin1")
    assert andar.place is None
    assert andar.within == ghazni.place
    assert andar.feature == "district"


def test_unknown_neighbourhood_gets_the_smallest_known_enclosing_place(resolve: Resolve) -> None:
    text = (
        "The blast hit a wedding hall in Shahrak-e-Zakireen, Khair Khana, PD 17, Kabul, "
        "late on Thursday."
    )
    results = resolve(text, ["Shahrak-e-Zakireen", "Khair Khana", "PD 17", "Kabul"])
    kabul = results[-1].place
    assert kabul is not None and kabul.country == "AF"
    first = results[0]
    assert first.place is None and first.text == "Shahrak-e-Zakireen"
    assert first.within is not None and first.within.country == "AF"
    assert first.within == next(r.place for r in results[1:] if r.place is not None)


def test_chain_with_us_state_picks_the_town_in_that_state(resolve: Resolve) -> None:
    text = "A warehouse fire in Alexandria, Louisiana, forced dozens of families from their homes."
    alexandria, louisiana = resolve(text, ["Alexandria", "Louisiana"])
    assert alexandria.place is not None
    assert (alexandria.place.country, alexandria.place.admin1) == ("US", "Louisiana")
    assert louisiana.place is not None and louisiana.place.feature == "admin1"


def test_other_places_in_the_article_pick_the_reading(resolve: Resolve) -> None:
    text = (
        "Flooding closed roads in Alexandria and Cairo on Tuesday, and Egypt's health "
        "ministry said clinics in Giza were also affected."
    )
    results = resolve(text, ["Alexandria", "Cairo", "Egypt", "Giza"])
    assert {r.place.country for r in results if r.place is not None} == {"EG"}


def test_source_country_breaks_a_tie(resolve: Resolve) -> None:
    # Two big cities share the name; the outlet's country decides. (A world city
    # against a town of the outlet's country is no tie: see test_world_places.py.)
    text = "The city council of Hyderabad voted on Tuesday to raise parking fees downtown."
    (plain,) = resolve(text, ["Hyderabad"])
    (pakistani,) = resolve(text, ["Hyderabad"], source_country="PK")
    assert plain.place is not None and plain.place.country == "IN"
    assert pakistani.place is not None and pakistani.place.country == "PK"


def test_focus_hint_names_a_country(resolve: Resolve) -> None:
    text = "Officials in Hyderabad said the curfew would be lifted on Friday."
    (pakistan,) = resolve(text, ["Hyderabad"], focus_hint=["Pakistan"])
    (india,) = resolve(text, ["Hyderabad"], focus_hint=["IN"])
    assert pakistan.place is not None and pakistan.place.country == "PK"
    assert india.place is not None and india.place.country == "IN"


def test_repeated_name_keeps_one_reading(resolve: Resolve) -> None:
    text = (
        "Georgia's interior ministry said troops had left Gori. Residents of Georgia's "
        "capital, Tbilisi, rallied in support."
    )
    results = resolve(text, ["Georgia", "Gori", "Georgia", "Tbilisi"])
    assert results[0].place == results[2].place
    assert results[0].place is not None and results[0].place.country == "GE"


def test_demonym_resolves_to_its_country(resolve: Resolve) -> None:
    text = "Russian officials met their Afghan counterparts in Moscow."
    russian, afghan, moscow = resolve(text, ["Russian", "Afghan", "Moscow"])
    assert russian.place is not None and russian.place.country == "RU"
    assert afghan.place is not None and afghan.place.country == "AF"
    assert moscow.place is not None and moscow.place.country == "RU"


def test_a_name_with_no_entry_and_no_chain_stays_unresolved(resolve: Resolve) -> None:
    text = "Fighters retreated towards Qzxvillebrook after the clash."
    (result,) = resolve(text, ["Qzxvillebrook"])
    assert result.place is None and result.within is None and result.confidence == 0.0


def test_acled_precision_codes() -> None:
    assert [acled_geo_precision(f) for f in ("city", "neighbourhood", "facility")] == [1, 1, 1]
    assert [acled_geo_precision(f) for f in ("district", "admin2")] == [2, 2]
    assert [acled_geo_precision(f) for f in ("admin1", "country", "region", None)] == [3, 3, 3, 3]
