"""Response shapes of the REST API, for its OpenAPI description (rows may carry more keys)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Row(BaseModel):
    """A row of a list answer; keys not named here may be added without breaking clients."""

    model_config = ConfigDict(extra="allow")


class EventRow(Row):
    id: str
    type: str
    family: str
    date_start: str | None = None
    date_end: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    place: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    killed: int | None = None
    injured: int | None = None
    num_sources: int
    conflicts: dict[str, list[int]]


class EventPage(BaseModel):
    """One page of events and how many match in all."""

    total: int
    limit: int
    offset: int
    events: list[EventRow]


class EventPoint(Row):
    id: str
    lat: float
    lon: float
    type: str
    killed: int | None = None
    date_start: str | None = None
    place: str | None = None
    country: str | None = None


class DayCount(Row):
    date: str
    type: str
    events: int


class CountryFatalities(Row):
    country: str | None = None
    killed: int
    events: int


class ActorRow(Row):
    id: str
    name: str
    type: str | None = None
    country: str | None = None
    events: int
    articles: int


class PlaceRow(Row):
    place: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    events: int
    killed: int


class DocumentRow(Row):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    events: int


class Summary(BaseModel):
    """What the database holds, and whether this server accepts new articles."""

    documents: int
    mentions: int
    events: int
    actors: int
    errors: int
    ingest: bool


class NewArticle(BaseModel):
    """An article to extract and store (``POST /api/documents``, with ``--allow-ingest``)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None


class IngestResult(BaseModel):
    documents: int
    stored: int
    duplicates: int
    events: int
    errors: list[str]
