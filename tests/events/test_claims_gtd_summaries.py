"""Who the text says did it, in GTD-style incident summaries: a group that claims the attack,
or that the text blames for it, in a later sentence ("X claimed responsibility for the
incident", "the attack was attributed to X", "authorities suspected that X was responsible")
becomes the source in place of the unnamed attacker the summary opens with ("assailants",
"gunmen", "a suicide bomber"); a named or state source stays, and "no group claimed
responsibility" names no one. The summaries were written for this project."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

PUBLISHED = "2024-05-06"


class Summary(NamedTuple):
    text: str
    date: str
    country: str
    group: str  # words of the source actor's name, lower case
    killed: int | None


SUMMARIES = [
    pytest.param(
        Summary(
            "03/14/2016: Assailants opened fire on a police checkpoint in Dera Ismail Khan city, "
            "Khyber Pakhtunkhwa province, Pakistan. Two police officers were killed in the "
            "attack. Tehrik-i-Taliban Pakistan (TTP) claimed responsibility for the attack.",
            "2016-03-14",
            "PK",
            "taliban",
            2,
        ),
        id="a_claim_with_an_acronym_replaces_assailants",
    ),
    pytest.param(
        Summary(
            "07/02/2017: A suicide bomber detonated an explosive-laden vest at a market in "
            "Mogadishu, Banadir region, Somalia. Five civilians were killed and twelve were "
            "wounded in the blast. Al-Shabaab claimed responsibility for the incident.",
            "2017-07-02",
            "SO",
            "shabaab",
            5,
        ),
        id="a_claim_for_the_incident_refers_back_to_the_bombing",
    ),
    pytest.param(
        Summary(
            "09/21/2015: Unidentified gunmen attacked a village near Maiduguri, Borno state, "
            "Nigeria. At least eight villagers were killed in the attack. No group claimed "
            "responsibility for the incident; however, sources attributed the attack to Boko "
            "Haram.",
            "2015-09-21",
            "NG",
            "boko haram",
            8,
        ),
        id="no_claim_does_not_block_the_attribution_after_it",
    ),
    pytest.param(
        Summary(
            "01/23/2018: An explosive device detonated near a military patrol in Diffa, Diffa "
            "region, Niger. Four soldiers were killed. Authorities suspected that Boko Haram "
            "was responsible.",
            "2018-01-23",
            "NE",
            "boko haram",
            4,
        ),
        id="a_suspected_group_responsible_without_a_noun",
    ),
    pytest.param(
        Summary(
            "06/30/2012: Gunmen opened fire on worshippers at a church in Potiskum, Yobe state, "
            "Nigeria. Six people were killed. The attack was attributed to Boko Haram.",
            "2012-06-30",
            "NG",
            "boko haram",
            6,
        ),
        id="an_attack_attributed_to_a_group",
    ),
    pytest.param(
        Summary(
            "11/02/2014: Unidentified attackers detonated an explosive device near a bus "
            "station in Quetta city, Balochistan province, Pakistan. Three passengers were "
            "killed and nine others were injured in the blast. Lashkar-e-Jhangvi (LeJ) claimed "
            "responsibility for the incident.",
            "2014-11-02",
            "PK",
            "lashkar",
            3,
        ),
        id="unidentified_attackers_give_way_to_the_claimant",
    ),
    pytest.param(
        Summary(
            "On 12 March 2021, unidentified gunmen ambushed a military convoy near Menaka, "
            "Mali, killing three soldiers. JNIM claimed the attack.",
            "2021-03-12",
            "ML",
            "jnim",
            3,
        ),
        id="a_group_that_claims_the_attack_itself",
    ),
    pytest.param(
        Summary(
            "08/19/2019: A suicide bomber struck a wedding hall in Kabul city, Kabul province, "
            "Afghanistan. Sixty-three guests were killed in the explosion. The Islamic State "
            "claimed responsibility for the bombing.",
            "2019-08-19",
            "AF",
            "islamic state",
            63,
        ),
        id="a_suicide_bomber_gives_way_to_the_claimant",
    ),
    pytest.param(
        Summary(
            "04/15/2022: Gunmen killed four farmers in a village near Ituri, Democratic "
            "Republic of the Congo. The Allied Democratic Forces (ADF) claimed responsibility "
            "for the massacre.",
            "2022-04-15",
            "CD",
            "allied democratic forces",
            4,
        ),
        id="a_claim_for_the_massacre",
    ),
    pytest.param(
        Summary(
            "05/27/2020: Assailants shot dead two traders at a market in Kismayo, Lower Juba "
            "region, Somalia. The killing was blamed on al-Shabaab.",
            "2020-05-27",
            "SO",
            "shabaab",
            2,
        ),
        id="a_killing_blamed_on_a_group",
    ),
]


def _source_names(event: Any) -> list[str]:
    return [a.name.lower() for a in event.actors if a.role == "source"]


def _attack(report: Any) -> Any:
    attacks = [e for e in report.events if e.type == "ASSAULT"]
    assert attacks, f"no attack read in {report.events!r}"
    return attacks[0]


@pytest.mark.parametrize("summary", SUMMARIES)
def test_the_claimed_group_is_the_source(extract_notes: Any, summary: Summary) -> None:
    report = extract_notes(summary.text)
    attack = _attack(report)
    assert any(summary.group in name for name in _source_names(attack)), attack.actors
    assert attack.date is not None and attack.date.value == summary.date
    place = next(p for p in report.places if p.id == attack.place)
    assert place.country == summary.country
    assert attack.counts.killed == summary.killed


def test_a_claim_leaves_a_state_source(extract_notes: Any) -> None:
    report = extract_notes(
        "04/11/2017: Police officers clashed with gunmen in Peshawar city, Khyber Pakhtunkhwa "
        "province, Pakistan. One officer was killed. Tehreek-e-Taliban Pakistan (TTP) claimed "
        "responsibility for the incident."
    )
    sources = _source_names(_attack(report))
    assert any("police" in name for name in sources), sources
    assert not any("taliban" in name for name in sources)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "02/09/2016: Gunmen opened fire on a bus in Peshawar city, Khyber Pakhtunkhwa "
            "province, Pakistan, killing two passengers. No group claimed responsibility for the "
            "incident.",
            id="no_group_claiming_names_no_group",
        ),
        pytest.param(
            "Gunmen attacked an army post near Gao, Mali, on Monday. The army claimed the raid "
            "killed twenty militants.",
            id="a_claimed_statement_is_no_claim",
        ),
        pytest.param(
            "Gunmen opened fire on a bus in Kandahar, Afghanistan, on Tuesday, killing four "
            "passengers. The Taliban condemned the attack and denied any involvement.",
            id="a_group_that_condemns_the_attack_is_not_its_source",
        ),
    ],
)
def test_no_claim_leaves_the_unnamed_attacker(extract_notes: Any, text: str) -> None:
    assert _source_names(_attack(extract_notes(text))) == ["unidentified armed group"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        pytest.param(
            "10/14/2016: Militants fired mortars at an African Union base in Baidoa, Bay region, "
            "Somalia. Sources suspected that al-Shabaab militants carried out the attack.",
            "shabaab",
            id="suspected_group_that_carried_out_the_attack_names_the_militants",
        ),
        pytest.param(
            "09/09/2017: Gunmen killed three villagers near Gwoza, Borno state, Nigeria. Officials "
            "blamed the attack on Boko Haram.",
            "boko haram",
            id="an_attack_blamed_on_a_named_group",
        ),
    ],
)
def test_a_group_the_text_blames_is_the_source(extract_notes: Any, text: str, group: str) -> None:
    assert any(group in name for name in _source_names(_attack(extract_notes(text))))


def test_an_acled_note_codes_the_suspected_group(extract_notes: Any) -> None:
    report = extract_notes(
        "Suspected ADF militants killed 7 civilians in Beni, North Kivu on 15 April 2024."
    )
    attack = _attack(report)
    assert attack.modality == "asserted"
    assert _source_names(attack) == ["adf"] or any("allied" in n for n in _source_names(attack))


def test_an_attack_blamed_on_a_compound_keeps_the_gunmen(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen fired rockets at Kabul airport, Afghanistan, on Monday, killing two guards. "
        "Officials blamed the attack on the UN compound on a security lapse."
    )
    assert not any("united nations" in n or n == "un" for n in _source_names(_attack(report)))
