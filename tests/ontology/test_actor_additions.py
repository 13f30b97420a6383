"""Actors and trigger words added for archive and South Asian protest reporting.

Sindhi nationalist and Pakistani religious parties must carry Pakistan to the geocoder
(so "Hyderabad" is the one in Sindh), and 1980s Latin American groups and verbs
("machinegunned", "dynamited", "sabotaged") must be known. Sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitrep.knowledge.actors import load_actors
from sitrep.model import ActorLink, Report

Extract = Callable[[str], Report]


@pytest.mark.parametrize(
    ("alias", "actor_id", "country"),
    [
        ("JSQM", "pk_jsqm", "PK"),
        ("Jeay Sindh Muttahida Mahaz", "pk_jsmm", "PK"),
        ("Ahle Sunnat Wal Jamaat", "pk_aswj", "PK"),
        ("MWM", "pk_mwm", "PK"),
        ("Majlis Wahdat-e-Muslimeen", "pk_mwm", "PK"),
        ("Sunni Tehreek", "pk_sunni_tehreek", "PK"),
        ("Jamaat-ud-Dawa", "pk_jud", "PK"),
        ("PML-F", "pk_pml_f", "PK"),
        ("Students' Federation of India", "in_sfi", "IN"),
        ("Youth Congress", "in_youth_congress", "IN"),
        ("The Extraditables", "extraditables", "CO"),
        ("Los Extraditables", "extraditables", "CO"),
        ("Medellin cartel", "medellin_cartel", "CO"),
        ("Cali Cartel", "cali_cartel", "CO"),
        ("DAS", "co_das", "CO"),
        ("ARENA", "sv_arena", "SV"),
        ("National Police of Colombia", "co_police", "CO"),
    ],
)
def test_new_alias_names_its_actor_unambiguously(alias: str, actor_id: str, country: str) -> None:
    [hit, *_] = load_actors().lookup(alias)
    assert (hit.actor.id, hit.ambiguous, hit.actor.country) == (actor_id, False, country)


def test_jud_is_its_own_front_under_lashkar_e_taiba() -> None:
    kb = load_actors()
    [hit, *_] = kb.lookup("JuD")
    assert hit.actor.id == "pk_jud"
    assert [a.id for a in kb.ancestors("pk_jud")][:1] == ["lashkar_e_taiba"]


def test_aswj_acronym_stays_ambiguous_across_continents() -> None:
    """Somali, Mozambican and Pakistani groups all go by ASWJ; the acronym alone decides none."""
    assert all(hit.ambiguous for hit in load_actors().lookup("ASWJ"))


def test_lowercase_arena_is_not_the_party() -> None:
    assert load_actors().lookup("arena") == []


@pytest.fixture(scope="module")
def extract_packaged(packaged_nlp: Any) -> Extract:
    """``extract`` with the shipped pipeline and a fixed publication date."""
    from sitrep.pipeline import extract

    def run(text: str) -> Report:
        return extract(text, published="2015-03-02", nlp=packaged_nlp)

    return run


def _linked(report: Report, actor_id: str) -> ActorLink:
    """The knowledge-base actor an entity of the report is linked to, by its id."""
    links = [e.actor for e in report.entities if e.actor is not None]
    return next(link for link in links if link.id == actor_id)


def test_sindhi_party_puts_hyderabad_in_sindh(extract_packaged: Extract) -> None:
    report = extract_packaged(
        "JSQM activists blocked the national highway in Hyderabad for three hours on Sunday "
        "to protest against the arrest of their district president."
    )
    assert _linked(report, "pk_jsqm").country == "PK"
    assert [(p.country, p.admin1) for p in report.places if p.name == "Hyderabad"] == [
        ("PK", "Sindh")
    ]
    assert any(e.type == "PROTEST" for e in report.events)


def test_the_extraditables_claim_a_bombing(extract_packaged: Extract) -> None:
    report = extract_packaged(
        "The Extraditables claimed the bombing of a newspaper office in Bogota on Saturday."
    )
    assert _linked(report, "extraditables").country == "CO"
    [bombing] = [e for e in report.events if e.type == "ASSAULT"]
    assert bombing.mode == "explosives"


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Gunmen machinegunned a bus carrying soldiers near Medellin on Friday.", "firearms"),
        ("Guerrillas dynamited a bridge on the road to Ayacucho on Tuesday night.", "explosives"),
        (
            "Rebels sabotaged power lines in Usulutan, leaving the city without electricity.",
            "destroy",
        ),
    ],
)
def test_archive_attack_verbs_are_assaults(
    extract_packaged: Extract, sentence: str, mode: str
) -> None:
    report = extract_packaged(sentence)
    assert [(e.type, e.mode) for e in report.events] == [("ASSAULT", mode)]


def test_sabotaged_talks_are_no_attack(extract_packaged: Extract) -> None:
    report = extract_packaged("The opposition accused the minister of having sabotaged the talks.")
    assert not [e for e in report.events if e.type == "ASSAULT"]
