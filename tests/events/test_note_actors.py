"""Actors a modern ACLED-style note names, and how each is read.

Recent notes name armed groups a tagger may take for places ("Al Shabaab"), weapons it may
take for organisations ("an IED"), rulers by what they are ("the military junta", "the
regime") and doers the text cannot name ("unidentified forces"). Each sentence here was
written for this project."""

from __future__ import annotations

from typing import Any

import pytest


def _event(packaged_nlp: Any, text: str) -> tuple[Any, dict[str, Any]]:
    from sitrep.pipeline import extract

    report = extract(text, published="2023-09-20", nlp=packaged_nlp)
    assert report.events, text
    entities = {entity.id: entity for entity in report.entities}
    return report.events[0], entities


def _source(event: Any) -> Any:
    return next((actor for actor in event.actors if actor.role == "source"), None)


def _linked(entities: dict[str, Any], actor: Any) -> str | None:
    entity = entities.get(actor.entity) if actor is not None and actor.entity else None
    return entity.actor.id if entity is not None and entity.actor is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "On 14 September 2023, Al Shabaab militants detonated an IED targeting an AMISOM "
        "convoy near Afgoye (Afgooye, Lower Shabelle).",
        "On 2 August 2023, Al Shabaab fighters detonated an IED targeting a police pickup "
        "outside Baidoa (Baidoa, Bay), wounding two officers.",
    ],
)
def test_armed_group_tagged_as_place_is_the_source(packaged_nlp: Any, text: str) -> None:
    event, entities = _event(packaged_nlp, text)
    assert _linked(entities, _source(event)) == "al_shabaab"


def test_weapon_acronym_is_the_instrument_not_the_target(packaged_nlp: Any) -> None:
    event, _ = _event(
        packaged_nlp,
        "On 11 July 2023, militants detonated an IED targeting an army patrol near Jowhar "
        "(Jowhar, Middle Shabelle).",
    )
    assert all(actor.name != "IED" for actor in event.actors)
    assert any(a.role == "instrument" and "IED" in a.text for a in event.arguments)


@pytest.mark.parametrize(
    ("text", "military"),
    [
        (
            "On 6 September 2023, the military junta shelled a village in Kawlin township "
            "(Katha, Sagaing), killing 3 civilians.",
            "Military Forces of Myanmar",
        ),
        (
            "On 9 September 2023, the regime shelled the town of Sarmin (Idleb, Idleb), killing "
            "two children.",
            "Military Forces of Syria",
        ),
    ],
)
def test_junta_and_regime_act_as_the_state_military(
    packaged_nlp: Any, text: str, military: str
) -> None:
    event, _ = _event(packaged_nlp, text)
    source = _source(event)
    assert source is not None and source.name == military


@pytest.mark.parametrize(
    "text",
    [
        "On 17 September 2023, a drone strike by unidentified forces killed 4 civilians near "
        "Menaka (Menaka, Menaka).",
        "On 12 September 2023, unknown forces shelled the outskirts of Kadugli (Kadugli, South "
        "Kordofan), killing a woman.",
    ],
)
def test_unidentified_forces_are_no_state_military(packaged_nlp: Any, text: str) -> None:
    event, _ = _event(packaged_nlp, text)
    source = _source(event)
    assert source is not None and source.name == "Unidentified Armed Group"
    assert all(a.name != "Unidentified Armed Group" for a in event.actors if a.role == "target")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Burkinabe soldiers and VDP volunteers killed at least 12 civilians in the village "
            "of Nodin in the Nord region on Tuesday, witnesses said.",
            "bf_mil",
        ),
        (
            "Malian troops and Wagner fighters killed 9 herders near Diafarabe in the Mopti "
            "region on Monday, residents said.",
            "ml_mil",
        ),
    ],
)
def test_first_of_two_joined_subjects_is_the_source(
    packaged_nlp: Any, text: str, first: str
) -> None:
    event, entities = _event(packaged_nlp, text)
    assert _linked(entities, _source(event)) == first
