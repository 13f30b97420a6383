"""Country-specific words for local units ("upazila", "tehsil") as country and kind cues,
on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sitrep.resolve.geo.cues import mention_cue
from sitrep.resolve.geo.local_units import (
    LocalUnitsError,
    load_local_units,
    unit_countries,
    word_countries,
)
from sitrep.resolve.geocoder import Resolution

Resolve = Callable[..., list[Resolution]]


def test_unit_words_name_their_countries() -> None:
    text = "Pickets torched a bus at Kansat in Shibganj upazila; in Katlang tehsil police raided."
    assert unit_countries(text) == ["BD", "IN", "PK"]
    assert word_countries("Upazila") == frozenset({"BD"})
    assert word_countries("district") is None


def test_text_without_unit_words_names_no_country() -> None:
    assert unit_countries("Farmers blocked the highway near the district office.") == []


def test_unit_word_is_a_kind_cue_and_is_stripped_for_lookup() -> None:
    text = "Two men were hacked to death in Shibganj upazila on Saturday."
    start = text.index("Shibganj")
    cue = mention_cue(text, start, start + len("Shibganj upazila"))
    assert cue.kind_word == "upazila"
    assert "Shibganj" in cue.lookup_names
    assert "city" in cue.kinds


def test_place_named_with_a_unit_word_stays_in_its_country(resolve: Resolve) -> None:
    text = "Blockaders vandalised three auto-rickshaws in Sadar upazila in the morning."
    (sadar,) = resolve(text, ["Sadar upazila"])
    assert sadar.place is None or sadar.place.country == "BD"


def test_unit_word_supports_a_variant_spelling(resolve: Resolve) -> None:
    text = "A gunfight broke out at a cattle market in Abhaynagar upazila on Thursday night."
    (town,) = resolve(text, ["Abhaynagar"])
    assert town.place is not None
    assert (town.place.country, town.place.admin1) == ("BD", "Khulna")


def test_malformed_units_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "units.yaml"
    path.write_text("units:\n  upazila: {countries: []}\n", encoding="utf-8")
    with pytest.raises(LocalUnitsError, match="upazila"):
        load_local_units(path)
