"""ACLED coding of remote violence and strategic developments from sources the benchmark lacks.

The benchmark's notes are South Asian and from 2015; the held-back evaluation codes other
years, regions and sources. These paragraphs (written for this project: half in ACLED's 2020s
note style, half as wire reporting with a lead, quotes and later detail) come from Ukraine and
Russia, Gaza, Israel and Lebanon, Yemen, Syria, Sudan, Myanmar, Somalia, Burkina Faso, Colombia,
Mexico, Pakistan and the Philippines. They check the current codebook's sub-event types: the
weapon decides remote violence (air or drone strike, shelling, artillery or missiles, a
suicide bomb, a remote explosive, landmine or IED, a grenade), whoever the target; a state's
forces abroad are External/Other forces (inter 8), an unnamed bomber an Unidentified Armed
Group (inter 3). Strategic developments cover a device defused before it went off (Disrupted
weapons use), a ceasefire signed (Agreement), a town handed over without a fight
(Non-violent transfer of territory), looting, a merger of armed groups (Change to
group/activity) and arrests.
"""

from __future__ import annotations

import pytest
from tests.events.regions_coding import Coder, RegionCase, coded_fixture, region_params

_REMOTE = "Explosions/Remote violence"
_STRATEGIC = "Strategic developments"

#: modern ACLED notes: date, place with its admin chain in brackets
NOTES = [
    RegionCase(
        "ukraine_kherson_shelling",
        "2024-03-05",
        (
            "On 3 March 2024, Russian forces shelled Beryslav (Beryslavskyi, Kherson), killing "
            "2 civilians and injuring 5 others. Fatalities coded as 2."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Shelling/artillery/missile attack",
            "inter1": 8,
            "admin1": "Kherson",
            "date": "2024-03-03",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "russia_oil_depot_drones",
        "2024-05-13",
        (
            "On 11 May 2024, Ukrainian forces attacked an oil depot in Novorossiysk "
            "(Novorossiysk, Krasnodar) with drones, causing a fire. No casualties were reported."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Air/drone strike",
            "inter1": 8,
            "admin1": "Krasnodar",
            "date": "2024-05-11",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "gaza_rafah_airstrike",
        "2024-02-16",
        (
            "On 14 February 2024, Israeli aircraft struck a residential building in Rafah "
            "(Rafah, Gaza Strip), killing 11 people, including 4 children."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Air/drone strike",
            "inter1": 8,
            "admin1": "Gaza Strip",
            "date": "2024-02-14",
            "fatalities": 11,
        },
    ),
    RegionCase(
        "yemen_hodeidah_strikes",
        "2024-01-22",
        (
            "On 19 January 2024, US and UK forces carried out airstrikes on Houthi positions "
            "near the airport in Hodeidah (Al Hawak, Al Hudaydah). Casualties unknown."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Air/drone strike",
            "inter1": 8,
            "admin1": "Al Hudaydah",
            "date": "2024-01-19",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "syria_ied_convoy",
        "2024-08-08",
        (
            "On 6 August 2024, an IED exploded as a regime forces convoy passed near Al-Sukhnah "
            "(Tadmor, Homs), killing 3 soldiers. No group claimed responsibility."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Remote explosive/landmine/IED",
            "inter1": 3,
            "admin1": "Homs",
            "date": "2024-08-06",
            "fatalities": 3,
        },
    ),
    RegionCase(
        "sudan_rsf_drone_hospital",
        "2024-10-04",
        (
            "On 2 October 2024, RSF drones struck a hospital in Omdurman (Karrari, Khartoum), "
            "killing 8 civilians. Fatalities coded as 8."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Air/drone strike",
            "inter1": 2,
            "admin1": "Khartoum",
            "date": "2024-10-02",
            "fatalities": 8,
        },
    ),
    RegionCase(
        "myanmar_junta_airstrike",
        "2025-01-09",
        (
            "On 8 January 2025, the military conducted an airstrike on Kyauk Ni Maw village "
            "(Ramree, Kyaukpyu, Rakhine), killing 40 civilians and wounding about 20 others."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Air/drone strike",
            "inter1": 1,
            "admin1": "Rakhine",
            "date": "2025-01-08",
            "fatalities": 40,
        },
    ),
    RegionCase(
        "burkina_landmine_herders",
        "2024-03-14",
        (
            "On 12 March 2024, a landmine exploded under a cart carrying herders near Djibo "
            "(Djibo, Soum, Sahel), killing 4 herders. The perpetrators are unknown."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Remote explosive/landmine/IED",
            "inter1": 3,
            "admin1": "Sahel",
            "date": "2024-03-12",
            "fatalities": 4,
        },
    ),
    RegionCase(
        "colombia_device_defused",
        "2024-04-22",
        (
            "On 20 April 2024, army explosives experts defused an explosive device placed on a "
            "road in Jamundi (Jamundi, Valle del Cauca). No one was injured."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Disrupted weapons use",
            "inter1": 1,
            "admin1": "Valle del Cauca",
            "date": "2024-04-20",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "mexico_cartel_arrests",
        "2024-05-17",
        (
            "On 15 May 2024, the National Guard arrested 23 suspected members of the Sinaloa "
            "Cartel during raids in Culiacan (Culiacan, Sinaloa)."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Arrests",
            "inter1": 1,
            "admin1": "Sinaloa",
            "date": "2024-05-15",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "somalia_lido_suicide",
        "2024-08-04",
        (
            "On 2 August 2024, an Al Shabaab suicide bomber blew himself up at Lido beach in "
            "Mogadishu (Mogadishu, Banadir), killing 32 people. Al Shabaab claimed the attack."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Suicide bomb",
            "inter1": 2,
            "admin1": "Banadir",
            "date": "2024-08-02",
            "fatalities": 32,
        },
    ),
    RegionCase(
        "myanmar_town_without_fight",
        "2024-03-17",
        (
            "On 15 March 2024, the Arakan Army took control of Ponnagyun town (Ponnagyun, "
            "Sittwe, Rakhine) after military troops withdrew from their positions without a "
            "fight."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Non-violent transfer of territory",
            # ACLED's actor list codes the Arakan Army an identity militia
            # (knowledge/actors/armed_groups.yaml)
            "inter1": 4,
            "admin1": "Rakhine",
            "date": "2024-03-15",
            "fatalities": 0,
        },
    ),
]

#: wire reporting: dateline, lead, attribution, quotes and later detail
WIRE = [
    RegionCase(
        "philippines_grenade_bar",
        "2024-09-15",
        (
            "COTABATO CITY, Philippines - An unidentified man threw a grenade into a crowded "
            "karaoke bar in Cotabato City late on Saturday, wounding nine people, police said. "
            '"The suspect fled on a motorcycle," a police spokesman told reporters. Officers '
            "were checking footage from nearby cameras."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Grenade",
            "inter1": 3,
            "date": "2024-09-14",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "pakistan_convoy_suicide",
        "2024-03-27",
        (
            "PESHAWAR, Pakistan - A suicide bomber rammed an explosives-laden car into a "
            "military convoy in North Waziristan on Tuesday, killing six soldiers, the army "
            "said. The Pakistani Taliban claimed responsibility for the attack in a statement. "
            "The convoy was travelling to a border post, officials said."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Suicide bomb",
            "inter1": 2,
            "admin1": "Khyber Pakhtunkhwa",
            "date": "2024-03-26",
            "fatalities": 6,
        },
    ),
    RegionCase(
        "ukraine_kyiv_missiles_intercepted",
        "2024-01-04",
        (
            "KYIV - Russia fired ballistic missiles at Kyiv early on Wednesday, and air "
            "defences shot down most of them, the city's military administration said. "
            "Falling debris damaged a house in the Darnytskyi district, but nobody was hurt. "
            '"Air defence worked well," the head of the administration said.'
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Shelling/artillery/missile attack",
            "inter1": 8,
            "admin1": "Kyiv City",
            "date": "2024-01-03",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "lebanon_rockets_intercepted",
        "2024-01-09",
        (
            "JERUSALEM - Hezbollah fired about 20 rockets at northern Israel on Monday, and "
            "most were intercepted by air defences, the Israeli military said. No injuries were "
            "reported. The group said the barrage targeted an army base near Safed."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Shelling/artillery/missile attack",
            "date": "2024-01-08",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "lebanon_israeli_drone_car",
        "2024-07-17",
        (
            "BEIRUT - An Israeli drone strike on a car near the southern Lebanese city of Tyre "
            "killed two men on Tuesday, Lebanon's state news agency said. Hezbollah later "
            "announced the deaths of two of its fighters but did not say where they were killed."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Air/drone strike",
            "inter1": 8,
            "admin1": "South Lebanon",
            "date": "2024-07-16",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "mexico_cartel_drone_bombs",
        "2024-06-20",
        (
            "MORELIA, Mexico - Gunmen from a drug cartel dropped explosives from drones on the "
            "village of El Aguaje in Michoacan state on Wednesday, killing two farmers, state "
            "prosecutors said. Residents said the attacks had forced dozens of families to flee."
        ),
        {
            "event_type": _REMOTE,
            "sub_event_type": "Air/drone strike",
            "inter1": 3,
            "admin1": "Michoacan",
            "date": "2024-06-19",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "ukraine_shell_defused",
        "2024-05-10",
        (
            "KHARKIV, Ukraine - Ukrainian sappers on Thursday defused an unexploded Russian "
            "artillery shell found in a schoolyard in the city of Kharkiv, the State Emergency "
            "Service said. Nobody was hurt. Pupils had been evacuated before the work began."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Disrupted weapons use",
            "admin1": "Kharkiv",
            "date": "2024-05-09",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "colombia_eln_ceasefire",
        "2023-06-10",
        (
            "HAVANA - Colombia's government and the National Liberation Army (ELN) rebels signed "
            "a six-month bilateral ceasefire on Friday at talks in Havana, both sides said. "
            '"This is the beginning of the end of the conflict," the government\'s chief '
            "negotiator said."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Agreement",
            "date": "2023-06-09",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "sudan_aid_warehouses_looted",
        "2024-01-05",
        (
            "PORT SUDAN - Fighters of the Rapid Support Forces looted World Food Programme "
            "warehouses in Wad Madani on Thursday, taking food meant for hundreds of thousands "
            'of people, the U.N. agency said. "This is a devastating setback," a WFP official '
            "said."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Looting/property destruction",
            "inter1": 2,
            "admin1": "Al Jazirah",
            "date": "2024-01-04",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "syria_factions_merge",
        "2024-02-20",
        (
            "IDLIB, Syria - Four rebel factions in northwestern Syria announced on Monday that "
            "they had merged into a single group under a joint command, a spokesman said. The "
            "new group will be based in Idlib province, he added."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Change to group/activity",
            "inter1": 2,
            "date": "2024-02-19",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "pakistan_mass_arrests",
        "2023-05-12",
        (
            "ISLAMABAD - Police arrested more than 1,000 supporters of former prime minister "
            "Imran Khan in Islamabad on Thursday in a sweeping crackdown, officials said. Raids "
            "continued overnight in several districts of the capital."
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Arrests",
            "inter1": 1,
            "admin1": "Islamabad Capital Territory",
            "date": "2023-05-11",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "somalia_town_handed_over",
        "2024-09-05",
        (
            "MOGADISHU - Al Shabaab fighters took over the town of Buq Aqable in Hiraan region "
            "on Wednesday without a fight after government troops pulled out, residents said. "
            '"They entered the town in the afternoon," a local elder said by phone.'
        ),
        {
            "event_type": _STRATEGIC,
            "sub_event_type": "Non-violent transfer of territory",
            "inter1": 2,
            "admin1": "Hiraan",
            "date": "2024-09-04",
            "fatalities": 0,
        },
    ),
]

CASES = NOTES + WIRE

#: fields still coded wrong, with the module a fix needs: expected to fail until it lands
_GAZETTEER = "resolve/gazetteer: the admin1 name differs from ACLED's"
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("pakistan_mass_arrests", "admin1"): _GAZETTEER + " (Islamabad)",
}


coded = coded_fixture()


@pytest.mark.parametrize(("case", "name"), region_params(CASES, KNOWN_GAPS))
def test_remote_violence_or_strategic_development_coded(
    coded: Coder, case: RegionCase, name: str
) -> None:
    assert coded(case)[name] == case.expected[name]
