"""Importing CAMEO/PETRARCH dictionaries into the sitrep actor schema."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from sitrep.knowledge.actors import ActorKind, ActorType, Sector, load_actors
from sitrep.knowledge.petrarch import import_petrarch, write_actors_yaml

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PETRARCH_DIR = SHARED / "dictionaries" / "petrarch2"

ACTORS = """\
# A small actor dictionary in the TABARI/PETRARCH format, written for this test.
RIVERLAND_  [RVL]
+RIVERLANDIC_

UNITED_KINGDOM_  [GBR]
+BRITAIN_
+LONDON_

NORTHERN_VALLEY_FRONT_(NVF)_ [PAKREB] # invented group
+VALLEY_FRONT_FIGHTERS_

AHMAD_KARIMI_  # CountryInfo.txt
+PRESIDENT_KARIMI_
\t[AFGELI 750101-011221]
\t[AFGGOV >011222]

OLD_SOVIET_MINISTER_
\t[USRGOV 700101-911225]

<!-- a comment line -->
INTERNATIONAL_AID_MONITORS_ [IGOUNOHLH] # UN-linked
SEA_RAIDERS_ [IMGSEAMUS]
NULL_ENTRY_ [---]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
FARMER [~AGR]
ARMED_POLICE {} [~COP]
CATTLE!PERSON! [~AGR]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
HUMAN_RIGHTS_BODY [NGO~] # an organisation
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def tiny(tmp_path):
    return _write(tmp_path, "tiny.actors.txt", ACTORS), _write(tmp_path, "tiny.agents.txt", AGENTS)


def test_actor_records_map_codes_to_country_and_sector(tiny):
    actors_path, _ = tiny
    actors = {a.name: a for a in import_petrarch([actors_path], as_of=dt.date(2023, 2, 28))}
    uk = actors["United Kingdom"]
    assert (uk.country, uk.sector, uk.type, uk.kind) == ("GB", Sector.GOV, ActorType.GPE,
                                                          ActorKind.GOVERNMENT)  # fmt: skip
    assert {"Britain", "London"} <= set(uk.aliases)
    front = actors["Northern Valley Front"]
    assert front.country == "PK" and front.sector is Sector.REB
    assert front.kind is ActorKind.ARMED_GROUP and front.acled_inter == 2
    assert "NVF" in front.aliases and "Valley Front Fighters" in front.aliases
    karimi = actors["Ahmad Karimi"]
    assert karimi.type is ActorType.PERSON and karimi.sector is Sector.GOV
    assert karimi.country == "AF" and karimi.active == "2001-"
    assert actors["International Aid Monitors"].sector is Sector.IGO
    raiders = actors["Sea Raiders"]
    assert raiders.sector is Sector.IMG and raiders.region is None and raiders.country is None
    # RVL is no CAMEO code we know; the Soviet-era code is out of force in 2023;
    # [---] is a null code: all three are skipped.
    assert not {"Riverland", "Old Soviet Minister", "Null Entry"} & set(actors)


def test_date_restrictions_follow_as_of(tiny):
    actors_path, _ = tiny
    in_1990 = {a.name: a for a in import_petrarch([actors_path], as_of=dt.date(1990, 1, 1))}
    assert in_1990["Ahmad Karimi"].sector is Sector.ELI
    assert in_1990["Old Soviet Minister"].country is None  # USSR has no current code


def test_agent_records(tiny):
    _, agents_path = tiny
    agents = {a.name: a for a in import_petrarch([agents_path])}
    assert agents["farmer"].kind is ActorKind.AGENT and agents["farmer"].sector is Sector.AGR
    assert "farmers" in agents["farmer"].aliases
    assert agents["armed police"].sector is Sector.COP and agents["armed police"].aliases == ()
    assert set(agents["cattleman"].aliases) == {"cattlemen", "cattlewoman"}
    assert agents["attorney general"].aliases == ("attorneys general",)
    assert agents["human rights body"].sector is Sector.NGO


def test_round_trip_through_yaml(tiny, tmp_path):
    actors_path, agents_path = tiny
    imported = import_petrarch([actors_path, agents_path], known=load_actors())
    # "United Kingdom" and "Britain" are already in the packaged knowledge base.
    uk = next(a for a in imported if a.country == "GB")
    assert "Britain" in uk.ambiguous_aliases and "Britain" not in uk.aliases
    out = tmp_path / "imported.yaml"
    write_actors_yaml(imported, out, header="Imported from tiny.actors.txt for a test")
    assert out.read_text(encoding="utf-8").startswith("# Imported from tiny.actors.txt")
    kb = load_actors([out])
    assert len(kb) == len(imported)
    assert kb.match("NVF")[0].name == "Northern Valley Front"


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        import_petrarch([tmp_path / "nope.txt"])


def _shared(name: str) -> Path:
    path = PETRARCH_DIR / name
    if not path.is_file():
        pytest.skip(f"needs the PETRARCH dictionaries at {PETRARCH_DIR}")
    return path


@pytest.mark.shared_data
def test_real_phoenix_dictionaries():
    as_of = dt.date(2015, 1, 1)
    countries = import_petrarch([_shared("Phoenix.Countries.actors.txt")], as_of=as_of)
    assert len(countries) > 5_000
    by_name = {a.name: a for a in countries}
    afghanistan = by_name["Afghanistan"]
    assert (afghanistan.country, afghanistan.type) == ("AF", ActorType.GPE)
    assert "Kabul" in afghanistan.aliases + afghanistan.ambiguous_aliases
    ansf = by_name["Afghan National Security Forces"]
    assert ansf.sector is Sector.MIL and "ANSF" in ansf.aliases
    assert by_name["Hamid Karzai"].type is ActorType.PERSON
    nonstate = import_petrarch([_shared("Phoenix.MilNonState.actors.txt")], as_of=as_of)
    assert len(nonstate) > 900
    taliban = next(a for a in nonstate if a.name == "Taliban")
    assert taliban.country == "AF" and taliban.sector is Sector.REB
    international = import_petrarch([_shared("Phoenix.International.actors.txt")], as_of=as_of)
    assert sum(a.sector is Sector.IGO for a in international) > 200
    agents = import_petrarch([_shared("Phoenix.agents.txt")], as_of=as_of)
    assert len(agents) > 2_000 and all(a.kind is ActorKind.AGENT for a in agents)
