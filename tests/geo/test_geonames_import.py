"""The GeoNames importer, on tiny dump files written here and on the shared samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.resolve.gazetteer import Gazetteer, build_from_geonames
from sitrep.resolve.gazetteer.geonames import GeoNamesImportError


def _row(
    gid: int,
    name: str,
    alternates: str,
    lat: float,
    lon: float,
    fclass: str,
    fcode: str,
    cc: str,
    admin1: str,
    admin2: str,
    population: int,
) -> str:
    fields = [
        str(gid),
        name,
        name,
        alternates,
        str(lat),
        str(lon),
        fclass,
        fcode,
        cc,
        "",
        admin1,
        admin2,
        "",
        "",
        str(population),
        "",
        "1800",
        "Asia/Kabul",
        "2024-01-01",
    ]
    return "\t".join(fields) + "\n"


@pytest.fixture
def tiny_dumps(tmp_path: Path) -> Path:
    folder = tmp_path / "geonames"
    folder.mkdir()
    (folder / "AF.txt").write_text(
        _row(
            1149361, "Afghanistan", "Afghanestan", 33.0, 66.0, "A", "PCLI", "AF", "00", "", 37172386
        )
        + _row(1138957, "Kabul", "Kabol,Kābul", 34.5, 69.2, "A", "ADM1", "AF", "13", "", 5000000)
        + _row(
            1138958,
            "Kabul",
            "Kabol,Kābul,KBL,카불",
            34.52813,
            69.17233,
            "P",
            "PPLC",
            "AF",
            "13",
            "",
            4434550,
        )
        + _row(
            1444000, "Khair Khana", "Khayr Khanah", 34.59, 69.13, "P", "PPLX", "AF", "13", "1501", 0
        )
        + _row(1444001, "Paghman", "", 34.59, 68.95, "A", "ADM2", "AF", "13", "1501", 100000)
        + _row(1444002, "Old Fort", "", 34.5, 69.1, "P", "PPLH", "AF", "13", "", 0)
        + _row(1444003, "Kabul River", "", 34.4, 70.0, "H", "STM", "AF", "13", "", 0),
        encoding="utf-8",
    )
    (folder / "admin1CodesASCII.txt").write_text("AF.13\tKabul\tKabul\t1138957\n", encoding="utf-8")
    (folder / "admin2Codes.txt").write_text(
        "AF.13.1501\tPaghman\tPaghman\t1444001\n", encoding="utf-8"
    )
    (folder / "alternateNamesV2.txt").write_text(
        "1\t1138958\ten\tCabul\t\t\t\t\t\t\n2\t1138958\tru\tKabulsk\t\t\t\t\t\t\n"
        "3\t999999\ten\tNowhere\t\t\t\t\t\t\n",
        encoding="utf-8",
    )
    return folder


def test_imports_places_with_admin_chain_and_names(tiny_dumps: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = build_from_geonames(
        tiny_dumps, tmp_path / "af.sqlite", progress=lambda d, t: seen.append((d, t))
    )
    gazetteer = Gazetteer.open(out)
    kabul = [p for p in gazetteer.lookup("Kābul") if p.feature == "city"]
    assert len(kabul) == 1 and kabul[0].geonameid == 1138958
    assert (kabul[0].admin1, kabul[0].admin1_id, kabul[0].feature_code) == (
        "Kabul",
        1138957,
        "PPLC",
    )
    khair_khana = gazetteer.lookup("Khair Khana")[0]
    assert (khair_khana.feature, khair_khana.admin2) == ("neighbourhood", "Paghman")
    assert gazetteer.lookup("Paghman")[0].feature == "admin2"
    assert gazetteer.lookup("Cabul")[0].geonameid == 1138958  # from alternateNamesV2 (en)
    assert not gazetteer.is_known_place("Kabulsk")  # Russian-language entry is skipped
    assert not gazetteer.is_known_place("KBL")  # airport code, not a place name
    assert not gazetteer.is_known_place("Old Fort")  # historical place dropped
    assert not gazetteer.is_known_place("Kabul River")  # hydrographic class not imported
    assert gazetteer.lookup("Afghanistan")[0].feature == "country"
    assert seen and seen[-1][0] == seen[-1][1]  # progress reaches the total byte count


def test_missing_admin_codes_is_a_clear_error(tiny_dumps: Path, tmp_path: Path) -> None:
    (tiny_dumps / "admin2Codes.txt").unlink()
    with pytest.raises(GeoNamesImportError, match=r"admin2Codes\.txt is missing"):
        build_from_geonames(tiny_dumps, tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_folder_without_dumps_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GeoNamesImportError, match="No GeoNames dump"):
        build_from_geonames(tmp_path, tmp_path / "x.sqlite")


@pytest.mark.shared_data
def test_imports_the_shared_netherlands_sample(tmp_path: Path, shared_data: Path) -> None:
    samples = shared_data / "geo" / "geonames-samples"
    if not samples.is_dir():
        pytest.skip(f"shared data not found at {samples}")
    gazetteer = Gazetteer.open(build_from_geonames(samples, tmp_path / "nl.sqlite"))
    amsterdam = [p for p in gazetteer.lookup("Amsterdam") if p.feature == "city"]
    assert amsterdam and amsterdam[0].feature_code == "PPLC"
    assert amsterdam[0].admin1 == "North Holland"
    assert [p.feature for p in gazetteer.lookup("Netherlands")] == ["country"]
    hague = [p for p in gazetteer.lookup("Den Haag") if p.feature == "city"]
    assert hague and hague[0].name == "The Hague"
