"""The packaged actor knowledge base: coverage, validity and loader error reports."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from sitrep.knowledge.actors import (
    EXTRA_COUNTRY_CODES,
    ActorKind,
    ActorType,
    Sector,
    load_actors,
)
from sitrep.knowledge.yamlmarks import DataFileError

ARMED_KINDS = {
    ActorKind.ARMED_GROUP,
    ActorKind.MILITIA,
    ActorKind.CRIMINAL_GROUP,
    ActorKind.PRIVATE_MILITARY_COMPANY,
}


@pytest.fixture(scope="module")
def kb():
    return load_actors()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_every_state_has_government_military_and_police(kb):
    organs = Counter(a.kind for a in kb if a.region and a.acled_inter == 1 and a.country)
    governments = [kb.country_actor(a.country, "government") for a in kb if a.id.endswith("_mil")]
    assert len({g.id for g in governments if g is not None}) >= 190
    assert organs[ActorKind.POLICE] >= 190
    for iso in ("PK", "AF", "US", "TW", "XK", "PS", "VA", "SS"):
        for kind in ("government", "military", "police"):
            assert kb.country_actor(iso, kind) is not None, (iso, kind)


def test_at_least_200_non_state_armed_groups(kb):
    armed = [a for a in kb if a.kind in ARMED_KINDS]
    assert len(armed) >= 200
    assert all(a.sector in {Sector.REB, Sector.SEP, Sector.IMG, Sector.UAF, Sector.CRM,
                            Sector.MIL, Sector.SET} for a in armed)  # fmt: skip


def test_country_codes_are_iso_3166(kb):
    iso = {c.alpha_2 for c in pycountry.countries} | EXTRA_COUNTRY_CODES
    assert {"XK"} == EXTRA_COUNTRY_CODES
    bad = [(a.id, a.country) for a in kb if a.country is not None and a.country not in iso]
    assert bad == []


def test_sectors_and_parents_are_valid(kb):
    for actor in kb:
        assert actor.sector in set(Sector)
        if actor.parent is not None:
            assert actor.parent in kb, actor.id
    assert {a.id for a in kb.ancestors("taliban_special_forces")} == {"taliban"}
    assert [a.id for a in kb.ancestors("ir_quds_force")] == ["ir_irgc", "ir_mil", "ir_gov"]


def test_afghanistan_government_is_the_taliban(kb):
    taliban = kb.country_actor("AF", "government")
    assert taliban is not None and taliban.id == "taliban"
    assert taliban.sector is Sector.GOV and taliban.type is ActorType.ORG
    assert {"IEA", "Afghan interim government", "Afghan Taliban government"} <= set(taliban.aliases)
    special = kb.get("taliban_special_forces")
    assert special is not None and special.name == "IEA Special Forces"
    assert special.kind is ActorKind.MILITARY and special.parent == "taliban"


def test_state_templates_generate_news_phrasings(kb):
    pk_mil = kb.get("pk_mil")
    assert pk_mil is not None
    assert {"Pakistani military", "Pakistan Army", "Pakistani security forces"} <= set(
        pk_mil.aliases
    )
    pk_gov = kb.get("pk_gov")
    assert pk_gov is not None and "Pakistani authorities" in pk_gov.aliases
    assert "Islamabad" in pk_gov.ambiguous_aliases  # a capital is only a metonym


def test_default_load_is_cached(kb):
    assert load_actors() is kb


def test_invalid_field_is_reported_with_file_and_line(tmp_path):
    path = _write(
        tmp_path,
        "broken.yaml",
        """
        defaults: {type: ORG, kind: armed_group, sector: REB}
        actors:
          - {id: northern_front, name: Northern Front, country: PK}
          - {id: southern_front, name: Southern Front, country: ZZ}
          - {id: Bad Id, name: Eastern Front, sector: XYZ}
        """,
    )
    with pytest.raises(DataFileError) as info:
        load_actors([path])
    message = str(info.value)
    assert f"{path}:4: actor 'southern_front': country" in message
    assert f"{path}:5: actor 'Bad Id': id" in message
    assert f"{path}:5: actor 'Bad Id': sector" in message
    assert len(info.value.problems) == 3


def test_malformed_yaml_is_reported_with_line(tmp_path):
    path = _write(
        tmp_path,
        "syntax.yaml",
        """
        actors:
          - {id: a, name: A, type: ORG, kind: armed_group, sector: REB}
          - {id: b, name: [unclosed, type: ORG
        """,
    )
    with pytest.raises(DataFileError, match=r"syntax\.yaml:\d+: invalid YAML"):
        load_actors([path])


def test_duplicate_ids_and_aliases_are_rejected(tmp_path):
    first = _write(
        tmp_path,
        "first.yaml",
        """
        defaults: {type: ORG, kind: armed_group, sector: REB}
        actors:
          - {id: river_brigade, name: River Brigade, aliases: [RB, River Brigades]}
        """,
    )
    second = _write(
        tmp_path,
        "second.yaml",
        """
        defaults: {type: ORG, kind: armed_group, sector: REB}
        actors:
          - {id: river_brigade, name: River Brigade Movement}
          - {id: hill_brigade, name: Hill Brigade, aliases: [river-brigades]}
        """,
    )
    with pytest.raises(DataFileError) as info:
        load_actors([first, second])
    problems = info.value.problems
    assert any(p.startswith(f"{second}:3: duplicate actor id 'river_brigade'") for p in problems)
    assert any(
        p.startswith(f"{second}:4: actor 'hill_brigade': alias 'river-brigades' already names")
        for p in problems
    )


def test_shared_alias_is_fine_when_ambiguous(tmp_path):
    path = _write(
        tmp_path,
        "ok.yaml",
        """
        defaults: {type: ORG, kind: armed_group, sector: REB}
        actors:
          - {id: river_brigade, name: River Brigade, ambiguous_aliases: [the Brigade]}
          - {id: hill_brigade, name: Hill Brigade, ambiguous_aliases: [Brigade]}
          - {id: hill_youth, name: Hill Youth, parent: hill_brigade}
        """,
    )
    kb = load_actors([path])
    assert {a.id for a in kb.match("the Brigade")} == {"river_brigade", "hill_brigade"}


def test_unknown_parent_is_reported(tmp_path):
    path = _write(
        tmp_path,
        "parent.yaml",
        """
        actors:
          - {id: cell, name: Cell Seven, type: ORG, kind: armed_group, sector: REB, parent: nowhere}
        """,
    )
    with pytest.raises(DataFileError, match=r"parent\.yaml:2: actor 'cell': parent 'nowhere'"):
        load_actors([path])


def test_states_section_expands_and_demotes_shared_aliases(tmp_path):
    path = _write(
        tmp_path,
        "states.yaml",
        """
        state_actors:
          gov: {id: "{iso}_gov", name: "{name}", type: GPE, kind: government, sector: GOV,
                aliases: ["{name}", "{demonym} authorities"], ambiguous_aliases: ["{capital}"]}
          mil: {id: "{iso}_mil", name: "Military Forces of {name}", type: ORG, kind: military,
                sector: MIL, parent: "{gov}", aliases: ["{demonym} army"]}
        states:
          Middle Africa:
            - {iso: CD, name: DR Congo, demonyms: [Congolese], capital: Kinshasa}
            - {iso: CG, name: Republic of the Congo, demonyms: [Congolese], capital: Brazzaville}
        """,
    )
    kb = load_actors([path])
    assert [h.actor.id for h in kb.lookup("DR Congo")] == ["cd_gov"]
    hits = kb.lookup("Congolese army")
    assert {h.actor.id for h in hits} == {"cd_mil", "cg_mil"} and all(h.ambiguous for h in hits)
    assert kb.get("cd_mil").parent == "cd_gov"
    assert kb.demonym_country("Congolese") is None  # shared by two states
    assert kb.source("cg_gov") == f"{path}:9"


def test_misspelt_organ_override_is_reported(tmp_path):
    path = _write(
        tmp_path,
        "typo.yaml",
        """
        state_actors:
          gov: {id: "{iso}_gov", name: "{name}", type: GPE, kind: government, sector: GOV}
        states:
          Oceania:
            - {iso: FJ, name: Fiji, demonyms: [Fijian], organs: {gov: {alias: [Suva govt]}}}
        """,
    )
    with pytest.raises(DataFileError, match=r"typo\.yaml:5: organ override 'gov' has unknown"):
        load_actors([path])
