"""Validated query parameters shared by the routes, turned into ``EventQuery`` objects.

Every value is checked here (patterns, ranges, lengths) so the query layer only
ever sees well-formed input; the database is reached through bound parameters only.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from fastapi import HTTPException, Query

from sitrep.store.queries import EventQuery

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
NEAR_PATTERN = r"^\s*-?\d{1,2}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$"
#: Most rows a list route returns in one page, and most points the map asks for.
MAX_PAGE = 1000
MAX_POINTS = 100_000


class EventOrder(StrEnum):
    """The orders ``/api/events`` can sort by; a leading ``-`` means descending."""

    date_desc = "-date"
    date = "date"
    killed_desc = "-killed"
    killed = "killed"
    sources_desc = "-sources"
    sources = "sources"


class Format(StrEnum):
    """The response formats of list routes."""

    json = "json"
    csv = "csv"


ActorParam = Annotated[
    str | None, Query(max_length=200, description="Actor id, name or alias (exact)")
]
TypeParam = Annotated[
    str | None, Query(max_length=80, description="PLOVER type, ACLED event or sub-event type")
]
CountryParam = Annotated[
    str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code, e.g. AF")
]
PlaceParam = Annotated[str | None, Query(max_length=200, description="Place, district or province")]
NearParam = Annotated[
    str | None, Query(pattern=NEAR_PATTERN, description="LAT,LON; use with radius_km")
]
RadiusParam = Annotated[float, Query(gt=0, le=20_000, description="Radius around near, in km")]
SinceParam = Annotated[
    str | None, Query(pattern=DATE_PATTERN, description="From this date, YYYY-MM-DD (inclusive)")
]
UntilParam = Annotated[
    str | None, Query(pattern=DATE_PATTERN, description="Until this date, YYYY-MM-DD (inclusive)")
]
TextParam = Annotated[
    str | None, Query(max_length=200, description="Words in the evidence (full-text search)")
]
LimitParam = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Most rows returned")]
OffsetParam = Annotated[int, Query(ge=0, le=10_000_000, description="Rows skipped (pagination)")]
FormatParam = Annotated[Format, Query(description="json (default) or csv")]


def check_date(name: str, value: str | None) -> str | None:
    """The date if it is a real calendar date, else a 422 naming the parameter."""
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(
            422, f"{name}={value!r} is not a calendar date; write YYYY-MM-DD"
        ) from None
    return value


def parse_near(value: str | None) -> tuple[float, float] | None:
    """``LAT,LON`` as numbers within the globe, else a 422 naming the parameter."""
    if value is None:
        return None
    lat_text, lon_text = value.split(",")
    lat, lon = float(lat_text), float(lon_text)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise HTTPException(
            422, f"near={value!r} is off the globe; latitude -90..90, lon -180..180"
        )
    return lat, lon


def event_query(
    actor: ActorParam = None,
    type: TypeParam = None,
    country: CountryParam = None,
    place: PlaceParam = None,
    near: NearParam = None,
    radius_km: RadiusParam = 50.0,
    since: SinceParam = None,
    until: UntilParam = None,
    text: TextParam = None,
) -> EventQuery:
    """The event filters of a request (no paging): a FastAPI dependency."""
    return EventQuery(
        actor=actor or None,
        type=type or None,
        country=country or None,
        place=place or None,
        near=parse_near(near),
        radius_km=radius_km,
        since=check_date("since", since),
        until=check_date("until", until),
        text=text or None,
        limit=None,
    )
