"""The reviewed place data files: schema checks and the words that find a place inside a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.gazetteer.points import PointFileError, load_points
from sitrep.resolve.gazetteer.words import PlaceWordsError, load_place_words
from sitrep.resolve.geo.inner import inner_place


def test_shipped_points_and_words_load() -> None:
    points = load_points()
    assert all(p.why for p in points)
    words = load_place_words()
    assert "airport" in words.facility_words and "valley" in words.landform_words
    assert "north" in words.direction_words and "sheng" in words.generic_admin_words


def test_point_without_a_reason_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "points.yaml"
    path.write_text(
        "points:\n  - {name: Chad, country: TD, feature: country, lat: 15, lon: 19}\n",
        encoding="utf-8",
    )
    with pytest.raises(PointFileError, match="why"):
        load_points(path)


def test_place_words_file_needs_every_list(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("facility_words: [airport]\n", encoding="utf-8")
    with pytest.raises(PlaceWordsError, match="generic_admin_words"):
        load_place_words(path)


def test_inner_place_finds_the_town_a_facility_is_named_after(gazetteer: Gazetteer) -> None:
    text = "Smoke rose over the Jalalabad Central Prison and the North Quetta bazaar."
    words = load_place_words()
    start = text.index("Jalalabad")
    found = inner_place(
        text, start, start + len("Jalalabad Central Prison"), words, gazetteer.is_known_place
    )
    assert found is not None and text[found.start : found.end] == "Jalalabad"
    assert found.feature == "facility"
    start = text.index("North Quetta")
    found = inner_place(text, start, start + len("North Quetta"), words, gazetteer.is_known_place)
    assert found is not None and text[found.start : found.end] == "Quetta" and found.direction


def test_country_points_follow_the_conventional_centre(gazetteer: Gazetteer) -> None:
    canada, united_states = gazetteer.country("CA"), gazetteer.country("US")
    assert canada is not None and abs(canada.lat - 60) < 1 and abs(canada.lon + 95) < 2
    assert united_states is not None and abs(united_states.lat - 39.8) < 0.5
