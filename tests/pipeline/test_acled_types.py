"""ACLED event types of short notes: plural event nouns, party activists, gun battles."""

from __future__ import annotations

import pytest


def _extract(packaged_nlp, text: str, published: str = "2015-03-10"):  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    return extract(text, published=published, nlp=packaged_nlp)


def _acled_types(report) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.acled.event_type if e.acled else None for e in report.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out at the bus terminal in Feni on Sunday.", "ASSAULT"),
        ("Protests were organised in front of the power station in Khulna on Monday.", "PROTEST"),
        ("Demonstrations were staged in several towns of Sylhet on Monday.", "PROTEST"),
    ],
)
def test_a_plural_event_noun_that_a_verb_sets_on_a_day_is_an_event(  # type: ignore[no-untyped-def]
    packaged_nlp, text: str, expected: str
) -> None:
    report = _extract(packaged_nlp, text)
    assert [e.type for e in report.events] == [expected]


def test_party_activists_clashing_without_deaths_is_a_riot(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp, "Chhatra League and Shibir men clashed at the college campus on Monday."
    )
    [clash] = report.events
    assert clash.acled is not None and clash.acled.event_type == "Riots"
    assert report.entity(clash.actors[0].entity).actor.sector == "PTY"  # type: ignore[union-attr]


def test_south_asian_parties_are_in_the_actor_knowledge_base() -> None:
    from sitrep.knowledge.actors import load_actors

    kb = load_actors()
    for name in ("BNP", "Awami League", "Shibir", "Trinamul", "CPI(M)", "Nepali Congress", "BJP"):
        hits = [h for h in kb.lookup(name) if not h.ambiguous]
        assert hits, name
        assert hits[0].actor.sector == "PTY", name


def test_an_unnamed_gun_battle_is_a_battle_not_a_riot(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "A patrol came under fire near the border town. The gun battle lasted for hours.",
    )
    assert "Battles" in _acled_types(report)
    assert "Riots" not in _acled_types(report)


def test_equally_near_dates_prefer_the_day_to_the_month(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "A shopkeeper who joined the party three months ago was shot dead this morning "
        "in the bazaar by two men on a motorbike.",
    )
    killing = next(e for e in report.events if e.type == "ASSAULT")
    assert killing.date.value == "2015-03-10"


def test_party_men_attacked_by_unknown_assailants_is_violence_against_civilians() -> None:
    from sitrep.knowledge.ontology import EventContext, load_ontology

    ontology = load_ontology()
    # "a Jubo Dal leader was hacked by unidentified assailants"
    unknown = EventContext(target_sector="PTY", source_kind="unidentified_armed_group")
    assert ontology.acled_type("ASSAULT", "beat", unknown) == (
        "Violence against civilians",
        "Attack",
    )
    # "Jubo League men attacked students of a high school"
    on_civilians = EventContext(source_sector="PTY", target_kind="civilians")
    assert ontology.acled_type("ASSAULT", "beat", on_civilians) == (
        "Violence against civilians",
        "Attack",
    )
    # "BNP men attacked Awami League activists": rival partisans, nobody killed
    rivals = EventContext(source_sector="PTY", target_sector="PTY")
    assert ontology.acled_type("ASSAULT", "beat", rivals) == ("Riots", "Violent demonstration")


def test_petrol_bombs_are_incendiary_not_explosive_weapons() -> None:
    from sitrep.knowledge.ontology import load_ontology

    ontology = load_ontology()
    assert ontology.instrument_from_text("pickets hurled petrol bombs at a bus") == "fire"
    assert ontology.instrument_from_text("a firebomb was thrown at the office") == "fire"
    assert ontology.instrument_from_text("assailants hurled crude bombs at a rally") == "ied"
