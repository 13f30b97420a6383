"""Admin areas of South Asian conflict news: current admin1 names, districts, agencies.

Event data (ACLED) codes an event by the admin1 its place lies in, so a
district or a town must come back with the right province. The sentences are
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.admin_areas import AdminAreasError, load_admin_areas
from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


@pytest.mark.parametrize(
    ("name", "country", "feature", "admin1"),
    [
        ("Saptari", "NP", "admin2", "Madhesh Province"),
        ("Kailali", "NP", "admin2", "Sudurpashchim Province"),
        ("Khyber Agency", "PK", "admin2", "Khyber Pakhtunkhwa"),
        ("North Waziristan", "PK", "admin2", "Khyber Pakhtunkhwa"),
        ("Moulvibazar", "BD", "admin2", "Sylhet"),
        ("Jaffna", "LK", "admin2", "Northern Province"),
    ],
)
def test_district_is_in_its_province(
    gazetteer: Gazetteer, name: str, country: str, feature: str, admin1: str
) -> None:
    place = next(p for p in gazetteer.lookup(name) if p.country == country)
    assert (place.feature, place.admin1) == (feature, admin1)
    assert place.admin1_id is not None


def test_nepal_town_carries_its_current_province(gazetteer: Gazetteer) -> None:
    town = next(p for p in gazetteer.lookup("Rajbiraj") if p.country == "NP")
    assert town.admin1 == "Madhesh Province"


def test_old_admin1_name_still_finds_the_area(gazetteer: Gazetteer) -> None:
    assert any(p.feature == "admin1" and p.name == "Delhi" for p in gazetteer.lookup("NCT")), (
        "the voted name stays an alternate spelling"
    )


def test_kashmir_region_reports_its_admin1(gazetteer: Gazetteer) -> None:
    kashmir = next(p for p in gazetteer.lookup("Kashmir") if p.feature == "region")
    assert kashmir.admin1 == "Jammu and Kashmir"


def test_village_in_an_agency_stays_in_the_agency(resolve: Resolve) -> None:
    text = "Jets struck militant hideouts in Bara, Khyber Agency, late on Friday."
    bara, agency = resolve(text, ["Bara", "Khyber Agency"])
    assert agency.place is not None and agency.place.country == "PK"
    assert bara.place is None or bara.place.country == "PK"
    assert bara.within == agency.place


def test_district_after_its_town_resolves_in_nepal(resolve: Resolve) -> None:
    text = "Protesters blocked the highway at Lahan, Siraha, for a third day."
    lahan, siraha = resolve(text, ["Lahan", "Siraha"])
    assert lahan.place is not None and lahan.place.admin1 == "Madhesh Province"
    assert siraha.place is not None and siraha.place.country == "NP"


def test_small_town_abroad_is_dropped_when_the_text_names_the_country(resolve: Resolve) -> None:
    text = "In India, Sikh groups held a sit-in at Beas against the desecration."
    (beas,) = resolve(text, ["Beas"], named_countries=["IN"])
    assert beas.place is None


def test_actor_country_lifts_its_places(resolve: Resolve) -> None:
    text = "Police said the attackers fled towards Bara after the ambush."
    (bara,) = resolve(text, ["Bara"], focus_hint=["NP"])
    assert bara.place is not None and bara.place.country == "NP"


def test_admin_areas_file_is_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "areas.yaml"
    bad.write_text("districts:\n  - {name: Swat, country: PK}\n", encoding="utf-8")
    with pytest.raises(AdminAreasError, match="admin1"):
        load_admin_areas(bad)
