"""The packaged gazetteer index and name folding."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.resolve.gazetteer import Gazetteer, GazetteerError, normalize_name
from sitrep.resolve.gazetteer.aliases import AliasFileError, load_aliases


def test_normalize_folds_accents_punctuation_and_abbreviations() -> None:
    assert normalize_name("Kābul") == "kabul"
    assert normalize_name("Shahrak-e-Zakireen") == "shahrak e zakireen"
    assert normalize_name("St. Louis") == normalize_name("Saint Louis")
    assert normalize_name("Be'er Sheva") == "beer sheva"
    assert normalize_name("The Hague") == "hague"


def test_packaged_index_has_countries_provinces_districts_and_cities(gazetteer: Gazetteer) -> None:
    afghanistan = gazetteer.country("AF")
    assert afghanistan is not None and afghanistan.name == "Afghanistan"
    assert all(gazetteer.country(cc) is not None for cc in ("PK", "US", "NL", "NG", "FR"))
    kunar = gazetteer.lookup("Konar")
    assert [(p.country, p.feature) for p in kunar] == [("AF", "admin1")]
    parish = gazetteer.lookup("Rapides Parish")
    assert parish and (parish[0].feature, parish[0].admin1) == ("admin2", "Louisiana")
    peshawar = gazetteer.lookup("Peshawar")[0]
    assert (peshawar.country, peshawar.admin1) == ("PK", "Khyber Pakhtunkhwa")
    assert peshawar.population > 1_000_000


def test_is_known_place_ignores_demonyms_and_non_places(gazetteer: Gazetteer) -> None:
    assert gazetteer.is_known_place("Helmand")
    assert gazetteer.is_known_place("U.S.")
    assert not gazetteer.is_known_place("Afghan")
    assert not gazetteer.is_known_place("Zabihullah Mujahid")


def test_open_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="No gazetteer index at"):
        Gazetteer.open(tmp_path / "absent.sqlite")


def test_alias_file_schema_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "aliases.yaml"
    bad.write_text("places:\n  - {name: Kunar, feature: province}\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match="'feature' must be one of"):
        load_aliases(bad)
    assert any(entry.name == "Konar" for entry in load_aliases())
