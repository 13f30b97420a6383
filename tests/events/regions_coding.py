"""What an ACLED coder codes from a report, field by field, for the region tests.

The region tests hold short news paragraphs written for this project about conflict
theatres far from the South Asian notes the benchmark measures (the Sahel, Nigeria,
Somalia, Sudan and Ethiopia, the DRC, the Middle East, Latin America, Ukraine and
Russia). Each paragraph lists the coding a careful ACLED coder would give it; the
tests assert one field at a time so a regression names the field that slipped.

Each region's test module holds only its cases, its known gaps and a short test; the
``coded`` fixture (``coded_fixture``) and the parametrisation (``region_params``) are here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from tests.events.coded import coded_event

from sitrep.knowledge.ontology import Ontology

#: the coded fields, in the order a coder fills them
FIELDS = ("event_type", "sub_event_type", "inter1", "actor1", "admin1", "date", "fatalities")


@dataclass(frozen=True)
class RegionCase:
    """One paragraph and its expected coding (a field left out is not asserted)."""

    key: str
    published: str
    text: str
    expected: dict[str, Any] = field(default_factory=dict)


def coded_fields(report: Any, ontology: Ontology) -> dict[str, Any]:
    """The fields of the event the coder codes: ACLED types, actor 1 and its inter code,
    admin1 of its place, its date and fatalities (all None when no event is coded)."""
    event = coded_event(report)
    if event is None:
        return dict.fromkeys(FIELDS)
    entities = {entity.id: entity for entity in report.entities}
    source = next((actor for actor in event.actors if actor.role == "source"), None)
    linked = entities.get(source.entity) if source and source.entity else None
    link = linked.actor if linked else None
    place = next((p for p in report.places if p.id == event.place), None)
    admin1 = None
    if place is not None:
        admin1 = place.admin1 or (place.name if place.feature == "admin1" else None)
    inter1 = ontology.actor_inter(
        link.sector if link else None,
        source.name if source else None,
        acled_event_type=event.acled.event_type,
        role="source",
        event_country=place.country if place is not None else None,
        sub_event_type=event.acled.sub_event_type,
    )
    return {
        "event_type": event.acled.event_type,
        "sub_event_type": event.acled.sub_event_type,
        "inter1": inter1,
        "actor1": link.id if link else None,
        "admin1": admin1,
        "date": event.date.value if event.date else None,
        "fatalities": event.counts.killed or 0,
    }


def field_params(cases: list[RegionCase]) -> list[tuple[RegionCase, str]]:
    """(case, field) pairs for every field a case codes, in the coder's order."""
    return [(case, name) for case in cases for name in FIELDS if name in case.expected]


#: what the ``coded`` fixture gives a test: a case -> its coded fields
Coder = Callable[[RegionCase], dict[str, Any]]


def region_params(cases: list[RegionCase], known_gaps: dict[tuple[str, str], str]) -> list[Any]:
    """One test parameter per (case, field), named ``key-field``; a field listed in the known
    gaps (with the module a fix needs) is expected to fail until the fix lands."""
    return [
        pytest.param(
            case,
            name,
            id=f"{case.key}-{name}",
            marks=[pytest.mark.xfail(reason=known_gaps[(case.key, name)], strict=False)]
            if (case.key, name) in known_gaps
            else [],
        )
        for case, name in field_params(cases)
    ]


def coded_fixture() -> Any:
    """The ``coded`` fixture for a region's test module (assign it as ``coded``): a case's
    coded fields, extracted once per module on the case's own day."""

    @pytest.fixture(scope="module", name="coded")
    def coded(packaged_nlp: Any) -> Coder:
        from sitrep.knowledge.ontology import load_ontology
        from sitrep.pipeline import extract

        ontology = load_ontology()
        cache: dict[str, dict[str, Any]] = {}

        def run(case: RegionCase) -> dict[str, Any]:
            if case.key not in cache:
                report = extract(case.text, published=case.published, nlp=packaged_nlp)
                cache[case.key] = coded_fields(report, ontology)
            return cache[case.key]

        return run

    return coded
