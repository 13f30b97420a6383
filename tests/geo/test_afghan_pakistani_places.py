"""Places of the kind an Afghan/Pakistani security story names, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def test_bare_kabul_is_the_city_not_the_province(resolve: Resolve) -> None:
    (kabul,) = resolve("Gunmen attacked a checkpoint in Kabul on Monday.", ["Kabul"])
    assert kabul.place is not None
    assert (kabul.place.name, kabul.place.country, kabul.place.feature) == ("Kabul", "AF", "city")


def test_bare_kabul_stays_the_city_for_a_us_outlet(resolve: Resolve) -> None:
    text = "Two rockets landed near the diplomatic quarter of Kabul late on Sunday."
    (kabul,) = resolve(text, ["Kabul"], source_country="US")
    assert kabul.place is not None and (kabul.place.country, kabul.place.feature) == ("AF", "city")


def test_kabul_province_is_the_province(resolve: Resolve) -> None:
    text = "Farmers in the Shakardara district of Kabul province said the harvest had failed."
    (kabul,) = resolve(text, ["Kabul"])
    assert kabul.place is not None
    assert (kabul.place.country, kabul.place.feature) == ("AF", "admin1")


def test_kunar_in_the_pech_valley_is_the_province(resolve: Resolve) -> None:
    text = "Two soldiers were wounded in the Pech valley of Kunar province on Tuesday."
    (kunar,) = resolve(text, ["Kunar"])
    assert kunar.place is not None
    assert (kunar.place.country, kunar.place.feature) == ("AF", "admin1")


def test_peshawar_and_karachi_are_the_pakistani_cities(resolve: Resolve) -> None:
    text = (
        "Security was tightened in Peshawar after the blast, and police in Karachi "
        "set up extra pickets around government buildings."
    )
    peshawar, karachi = resolve(text, ["Peshawar", "Karachi"])
    for result, name in ((peshawar, "Peshawar"), (karachi, "Karachi")):
        assert result.place is not None
        assert (result.place.name, result.place.country, result.place.feature) == (
            name,
            "PK",
            "city",
        )


def test_unknown_neighbourhood_in_a_chain_is_inside_kabul(resolve: Resolve) -> None:
    text = "Police said the raid on a house in Karte Char, PD 3, Kabul ended before dawn."
    karte_char, _pd3, kabul = resolve(text, ["Karte Char", "PD 3", "Kabul"])
    assert kabul.place is not None and kabul.place.feature == "city"
    assert karte_char.place is None
    assert karte_char.within == kabul.place
    assert karte_char.feature == "neighbourhood"


def test_facility_named_after_a_city_is_a_facility_in_that_city(resolve: Resolve) -> None:
    text = (
        "Flights resumed at Kabul airport on Wednesday, a day after the attack on the "
        "Quetta Police Lines and a week after gunmen stormed the Lahore Police Office."
    )
    results = resolve(text, ["Kabul airport", "Quetta Police Lines", "Lahore Police Office"])
    expected = [("Kabul", "AF"), ("Quetta", "PK"), ("Lahore", "PK")]
    for result, (city, country) in zip(results, expected, strict=True):
        assert result.place is None and result.feature == "facility"
        assert result.within is not None
        assert (result.within.name, result.within.country, result.within.feature) == (
            city,
            country,
            "city",
        )


def test_khorasan_is_a_region_not_a_turkish_town(resolve: Resolve) -> None:
    text = "The group named a new emir for Khorasan after its leader was killed in Afghanistan."
    khorasan, _afghanistan = resolve(text, ["Khorasan", "Afghanistan"])
    assert khorasan.place is None or khorasan.place.feature == "region"
    assert khorasan.place is None or khorasan.place.country != "TR"


def test_a_list_of_countries_is_not_an_administrative_chain(resolve: Resolve) -> None:
    text = "Cases were reported in Guinea, Sierra Leone, Liberia and Nigeria last week."
    results = resolve(text, ["Guinea", "Sierra Leone", "Liberia", "Nigeria"])
    assert [r.place.country if r.place else None for r in results] == ["GN", "SL", "LR", "NG"]
