"""The event as the extract stage builds it, before it is written into the report."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span


@dataclass
class ArgumentRecord:
    role: str  # perpetrator | victim | target | instrument | participant
    span: Span
    entity: object | None = None  # EntityCluster


@dataclass
class EventRecord:
    type: str
    mode: str | None
    evidence: list[Span]
    triggers: list[Span]
    source: object | None = None  # EntityCluster
    source_span: Span | None = None
    target: object | None = None
    target_span: Span | None = None
    arguments: list[ArgumentRecord] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    implicit_counts: dict[str, int] = field(default_factory=dict)
    place: object | None = None  # PlaceCluster
    date: object | None = None  # Timex
    modality: str = "asserted"
    attribution: object | None = None  # EntityCluster
    attribution_span: Span | None = None
    anaphoric: bool = False  # only refers back ("the dead"): never an event of its own
    refers_back: bool = False  # a definite mention ("the bombing"): joins an earlier event if any
    distinct: bool = False
    confidence: float = 0.5
    flags: set[str] = field(default_factory=set)  # ontology flags: mob, intervention, ...
    id: str = ""
