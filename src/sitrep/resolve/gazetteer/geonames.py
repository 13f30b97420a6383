"""Import GeoNames dump files into a gazetteer index, streaming.

Reads, from one folder (the files as geonames.org publishes them):

- ``allCountries.txt`` (or ``.zip``), or per-country dumps such as ``NL.txt``;
- ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (names and ids of admin areas);
- ``countryInfo.txt`` (optional: country names for places whose country has no row);
- ``alternateNamesV2.txt`` (optional, or ``.zip``: English and language-neutral names).

Rows are streamed and written in batches, so even ``allCountries`` (12 M rows)
is never held in memory.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sitrep.resolve.gazetteer.aliases import apply_aliases, load_aliases
from sitrep.resolve.gazetteer.features import feature_of
from sitrep.resolve.gazetteer.index import (
    NAME_ALIAS,
    NAME_ALTERNATE,
    NAME_PRIMARY,
    IndexWriter,
    PlaceRow,
)
from sitrep.resolve.gazetteer.normalize import is_latin_name, normalize_name

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(bytes_done, bytes_total)`` while the dump files are read."""

DEFAULT_FEATURE_CLASSES = frozenset("APLST")
"""Admin areas, populated places, regions, facilities (spots) and terrain features."""

_DROPPED_CODES = frozenset({"PPLQ", "PPLW", "PPLH", "ADM1H", "ADM2H", "ADM3H", "ADMDH", "PCLH"})
_ALT_LANGUAGES = frozenset({"", "en", "abbr"})
_COUNTRY_DUMP = re.compile(r"^[A-Z]{2}\.(txt|zip)$")
_BATCH = 5_000


class GeoNamesImportError(ValueError):
    """The GeoNames folder lacks a needed file or holds a malformed one."""


def build_from_geonames(
    geonames_dir: Path,
    out_path: Path,
    *,
    progress: ProgressCallback | None = None,
    feature_classes: frozenset[str] = DEFAULT_FEATURE_CLASSES,
    aliases_path: Path | None = None,
) -> Path:
    """Build an index at ``out_path`` from the GeoNames dumps in ``geonames_dir``.

    ``feature_classes`` picks the GeoNames feature classes to import (default:
    A, P, L, S, T). Returns ``out_path``.
    """
    geonames_dir = Path(geonames_dir)
    dumps = _dump_files(geonames_dir)
    admin1 = _read_admin_codes(geonames_dir / "admin1CodesASCII.txt")
    admin2 = _read_admin_codes(geonames_dir / "admin2Codes.txt")
    alternates = _optional(geonames_dir, "alternateNamesV2")
    total = sum(p.stat().st_size for p in [*dumps, *([alternates] if alternates else [])])
    done = 0

    def advance(nbytes: int) -> None:
        nonlocal done
        done += nbytes
        if progress is not None:
            progress(done, total)

    writer = IndexWriter(out_path, source=f"geonames:{geonames_dir}")
    try:
        for dump in dumps:
            _import_dump(writer, dump, admin1, admin2, feature_classes, advance)
        if alternates is not None:
            _import_alternates(writer, alternates, advance)
        country_info = geonames_dir / "countryInfo.txt"
        if country_info.is_file():
            writer.add_name_rows(_country_names(country_info))
        apply_aliases(writer.connection, load_aliases(aliases_path), kind=NAME_ALIAS)
        return writer.finish()
    except BaseException:
        writer.abort()
        raise


def _dump_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise GeoNamesImportError(f"{folder} is not a folder; give the folder of GeoNames dumps.")
    all_countries = _optional(folder, "allCountries")
    if all_countries is not None:
        return [all_countries]
    dumps = sorted(p for p in folder.iterdir() if _COUNTRY_DUMP.match(p.name))
    if not dumps:
        raise GeoNamesImportError(
            f"No GeoNames dump in {folder}: expected allCountries.txt or per-country files "
            "such as NL.txt (from https://download.geonames.org/export/dump/)."
        )
    return dumps


def _optional(folder: Path, stem: str) -> Path | None:
    for suffix in (".txt", ".zip"):
        path = folder / (stem + suffix)
        if path.is_file():
            return path
    return None


