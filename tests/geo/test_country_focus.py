"""The one country a note is about, weighed from all its evidence, on sentences written
for these tests: an ambiguous town is read there, and one foreign namesake cannot flip it."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.resolve.gazetteer.index import NAME_ALTERNATE, NAME_PRIMARY
from sitrep.resolve.gazetteer.place import GazPlace
from sitrep.resolve.geo.country_focus import country_evidence, focus_country
from sitrep.resolve.geo.cues import MentionCue
from sitrep.resolve.geo.scoring import Slot
from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def _place(name: str, country: str, feature: str, population: int = 0) -> GazPlace:
    return GazPlace(
        geonameid=hash((name, country, feature)) % 1_000_000,
        name=name,
        lat=0.0,
        lon=0.0,
        country=country,
        admin1=None,
        admin2=None,
        feature=feature,
        population=population,
        feature_code="",
    )


def _slot(
    name: str,
    candidates: list[tuple[GazPlace, int]],
    hints: frozenset[str] = frozenset(),
    kind_word: str | None = None,
) -> Slot:
    cue = MentionCue(0, len(name), name, (name,), frozenset(), kind_word)
    return Slot(cue, candidates, hints=hints)


def test_actor_and_district_of_one_country_make_it_the_focus() -> None:
    slots = [
        _slot("Sherpur", [(_place("Sherpur", "IN", "city", 30_000), NAME_PRIMARY)], {"BD"}),
        _slot("Gaibandha", [(_place("Gaibandha", "BD", "admin2"), NAME_PRIMARY)], {"BD"}),
    ]
    assert focus_country(slots) == "BD"


def test_a_country_named_beside_the_actors_country_leaves_no_focus() -> None:
    slots = [
        _slot("Sherpur", [(_place("Sherpur", "IN", "city", 30_000), NAME_PRIMARY)], {"BD", "IN"})
    ]
    assert focus_country(slots) is None


def test_a_unit_word_outweighs_a_single_foreign_hint() -> None:
    slots = [
        _slot(
            "Kalia", [(_place("Kalia", "IN", "city", 9_000), NAME_PRIMARY)], {"BD", "IN"}, "upazila"
        ),
        _slot("Narail", [(_place("Narail", "BD", "admin2"), NAME_PRIMARY)], {"BD", "IN"}),
    ]
    assert country_evidence(slots)["BD"] > 2 * country_evidence(slots)["IN"]
    assert focus_country(slots) == "BD"


def test_a_district_name_with_a_large_town_abroad_is_no_evidence() -> None:
    """ "Bharatpur" is a Nepali city and an Indian district: it says neither country."""
    candidates = [
        (_place("Bharatpur", "IN", "admin2", 2_500_000), NAME_PRIMARY),
        (_place("Bharatpur", "NP", "city", 280_000), NAME_PRIMARY),
    ]
    assert country_evidence([_slot("Bharatpur", candidates)]) == {}


def test_a_variant_spelling_of_a_district_is_no_evidence() -> None:
    candidates = [(_place("Kurram", "PK", "admin2"), NAME_ALTERNATE)]
    assert focus_country([_slot("Kurram", candidates)]) is None


def test_a_repeated_town_abroad_does_not_support_itself(resolve: Resolve) -> None:
    text = (
        "Jubo League activists beat a shopkeeper at Islampur bazaar in Sadar upazila; "
        "the Islampur unit of the party denied any role."
    )
    first, second = resolve(text, ["Islampur", "Islampur"], focus_hint=["BD"])
    for town in (first, second):
        assert town.place is None or town.place.country == "BD"
        assert town.place is not None or (town.within is not None and town.within.country == "BD")


def test_a_district_name_alone_says_its_country() -> None:
    """ "Okhaldhunga" is a district of Nepal only: a note naming just it is Nepali."""
    candidates = [
        (_place("Okhaldhunga", "NP", "admin2"), NAME_PRIMARY),
        (_place("Okhaldhunga", "TR", "region"), NAME_PRIMARY),
    ]
    assert focus_country([_slot("Okhaldhunga", candidates)]) == "NP"


def test_districts_of_one_country_keep_each_other_home(resolve: Resolve) -> None:
    text = (
        "Blockade supporters torched a bus in Magura, and hartal supporters clashed with "
        "police in Jhenaidah."
    )
    first, second = resolve(text, ["Magura", "Jhenaidah"])
    assert first.place is not None and first.place.country == "BD"
    assert second.place is not None and second.place.country == "BD"


def test_a_town_abroad_stays_when_the_text_names_its_country(resolve: Resolve) -> None:
    text = "Indian and Bangladeshi border guards exchanged fire near Islampur on Friday."
    (town,) = resolve(text, ["Islampur"], named_countries=["Indian", "Bangladeshi"])
    assert town.place is not None and town.place.country == "IN"


def test_a_world_city_stays_abroad_in_a_note_about_its_diaspora(resolve: Resolve) -> None:
    text = "In London, members of the Pakistani community rallied outside the high commission."
    (city,) = resolve(text, ["London"], named_countries=["Pakistani"], focus_hint=["PK"])
    assert city.place is not None and city.place.country == "GB"


def test_a_nepali_town_is_kept_when_the_note_protests_india(resolve: Resolve) -> None:
    text = "Traders in Chitwan district shut their shops in Bharatpur to protest India's blockade."
    _district, town, _india = resolve(
        text, ["Chitwan", "Bharatpur", "India"], named_countries=["IN"]
    )
    assert town.place is not None and town.place.country == "NP"
