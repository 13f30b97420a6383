"""The worked example: the report of the shared Kabul article agrees with its hand coding.

The checks are those the spine must meet (issue 2, point 4). The article and its
gold file live in ../shared/examples and are read at run time, never copied.
"""

from __future__ import annotations

import pytest
from tests.support import shared_path

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def report(packaged_nlp):  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    text = shared_path("examples", "kabul-iskp-2023-02-28.txt").read_text(encoding="utf-8")
    return extract(text, published="2023-02-28", nlp=packaged_nlp)


def _entity(report, mention_text):  # type: ignore[no-untyped-def]
    for entity in report.entities:
        if any(m.text == mention_text for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity mentioned as {mention_text!r}")


def _victims(event):  # type: ignore[no-untyped-def]
    return {a.text for a in event.arguments if a.role == "victim"}


def _actor(event, role):  # type: ignore[no-untyped-def]
    return next((a for a in event.actors if a.role == role), None)


def test_the_kabul_raid_is_one_event(report) -> None:  # type: ignore[no-untyped-def]
    raids = [e for e in report.events if e.type == "ASSAULT" and e.date.value == "2023-02-28"]
    assert len(raids) == 1, [e.evidence[0].text for e in raids]
    [raid] = raids
    place = report.place(raid.place)
    assert place is not None and place.country == "AF"
    assert place.name in {"Kabul", "Khair Khana"} or place.admin1 == "Kabul"
    assert raid.counts.killed == 2
    assert "Qari Fateh" in _victims(raid)
    source, target = _actor(raid, "source"), _actor(raid, "target")
    assert source is not None and report.entity(source.entity).actor.id == "taliban_special_forces"
    assert target is not None and report.entity(target.entity).actor.id == "iskp"
    assert raid.attribution is not None and raid.attribution.text == "Zabihullah Mujahid"
    assert len(raid.evidence) >= 3


def test_the_february_13_operation(report) -> None:  # type: ignore[no-untyped-def]
    [event] = [e for e in report.events if e.type == "ASSAULT" and e.date.value == "2023-02-13"]
    assert event.counts.killed == 3
    assert "Ijaz Amin Ahingar" in _victims(event)


def test_an_arrest_of_iskp_members(report) -> None:  # type: ignore[no-untyped-def]
    arrests = [e for e in report.events if e.type == "COERCE" and e.mode == "arrest"]
    assert any(
        (t := _actor(e, "target")) is not None and report.entity(t.entity).actor.id == "iskp"
        for e in arrests
    )


def test_the_visit_to_kabul_last_week(report) -> None:  # type: ignore[no-untyped-def]
    visits = [
        e
        for e in report.events
        if e.type == "CONSULT" and e.mode == "visit" and e.modality == "asserted"
    ]
    assert len(visits) == 1
    [visit] = visits
    assert (visit.date.start, visit.date.end) == ("2023-02-20", "2023-02-26")
    assert report.place(visit.place).country == "AF"
    participants = {a.text for a in visit.arguments if a.role == "participant"}
    assert "Khawaja Asif" in participants


def test_aliases_and_mentions_resolve(report) -> None:  # type: ignore[no-untyped-def]
    iskp = _entity(report, "ISKP")
    texts = {m.text for m in iskp.mentions}
    assert {"Islamic State Khorasan Province", "ISKP", "Daesh"} <= texts
    mujahid = _entity(report, "Zabihullah Mujahid")
    assert "Mujahid" in {m.text for m in mujahid.mentions}


def test_roles(report) -> None:  # type: ignore[no-untyped-def]
    asif = _entity(report, "Khawaja Asif")
    assert any(r.title.lower() == "defence minister" for r in asif.roles)
    anjum = _entity(report, "Nadeem Anjum")
    [director] = [r for r in anjum.roles if r.title.lower() == "director general"]
    assert report.entity(director.organisation).name == "Inter-Services Intelligence"


def test_the_quote_is_mujahids(report) -> None:  # type: ignore[no-untyped-def]
    [quote] = [q for q in report.quotes if q.text.startswith("With the help of Allah")]
    assert report.entity(quote.speaker).name == "Zabihullah Mujahid"


def test_the_expected_action_is_not_an_event_that_happened(report) -> None:  # type: ignore[no-untyped-def]
    told_only_there = [e for e in report.events if all("anticipates" in s.text for s in e.evidence)]
    assert all(e.modality == "future" for e in told_only_there)