@contextmanager
def _open_lines(path: Path) -> Iterator[Iterator[bytes]]:
    """Binary lines of a text file, or of the ``.txt`` member inside a ``.zip``."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            member = next((n for n in archive.namelist() if n.endswith(".txt")), None)
            if member is None:
                raise GeoNamesImportError(f"{path} holds no .txt file.")
            with archive.open(member) as raw:
                yield iter(raw)
    else:
        with open(path, "rb") as f:
            yield iter(f)


def _read_admin_codes(path: Path) -> dict[str, tuple[str, int]]:
    """``{"AF.13": ("Kabul", 1138957)}`` from admin1CodesASCII.txt / admin2Codes.txt."""
    if not path.is_file():
        raise GeoNamesImportError(
            f"{path} is missing; download it with the dumps from "
            "https://download.geonames.org/export/dump/."
        )
    codes: dict[str, tuple[str, int]] = {}
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4 or not fields[3].isdigit():
                raise GeoNamesImportError(
                    f"{path}, line {line_no}: expected 4 tab-separated fields "
                    "(code, name, ascii name, geonameid)."
                )
            codes[fields[0]] = (fields[1], int(fields[3]))
    return codes


def _latin_names(names: list[str]) -> set[str]:
    return {
        n
        for n in names
        if len(n) >= 2
        and is_latin_name(n)
        and not (n.isupper() and len(n) <= 4)
        and any(ch.isalpha() for ch in n)
    }


def _import_dump(
    writer: IndexWriter,
    path: Path,
    admin1: dict[str, tuple[str, int]],
    admin2: dict[str, tuple[str, int]],
    feature_classes: frozenset[str],
    advance: Callable[[int], None],
) -> None:
    places: list[PlaceRow] = []
    names: list[tuple[str, int, int]] = []
    pending = 0
    with _open_lines(path) as lines:
        for line_no, raw in enumerate(lines, 1):
            pending += len(raw)
            fields = raw.decode("utf-8").rstrip("\r\n").split("\t")
            if len(fields) < 15:
                raise GeoNamesImportError(
                    f"{path}, line {line_no}: expected 19 tab-separated GeoNames fields, "
                    f"found {len(fields)}."
                )
            fclass, fcode = fields[6], fields[7]
            if fclass not in feature_classes or fcode in _DROPPED_CODES:
                continue
            place_id, cc = int(fields[0]), fields[8]
            a1 = admin1.get(f"{cc}.{fields[10]}")
            a2 = admin2.get(f"{cc}.{fields[10]}.{fields[11]}")
            places.append(
                (
                    place_id,
                    fields[1],
                    float(fields[4]),
                    float(fields[5]),
                    cc,
                    a1[0] if a1 else None,
                    a2[0] if a2 else None,
                    feature_of(fclass, fcode),
                    fcode,
                    int(fields[14] or 0),
                    a1[1] if a1 else None,
                    a2[1] if a2 else None,
                )
            )
            primary = {normalize_name(fields[1]), normalize_name(fields[2])}
            if fcode == "ADM1" and a1 is not None:
                primary.add(normalize_name(a1[0]))
            elif fcode == "ADM2" and a2 is not None:
                primary.add(normalize_name(a2[0]))
            names.extend((n, place_id, NAME_PRIMARY) for n in primary if n)
            alternates = {normalize_name(n) for n in _latin_names(fields[3].split(","))}
            names.extend((n, place_id, NAME_ALTERNATE) for n in alternates - primary if n)
            if len(places) >= _BATCH:
                writer.add_places(places)
                writer.add_name_rows(names)
                places, names = [], []
                advance(pending)
                pending = 0
    writer.add_places(places)
    writer.add_name_rows(names)
    advance(pending)


def _import_alternates(writer: IndexWriter, path: Path, advance: Callable[[int], None]) -> None:
    """English and language-neutral names from alternateNamesV2 (orphans dropped later)."""
    rows: list[tuple[str, int, int]] = []
    pending = 0
    with _open_lines(path) as lines:
        for raw in lines:
            pending += len(raw)
            fields = raw.decode("utf-8").rstrip("\r\n").split("\t")
            if len(fields) < 4 or fields[2] not in _ALT_LANGUAGES or not fields[1].isdigit():
                continue
            if not _latin_names([fields[3]]):
                continue
            norm = normalize_name(fields[3])
            if norm:
                rows.append((norm, int(fields[1]), NAME_ALTERNATE))
            if len(rows) >= _BATCH:
                writer.add_name_rows(rows)
                rows = []
                advance(pending)
                pending = 0
    writer.add_name_rows(rows)
    advance(pending)


def _country_names(path: Path) -> list[tuple[str, int, int]]:
    """The short English country names of countryInfo.txt ("Netherlands"), as primary names."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 16 and fields[16].isdigit():
                rows.append((normalize_name(fields[4]), int(fields[16]), NAME_PRIMARY))
    return rows
