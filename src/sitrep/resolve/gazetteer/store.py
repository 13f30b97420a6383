"""Reading the gazetteer index: name lookup, place by id, "is this a place?"."""

from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitrep.resolve.gazetteer.index import NAME_DEMONYM, SCHEMA_VERSION
from sitrep.resolve.gazetteer.normalize import normalize_name
from sitrep.resolve.gazetteer.place import GazPlace

_PLACE_COLUMNS = (
    "id, name, lat, lon, country, admin1, admin2, feature, population, feature_code, "
    "admin1_id, admin2_id"
)


class GazetteerError(RuntimeError):
    """The gazetteer index is missing, unreadable or of another version."""


class Gazetteer:
    """A read-only place-name index (see `sitrep.resolve.gazetteer.index` for the format).

    Open it with `Gazetteer.open()`; one instance can be shared by threads. Lookups
    are cached per process, since news repeats the same few names.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._db = connection
        self._lock = threading.Lock()
        self._places: dict[int, GazPlace] = {}
        self._country_ids: dict[str, int] | None = None

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open an index file; without a path, the packaged index (built on first use).

        The default location is ``$SITREP_GAZETTEER`` or the user cache directory.
        """
        if path is None:
            from sitrep.resolve.gazetteer.location import ensure_packaged_index

            return _open_cached(ensure_packaged_index())
        return _open_cached(Path(path))

    @classmethod
    def open_uncached(cls, path: Path) -> Gazetteer:
        if not path.is_file():
            raise GazetteerError(
                f"No gazetteer index at {path}. Build one with `sitrep gazetteer build` "
                "or open the default index with Gazetteer.open()."
            )
        try:
            db = sqlite3.connect(
                f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(
                f"{path} is not a sitrep gazetteer index ({exc}); rebuild it with "
                "`sitrep gazetteer build`."
            ) from exc
        if row is None or row[0] != SCHEMA_VERSION:
            raise GazetteerError(
                f"The gazetteer index {path} has format version {row[0] if row else '?'}, "
                f"this sitrep reads version {SCHEMA_VERSION}; rebuild it with "
                "`sitrep gazetteer build`."
            )
        return cls(db, path)

    def lookup(self, name: str) -> list[GazPlace]:
        """Places whose name or alternate name matches ``name``, most populous first."""
        return [place for place, _kind in self.candidates(name)]

    def candidates(self, name: str) -> list[tuple[GazPlace, int]]:
        """Like `lookup`, with the kind of name that matched (see `index.NAME_*`)."""
        return list(self._candidates_by_key(normalize_name(name)))

    def is_known_place(self, name: str) -> bool:
        """True when ``name`` is the name of some place in the index (a fast test)."""
        key = normalize_name(name)
        return bool(key) and self._has_key(key)

    def get(self, geonameid: int) -> GazPlace | None:
        """The place with this id, or ``None``."""
        place = self._places.get(geonameid)
        if place is None:
            with self._lock:
                row = self._db.execute(
                    f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (geonameid,)
                ).fetchone()
            if row is None:
                return None
            place = self._place_from_row(row)
        return place

    def country(self, code: str) -> GazPlace | None:
        """The place record of a country, by ISO 3166 alpha-2 code."""
        if self._country_ids is None:
            with self._lock:
                rows = self._db.execute(
                    "SELECT country, id FROM places WHERE feature = 'country'"
                ).fetchall()
            self._country_ids = {cc: pid for cc, pid in rows}
        pid = self._country_ids.get(code.upper())
        return None if pid is None else self.get(pid)

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM places").fetchone()[0])

    @lru_cache(maxsize=200_000)  # noqa: B019 - one gazetteer per process, cache lives with it
    def _has_key(self, key: str) -> bool:
        with self._lock:
            return (
                self._db.execute(
                    f"SELECT 1 FROM names WHERE norm = ? AND kind < {NAME_DEMONYM} LIMIT 1", (key,)
                ).fetchone()
                is not None
            )

    @lru_cache(maxsize=100_000)  # noqa: B019 - one gazetteer per process, cache lives with it
    def _candidates_by_key(self, key: str) -> tuple[tuple[GazPlace, int], ...]:
        if not key:
            return ()
        with self._lock:
            rows = self._db.execute(
                f"SELECT n.kind, {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))} "
                "FROM names n JOIN places p ON p.id = n.place_id WHERE n.norm = ? "
                "ORDER BY p.population DESC",
                (key,),
            ).fetchall()
        return tuple((self._place_from_row(row[1:]), int(row[0])) for row in rows)

    def _place_from_row(self, row: tuple[Any, ...]) -> GazPlace:
        pid = int(row[0])
        cached = self._places.get(pid)
        if cached is not None:
            return cached
        place = GazPlace(
            geonameid=pid,
            name=row[1],
            lat=float(row[2]),
            lon=float(row[3]),
            country=row[4],
            admin1=row[5],
            admin2=row[6],
            feature=row[7],
            population=int(row[8]),
            feature_code=row[9],
            admin1_id=row[10],
            admin2_id=row[11],
        )
        self._places[pid] = place
        return place


@lru_cache(maxsize=8)
def _open_cached(path: Path) -> Gazetteer:
    return Gazetteer.open_uncached(path.resolve())
