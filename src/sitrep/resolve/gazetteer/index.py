"""The on-disk index: one SQLite file with places and a folded-name table.

Both builders (packaged sources, GeoNames dumps) write through `IndexWriter`, and
`Gazetteer` reads the result, so the format is defined here once. A lookup is a
single indexed equality match on ``names.norm``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sitrep.resolve.gazetteer.normalize import normalize_name

SCHEMA_VERSION = "1"

NAME_PRIMARY = 0
"""The place's own name."""
NAME_ALTERNATE = 1
"""A GeoNames alternate name (other languages, old spellings)."""
NAME_ALIAS = 2
"""A reviewed English news spelling from sitrep's alias file."""
NAME_DEMONYM = 3
"""A word for the people of a country ("Afghan", "Russians"): used by the geocoder
when nothing else matches, never by `Gazetteer.is_known_place`."""

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT,
    admin2 TEXT,
    feature TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    population INTEGER NOT NULL,
    admin1_id INTEGER,
    admin2_id INTEGER
);
CREATE TABLE names (
    norm TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;
"""

PlaceRow = tuple[
    int, str, float, float, str, str | None, str | None, str, str, int, int | None, int | None
]
"""(id, name, lat, lon, country, admin1, admin2, feature, feature_code, population, admin1_id, admin2_id)."""


class IndexWriter:
    """Writes a new index file; the file appears under its final name only when complete."""

    def __init__(self, out_path: Path, *, source: str) -> None:
        self.out_path = out_path
        # A name of its own per writer: two processes building the same index at
        # once (a shared user cache) must not write into one file.
        self._tmp_path = out_path.with_name(f"{out_path.name}.{os.getpid()}.{id(self)}.partial")
        out_path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp_path.unlink(missing_ok=True)
        self._db = sqlite3.connect(self._tmp_path)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self._db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema_version", SCHEMA_VERSION), ("source", source)],
        )

    def add_places(self, rows: Iterable[PlaceRow]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def add_names(self, place_id: int, names: Iterable[str], kind: int) -> None:
        """Index each name of a place under its folded key; the strongest kind wins."""
        self._db.executemany(
            "INSERT INTO names VALUES (?,?,?) ON CONFLICT(norm, place_id) "
            "DO UPDATE SET kind = min(kind, excluded.kind)",
            [(norm, place_id, kind) for norm in {normalize_name(n) for n in names} if norm],
        )

    def add_name_rows(self, rows: Iterable[tuple[str, int, int]]) -> None:
        """Index already folded (norm, place_id, kind) rows."""
        self._db.executemany(
            "INSERT INTO names VALUES (?,?,?) ON CONFLICT(norm, place_id) "
            "DO UPDATE SET kind = min(kind, excluded.kind)",
            rows,
        )

    @property
    def connection(self) -> sqlite3.Connection:
        """The open database, for builders that need a query while writing."""
        return self._db

    def finish(self) -> Path:
        """Drop names of places that were not imported, compact, and publish the file."""
        self._db.execute("DELETE FROM names WHERE place_id NOT IN (SELECT id FROM places)")
        self._db.commit()
        self._db.execute("VACUUM")
        self._db.close()
        self._tmp_path.replace(self.out_path)
        return self.out_path

    def abort(self) -> None:
        self._db.close()
        self._tmp_path.unlink(missing_ok=True)
