"""ACLED coding of news from African theatres: the Sahel, Nigeria, Somalia, Sudan and
Ethiopia, and the eastern DRC.

The benchmark's notes are South Asian, so these paragraphs (written for this project) check
that the knowledge base knows the armed groups a coder meets elsewhere (JNIM, IS Sahel,
Dozo hunters, ISWAP, the ESN, al-Shabaab, the RSF, Fano, M23, the ADF, CODECO) with ACLED's
inter codes, and that places get the admin1 names ACLED uses today (North Kivu, North Darfur,
Lower Shabelle, Banadir), not the gazetteer's transliterations or pre-reform provinces."""

from __future__ import annotations

import pytest
from tests.events.regions_coding import Coder, RegionCase, coded_fixture, region_params

CASES = [
    RegionCase(
        "sahel_jnim",
        "2024-03-14",
        (
            "On 12 March 2024, suspected JNIM militants attacked a Malian army post in Boni "
            "(Douentza, Mopti), killing seven soldiers."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "jnim",
            "admin1": "Mopti",
            "date": "2024-03-12",
            "fatalities": 7,
        },
    ),
    RegionCase(
        "sahel_wagner",
        "2024-03-12",
        (
            "Malian soldiers and Wagner Group fighters killed at least 20 civilians in the "
            "village of Welingara in Mali's Segou region on Sunday, residents said."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 1,
            "actor1": "ml_mil",
            "admin1": "Segou",
            "date": "2024-03-10",
            "fatalities": 20,
        },
    ),
    RegionCase(
        "sahel_iss",
        "2024-03-12",
        (
            "Islamic State Sahel fighters ambushed a convoy of VDP volunteers near Seytenga "
            "in Burkina Faso's Sahel region on Friday, killing 15 of them."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "is_sahel",
            "admin1": "Sahel",
            "date": "2024-03-08",
            "fatalities": 15,
        },
    ),
    RegionCase(
        "sahel_dozo",
        "2024-03-12",
        (
            "Dozo hunters killed four Fulani herders near Djenne in Mopti region on Monday, "
            "a local official said."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 4,
            "actor1": "dozo_militia",
            "admin1": "Mopti",
            "date": "2024-03-11",
            "fatalities": 4,
        },
    ),
    RegionCase(
        "ng_bh",
        "2024-06-05",
        (
            "On 3 June 2024, Boko Haram (JAS) fighters stormed Mafa town in Borno state, "
            "killing 12 civilians and abducting several women."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 2,
            "actor1": "boko_haram",
            "admin1": "Borno",
            "date": "2024-06-03",
            "fatalities": 12,
        },
    ),
    RegionCase(
        "ng_bandits",
        "2024-06-07",
        (
            "Bandits killed nine villagers in Tsafe local government area of Zamfara State "
            "on Wednesday, police said."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 3,
            "admin1": "Zamfara",
            "date": "2024-06-05",
            "fatalities": 9,
        },
    ),
    RegionCase(
        "ng_iswap",
        "2024-06-07",
        (
            "ISWAP militants attacked a military base in Marte, Borno State, on Thursday; "
            "troops repelled the attack and killed 14 insurgents."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "iswap",
            "admin1": "Borno",
            "date": "2024-06-06",
            "fatalities": 14,
        },
    ),
    RegionCase(
        "ng_esn",
        "2024-06-07",
        (
            "Gunmen suspected to be members of the Eastern Security Network killed two "
            "policemen at a checkpoint in Orlu, Imo State, on Tuesday."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 3,
            "actor1": "esn",
            "admin1": "Imo",
            "date": "2024-06-04",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "so_shabaab_clash",
        "2024-02-07",
        (
            "Al-Shabaab militants attacked an ATMIS base in Bulo Marer, Lower Shabelle "
            "region, on Tuesday, and the Somali army said 10 militants were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "al_shabaab",
            "admin1": "Lower Shabelle",
            "date": "2024-02-06",
            "fatalities": 10,
        },
    ),
    RegionCase(
        "so_shabaab_bomb",
        "2024-02-06",
        (
            "On 5 February 2024, a car bomb claimed by al-Shabaab exploded near a busy "
            "market in Mogadishu's Hodan district, killing 10 people."
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED",
            "inter1": 2,
            "actor1": "al_shabaab",
            "admin1": "Banadir",
            "date": "2024-02-05",
            "fatalities": 10,
        },
    ),
    RegionCase(
        "sd_rsf",
        "2024-05-13",
        (
            "The Rapid Support Forces shelled residential areas of El Fasher in North "
            "Darfur state on Saturday, killing 14 civilians, according to local activists."
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "inter1": 2,
            "actor1": "rsf",
            "admin1": "North Darfur",
            "date": "2024-05-11",
            "fatalities": 14,
        },
    ),
    RegionCase(
        "et_fano",
        "2024-07-10",
        (
            "Fano militiamen clashed with Ethiopian army troops in Debre Markos town, "
            "Amhara region, on 8 July 2024; at least five people were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 3,
            "actor1": "fano",
            "admin1": "Amhara",
            "date": "2024-07-08",
            "fatalities": 5,
        },
    ),
    RegionCase(
        "cd_m23",
        "2024-02-09",
        (
            "M23 rebels clashed with FARDC soldiers and Wazalendo fighters near Sake, North "
            "Kivu, on 7 February 2024. At least six soldiers were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "m23",
            "admin1": "North Kivu",
            "date": "2024-02-07",
            "fatalities": 6,
        },
    ),
    RegionCase(
        "cd_adf",
        "2024-02-09",
        (
            "Suspected ADF rebels killed 11 civilians with machetes in the village of "
            "Mamove in Beni territory, North Kivu province, on Thursday, local officials "
            "said."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 2,
            "actor1": "adf",
            "admin1": "North Kivu",
            "date": "2024-02-08",
            "fatalities": 11,
        },
    ),
    RegionCase(
        "cd_monusco",
        "2024-02-09",
        (
            "ADF fighters attacked a MONUSCO base near Beni in North Kivu on Thursday; two "
            "peacekeepers were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "adf",
            "admin1": "North Kivu",
            "date": "2024-02-08",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "cd_codeco",
        "2024-02-12",
        (
            "CODECO militiamen attacked a camp for displaced people in Djugu territory, "
            "Ituri province, on Sunday, killing eight civilians."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 4,
            "actor1": "codeco",
            "admin1": "Ituri",
            "date": "2024-02-11",
            "fatalities": 8,
        },
    ),
    RegionCase(
        "ng_fulani",
        "2024-06-10",
        (
            "Suspected Fulani militiamen killed 20 villagers in Bokkos local government area of "
            "Plateau State on Sunday, a community leader said."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 4,
            "actor1": "fulani_ethnic_militia",
            "admin1": "Plateau",
            "date": "2024-06-09",
            "fatalities": 20,
        },
    ),
    RegionCase(
        "cd_tshopo",
        "2024-02-09",
        (
            "Mai-Mai militiamen clashed with FARDC soldiers near Bafwasende in Tshopo province on"
            " Wednesday, killing three soldiers."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 4,
            "actor1": "mai_mai",
            "admin1": "Tshopo",
            "date": "2024-02-07",
            "fatalities": 3,
        },
    ),
    RegionCase(
        "sd_kordofan",
        "2024-05-13",
        (
            "On 11 May 2024, the Sudanese army carried out air strikes on RSF positions in Al "
            "Fula, West Kordofan, killing 9 RSF fighters."
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "inter1": 1,
            "actor1": "sd_mil",
            "admin1": "West Kordofan",
            "date": "2024-05-11",
            "fatalities": 9,
        },
    ),
    RegionCase(
        "so_clan",
        "2024-02-13",
        (
            "Clan militiamen clashed over grazing land near Balad in Middle Shabelle region on "
            "Monday, leaving six people dead."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 4,
            "actor1": "somali_clan_militia",
            "admin1": "Middle Shabelle",
            "date": "2024-02-12",
            "fatalities": 6,
        },
    ),
]

#: fields still coded wrong, with the module a fix needs: expected to fail until it lands
KNOWN_GAPS: dict[tuple[str, str], str] = {}


coded = coded_fixture()


@pytest.mark.parametrize(("case", "name"), region_params(CASES, KNOWN_GAPS))
def test_african_theatre_coded_as_acled_would(coded: Coder, case: RegionCase, name: str) -> None:
    assert coded(case)[name] == case.expected[name]
