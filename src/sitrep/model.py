"""The report: sitrep's public output contract, as pydantic models.

These models are the single definition of what `sitrep extract` prints
(see ``docs/report-format.md`` in the shared docs). Users script against the
field names, the benchmarks score them and the store persists them, so fields
may be added but never renamed or retyped.

Every annotation carries character offsets into ``Document.text`` (``end``
exclusive) so that each field can be traced to the text that supports it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"]
Feature = Literal[
    "neighbourhood", "city", "district", "admin2", "admin1", "country", "region", "facility"
]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
Modality = Literal[
    "asserted", "reported", "claimed", "hypothetical", "negated", "future", "historical"
]
ActorRole = Literal["source", "target"]
ArgumentRole = Literal["perpetrator", "victim", "target", "instrument", "participant"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """A stretch of the document text: the evidence behind a field."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Mention(Span):
    """A mention of an entity or place: its name, a pronoun, a description ("the group"),
    or a demonym ("Sudanese" for Sudan); ``label`` is the type the text gives this mention
    ("Pakistani authorities" is an ORG mention of the state Pakistan)."""

    kind: Literal["name", "pronoun", "description", "demonym"] = "name"
    label: str | None = None


class Document(_Model):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(
        default=None, description="ISO date or datetime of publication; null if unknown"
    )
    language: str = "en"
    text: str | None = Field(default=None, description="Only with --include-text")


class ActorLink(_Model):
    """A link from an in-document entity to the actor knowledge base."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None


class Role(_Model):
    title: str
    organisation: str | None = Field(
        default=None, description="Entity id of the organisation, or its name when not an entity"
    )
    current: bool = True
    evidence: Span | None = None


class Status(_Model):
    value: Literal["killed", "injured", "detained", "released", "appointed", "resigned"]
    date: str | None = None
    evidence: Span | None = None


class Entity(_Model):
    id: str
    type: str
    name: str
    mentions: list[Mention]
    actor: ActorLink | None = None
    roles: list[Role] = Field(default_factory=list)
    status: Status | None = None


class Place(_Model):
    id: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature: Feature | None = None
    mentions: list[Mention]


class TimeExpr(_Model):
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str


class EventActor(_Model):
    role: ActorRole
    entity: str | None = None
    name: str


class Argument(_Model):
    role: ArgumentRole
    text: str
    start: int
    end: int
    entity: str | None = None


class EventDate(_Model):
    value: str | None = None
    start: str | None = None
    end: str | None = None
    precision: DatePrecision = "unknown"
    text: str | None = None


class Counts(_Model):
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    kidnapped: int | None = None


class AcledType(_Model):
    event_type: str
    sub_event_type: str | None = None


class Attribution(_Model):
    entity: str | None = None
    text: str


class Event(_Model):
    id: str
    type: str = Field(description="PLOVER event type")
    mode: str | None = Field(default=None, description="PLOVER mode")
    acled: AcledType | None = None
    actors: list[EventActor] = Field(default_factory=list)
    arguments: list[Argument] = Field(default_factory=list)
    date: EventDate = Field(default_factory=EventDate)
    place: str | None = Field(default=None, description="Id in places")
    counts: Counts = Field(default_factory=Counts)
    modality: Modality = "asserted"
    attribution: Attribution | None = None
    evidence: list[Span]
    confidence: float = Field(ge=0.0, le=1.0)


class Quote(_Model):
    speaker: str | None = Field(default=None, description="Entity id of the speaker")
    speaker_text: str | None = Field(
        default=None, description="The speaker as the text names them, also when not an entity"
    )
    text: str
    start: int
    end: int


class ReportError(_Model):
    """Why a document produced no report, in words a user can act on."""

    code: str
    message: str


class Report(_Model):
    document: Document
    entities: list[Entity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    error: ReportError | None = None

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def place(self, place_id: str | None) -> Place | None:
        """The place with this id, or None."""
        return next((p for p in self.places if p.id == place_id), None)
