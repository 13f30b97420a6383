"""One-country coherence: a small place abroad in an article whose other places agree.

A short report ("clashes in Gaibandha Sadar upazila, Rangpur") whose every other
place lies in one country rarely jumps abroad for a single village; when it
seems to, the name is usually a local one the gazetteer lacks that equals some
small town elsewhere ("Sadar" in Java, "Tera" in Niger). The context scores
only lift candidates; they cannot say that a lone foreign reading is worse than
none. This pass does: it moves the mention to a reading in the article's
country when the gazetteer has one, else drops the reading and says which
country the name is in (the geocoder then places it ``within`` that country).
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.resolve.gazetteer.index import NAME_ALIAS, NAME_PRIMARY
from sitrep.resolve.gazetteer.place import GazPlace
from sitrep.resolve.geo.country_focus import focus_country
from sitrep.resolve.geo.local_units import word_countries as unit_countries
from sitrep.resolve.geo.scoring import Slot

#: a place this large is known abroad: an article may name it without support
TRUSTED_POPULATION = 100_000
#: kinds of place that a local name is mistaken for
SMALL_FEATURES = frozenset({"city", "neighbourhood", "admin2", "district", "facility"})
#: kinds that the article's focus alone may move abroad: a district of the name is
#: rarely a namesake, and the focus can be wrong where the places agree on no country
TOWN_FEATURES = frozenset({"city", "neighbourhood", "facility"})


def keep_to_article_country(slots: Sequence[Slot]) -> dict[int, str]:
    """Re-read or drop each unsupported small place outside the one country of the others.

    Decisions are taken against the readings as they stand before the pass, so
    two foreign mentions that agree with each other keep each other. When the
    other places name no single country (or there are none), the country the
    article is clearly about (``country_focus``) is the article's country.
    Returns, for each dropped slot, the country code the article puts it in.
    """
    dropped: dict[int, str] = {}
    chosen = [slot.chosen for slot in slots]
    leader = focus_country(slots)
    for i, slot in enumerate(slots):
        place = chosen[i]
        if place is None or not _is_unsupported_small(slot, place):
            continue
        others = [None if other.key == slot.key else chosen[j] for j, other in enumerate(slots)]
        country = _other_country(others, i)
        if country is None and place.feature in TOWN_FEATURES:
            country = leader
        if country is None or country == place.country:
            continue
        slot.choice = _reading_in(slot, country)
        if slot.choice is None:
            dropped[i] = country
    return dropped


def keep_to_unit_country(slots: Sequence[Slot]) -> None:
    """Re-read or drop a name spelled with a country's own local unit outside that country.

    "Sadar upazila" is in Bangladesh and "Katland tehsil" in Pakistan or India,
    whatever town of the name a gazetteer knows in Java or Punjab: the reading moves
    to the best candidate in the unit's countries, or goes when there is none.
    """
    for slot in slots:
        place = slot.chosen
        countries = unit_countries(slot.cue.kind_word) if slot.cue.kind_word else None
        if place is None or not countries or place.country in countries:
            continue
        slot.choice = best_reading_in(slot, countries)


def _is_unsupported_small(slot: Slot, place: GazPlace) -> bool:
    """Whether nothing but the name itself backs this small reading.

    A name spelled with its kind ("Henderson County") is a real place of that
    kind, and a lone trip abroad to one is worth keeping. A country's own unit
    word ("Daulatpur thana") only says which countries; the others decide among them.
    A town named by a reviewed press spelling ("Sopore" for Sopur) is backed by that
    review: a group's home country named in the note (Lashkar-e-Taiba's Pakistan) does not
    move it across the border.
    """
    assert slot.choice is not None
    if slot.candidates[slot.choice][1] == NAME_ALIAS and place.feature == "city":
        return False
    if distinctive_name(slot):
        return False
    generic_kind = slot.cue.kind_word is None or not unit_countries(slot.cue.kind_word)
    return (
        bool(place.country)
        and not (generic_kind and place.feature in slot.cue.kinds)
        and place.feature in SMALL_FEATURES
        and place.population < TRUSTED_POPULATION
        and slot.chain[slot.choice] <= 0
        and slot.context[slot.choice] <= 0
    )


def _other_country(chosen: Sequence[GazPlace | None], skip: int) -> str | None:
    """The single country of every other resolved place, or None when they differ or lack.

    The caller blanks the mention's own repeats: "Islampur" said twice is no support.
    """
    countries = {
        place.country
        for j, place in enumerate(chosen)
        if j != skip and place is not None and place.country
    }
    return next(iter(countries)) if len(countries) == 1 else None


def _reading_in(slot: Slot, country: str) -> int | None:
    """The best-scored candidate of the slot in ``country``, or None when it has none."""
    return best_reading_in(slot, frozenset({country}))


def best_reading_in(slot: Slot, countries: frozenset[str]) -> int | None:
    """The best-scored candidate of the slot in one of ``countries``, or None."""
    totals = slot.totals()
    inside = [i for i, (place, _kind) in enumerate(slot.candidates) if place.country in countries]
    return max(inside, key=totals.__getitem__) if inside else None


def distinctive_name(slot: Slot) -> bool:
    """A name of several words that one place alone bears as its own ("South Waziristan",
    "Dera Ismail Khan"): no chance match abroad, so a country the text names in passing
    ("a US drone strike in South Waziristan") does not move or drop it."""
    if len(slot.candidates) != 1:
        return False
    _place, kind = slot.candidates[0]
    return kind == NAME_PRIMARY and len(slot.cue.text.split()) > 1
