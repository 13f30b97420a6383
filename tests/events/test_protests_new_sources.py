"""ACLED coding of protests and riots from countries and sources the benchmark lacks.

The benchmark's notes are South Asian and from 2015; the held-back evaluation codes protests
and riots told by other sources, years and regions. These paragraphs (written for this
project: half in ACLED's 2020s note style, half as wire reporting with a lead, quotes and
later detail) check the current codebook's distinctions: a peaceful march, strike or sit-in
(Peaceful protest, protesters' inter code 6); a crowd dispersed with tear gas, water cannon
or arrests (Protest with intervention, still coded to the protesters); lethal force or live
fire on a crowd (Excessive force against protesters, coded to the state forces, inter 1); a
crowd that burns, stones or clashes (Violent demonstration, rioters, inter 5); a mob that
lynches a person or a crowd that fights another (Mob violence); villagers who fight with
machetes and kill are communal militias in a battle (inter 4), as ACLED codes deadly village
clashes. A protest announced for later or called off is no event.
"""

from __future__ import annotations

import pytest
from tests.events.regions_coding import Coder, RegionCase, coded_fixture, region_params

#: modern ACLED notes: date, place with its admin chain in brackets, coder's tags
NOTES = [
    RegionCase(
        "kenya_teargas_arrests",
        "2024-06-27",
        (
            "On 25 June 2024, protesters marched against the Finance Bill in Nairobi (Nairobi, "
            "Nairobi). Police dispersed them with tear gas and arrested about 30 people. "
            "[size=thousands]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Protest with intervention",
            "inter1": 6,
            "admin1": "Nairobi",
            "date": "2024-06-25",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "bangladesh_live_fire",
        "2024-07-20",
        (
            "On 18 July 2024, police opened fire on students protesting against job quotas in "
            "Jatrabari (Dhaka Metropolitan, Dhaka), killing 4 protesters. Fatalities coded as 4."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Excessive force against protesters",
            "inter1": 1,
            "admin1": "Dhaka",
            "date": "2024-07-18",
            "fatalities": 4,
        },
    ),
    RegionCase(
        "iran_bazaar_strike",
        "2024-03-06",
        (
            "On 4 March 2024, bazaar merchants went on strike and closed their shops in Tabriz "
            "(Tabriz, East Azerbaijan) to protest against new taxes. [size=no report]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "inter1": 6,
            "admin1": "East Azerbaijan",
            "date": "2024-03-04",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "senegal_bus_burned",
        "2023-06-03",
        (
            "On 1 June 2023, rioters burned a bus and vandalised a supermarket in Ziguinchor "
            "(Ziguinchor, Ziguinchor) after the sentencing of an opposition leader. No "
            "casualties were reported."
        ),
        {
            "event_type": "Riots",
            "sub_event_type": "Violent demonstration",
            "inter1": 5,
            "admin1": "Ziguinchor",
            "date": "2023-06-01",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "togo_lynching",
        "2024-04-14",
        (
            "On 12 April 2024, a mob lynched a man accused of stealing a motorbike in Sokode "
            "(Tchaoudjo, Centrale). The man died of his injuries."
        ),
        {
            "event_type": "Riots",
            "sub_event_type": "Mob violence",
            "inter1": 5,
            "admin1": "Centrale",
            "date": "2024-04-12",
            "fatalities": 1,
        },
    ),
    RegionCase(
        "indonesia_sit_in",
        "2024-08-24",
        (
            "On 22 August 2024, students held a sit-in outside the regional parliament in "
            "Makassar (Makassar, South Sulawesi) against changes to the regional election law. "
            "[size=around 500]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "inter1": 6,
            "admin1": "South Sulawesi",
            "date": "2024-08-22",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "peru_road_block_shot",
        "2023-01-11",
        (
            "On 9 January 2023, police fired live ammunition at protesters blocking a highway "
            "near Juliaca (San Roman, Puno), killing 2 protesters. Several others were wounded."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Excessive force against protesters",
            "inter1": 1,
            "admin1": "Puno",
            "date": "2023-01-09",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "georgia_water_cannon",
        "2024-12-02",
        (
            "On 30 November 2024, police used water cannon and pepper spray to disperse "
            "demonstrators outside the parliament in Tbilisi (Tbilisi, Tbilisi) and detained "
            "43 people. [size=thousands]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Protest with intervention",
            "inter1": 6,
            "admin1": "Tbilisi",
            "date": "2024-11-30",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "mexico_village_clash",
        "2024-05-09",
        (
            "On 7 May 2024, villagers from two communities clashed with machetes and stones over "
            "a land dispute in Santiago Amoltepec (Sola de Vega, Oaxaca). Two villagers were "
            "killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 4,
            "admin1": "Oaxaca",
            "date": "2024-05-07",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "serbia_march",
        "2025-03-17",
        (
            "On 15 March 2025, tens of thousands of people marched peacefully in Belgrade "
            "(Belgrade, Belgrade) against government corruption. [size=tens of thousands]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "inter1": 6,
            "admin1": "Belgrade",
            "date": "2025-03-15",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "argentina_rubber_bullets",
        "2024-06-14",
        (
            "On 12 June 2024, police fired rubber bullets and tear gas at protesters outside "
            "Congress in Mendoza (Capital, Mendoza) and arrested 12 people. Several protesters "
            "were injured."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Protest with intervention",
            "inter1": 6,
            "admin1": "Mendoza",
            "date": "2024-06-12",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "sri_lanka_party_supporters_clash",
        "2022-05-11",
        (
            "On 9 May 2022, supporters of two rival parties clashed with sticks and stones near a "
            "polling office in Kelaniya (Gampaha, Western). Several people were injured."
        ),
        {
            "event_type": "Riots",
            "sub_event_type": "Mob violence",
            "inter1": 5,
            "admin1": "Western",
            "date": "2022-05-09",
            "fatalities": 0,
        },
    ),
]

#: wire and news reporting: a lead, quotes, later detail; weekdays read from the day published
WIRE = [
    RegionCase(
        "france_suburb_cars_torched",
        "2023-06-29",
        (
            "NANTERRE, France (Reuters) - Youths torched cars and threw stones and fireworks at "
            "police in the Paris suburb of Nanterre on Wednesday night, a day after an officer "
            'shot a 17-year-old driver at a traffic stop. "We are angry, nobody listens to us," '
            "said one young man near a burnt-out bus shelter. The interior ministry said 24 "
            "officers were slightly hurt and 31 people were arrested."
        ),
        {
            "event_type": "Riots",
            "sub_event_type": "Violent demonstration",
            "inter1": 5,
            "admin1": "Ile-de-France",
            "date": "2023-06-28",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "usa_atlanta_march",
        "2023-03-06",
        (
            "ATLANTA (AP) - Thousands of people marched through downtown Atlanta on Saturday to "
            "protest against a planned police training center, chanting and carrying banners. "
            '"This forest belongs to all of us," said Maria Okafor, a teacher who joined the '
            "march with her two children. Organizers said the rally ended peacefully outside "
            "City Hall."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "inter1": 6,
            "admin1": "Georgia",
            "date": "2023-03-04",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "kenya_kitengela_shot",
        "2024-07-08",
        (
            "NAIROBI, July 8 (Reuters) - Kenyan police shot dead two protesters in the town of "
            "Kitengela on Sunday as demonstrators demanding the president's resignation took to "
            'the streets again. "They fired live bullets at us while we were singing," said a '
            "student who took part. The Independent Policing Oversight Authority said it would "
            "investigate the deaths."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Excessive force against protesters",
            "inter1": 1,
            "admin1": "Kajiado",
            "date": "2024-07-07",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "chile_students_water_cannon",
        "2023-06-09",
        (
            "SANTIAGO - Riot police fired tear gas and water cannon at students who marched in "
            "Santiago on Thursday to demand free university education, and arrested 45 people, "
            "the government said. The students, carrying banners and drums, had walked from the "
            'University of Chile toward the presidential palace. "We will be back every week '
            'until they listen," one student leader told reporters.'
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Protest with intervention",
            "inter1": 6,
            "admin1": "Santiago Metropolitan",
            "date": "2023-06-08",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "bangladesh_lynch_mob",
        "2024-09-08",
        (
            "DHAKA - A mob beat to death a man suspected of kidnapping a child in the Badda area "
            "of Dhaka on Saturday, police said. Local residents caught the man near a school and "
            'beat him with sticks before officers arrived. "We have identified several of the '
            'attackers," the officer in charge of Badda police station said.'
        ),
        {
            "event_type": "Riots",
            "sub_event_type": "Mob violence",
            "inter1": 5,
            "admin1": "Dhaka",
            "date": "2024-09-07",
            "fatalities": 1,
        },
    ),
    RegionCase(
        "indonesia_police_post_burned",
        "2025-08-29",
        (
            "JAKARTA - Protesters set fire to a police post and hurled rocks at officers outside "
            "the parliament in Jakarta on Thursday, the second day of demonstrations over "
            "lawmakers' housing allowances. Police responded with tear gas. \"The people are "
            'tired of paying for their luxuries," said a protester who gave only his first name, '
            "Budi."
        ),
        {
            "event_type": "Riots",
            "sub_event_type": "Violent demonstration",
            "inter1": 5,
            "admin1": "Jakarta",
            "date": "2025-08-28",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "iran_zahedan_live_fire",
        "2022-10-01",
        (
            "DUBAI (Reuters) - Iranian security forces opened fire on protesters in the "
            "southeastern city of Zahedan on Friday, killing at least 19 people, rights groups "
            "said. Witnesses said the shooting began when a crowd gathered outside a police "
            "station after Friday prayers. State media said the police had been attacked."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Excessive force against protesters",
            "inter1": 1,
            "admin1": "Sistan and Baluchestan",
            "date": "2022-09-30",
            "fatalities": 19,
        },
    ),
    RegionCase(
        "sri_lanka_communal_clash",
        "2018-03-06",
        (
            "KANDY, Sri Lanka - Sinhalese and Muslim crowds clashed in the town of Digana on "
            "Monday, throwing stones at each other and setting fire to shops and houses, police "
            'said. A curfew was imposed on the town. "We hid inside while they burned the shop '
            'next door," said a resident.'
        ),
        {
            "event_type": "Riots",
            "sub_event_type": "Mob violence",
            "inter1": 5,
            "admin1": "Central",
            "date": "2018-03-05",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "senegal_rally_announced",
        "2024-02-08",
        (
            "DAKAR - Opposition parties in Senegal said on Thursday they would hold a mass rally "
            "in Dakar next Tuesday to demand that the presidential election go ahead as planned. "
            '"We will march peacefully," said a coalition spokesman.'
        ),
        {"event_type": None},
    ),
    RegionCase(
        "argentina_strike_called_off",
        "2024-03-08",
        (
            "BUENOS AIRES - Teachers' unions in Buenos Aires province called off a strike "
            "planned for Monday after the provincial government agreed to raise salaries, union "
            "leaders said on Friday. Schools will open as normal."
        ),
        {"event_type": None},
    ),
    RegionCase(
        "serbia_silent_block",
        "2024-11-23",
        (
            "NOVI SAD, Serbia - Thousands of students and residents blocked a main intersection "
            "in Novi Sad for 15 minutes of silence on Friday to honour the 15 people killed "
            'when a railway station canopy collapsed this month. "We want the people '
            'responsible to be held to account," said Jelena, a 21-year-old student. The '
            "protest ended without incident."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "inter1": 6,
            "admin1": "Vojvodina",
            "date": "2024-11-22",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "israel_highway_cleared",
        "2024-03-24",
        (
            "TEL AVIV - Mounted police charged demonstrators who blocked the Ayalon highway in "
            "Tel Aviv on Saturday night and used water cannon to clear the road, arresting 21 "
            "people, police said. The protesters were demanding early elections and a deal to "
            "free the hostages held in Gaza."
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Protest with intervention",
            "inter1": 6,
            "admin1": "Tel Aviv",
            "date": "2024-03-23",
            "fatalities": 0,
        },
    ),
]

CASES = NOTES + WIRE

#: fields still coded wrong, with the module a fix needs: expected to fail until it lands
_GAZETTEER = "resolve/gazetteer: the admin1 name or the place chosen differs from ACLED's"
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("kenya_kitengela_shot", "admin1"): _GAZETTEER + " (the dateline's Nairobi, not Kitengela)",
    ("argentina_rubber_bullets", "admin1"): _GAZETTEER + " ('Congress' read as a US town)",
    ("sri_lanka_communal_clash", "admin1"): _GAZETTEER + " (Digana not found)",
    ("serbia_march", "admin1"): _GAZETTEER
    + (
        " (GeoNames has one admin1 for Serbia outside Vojvodina, 'Central Serbia'; ACLED's "
        "Belgrade needs the city's own district)"
    ),
    ("argentina_strike_called_off", "event_type"): (
        "knowledge/ontology.yaml codes every AGREE as Strategic developments/Agreement; a "
        "wage deal between a government and unions is no agreement ACLED codes"
    ),
}


coded = coded_fixture()


@pytest.mark.parametrize(("case", "name"), region_params(CASES, KNOWN_GAPS))
def test_protest_or_riot_coded_as_acled_would(coded: Coder, case: RegionCase, name: str) -> None:
    assert coded(case)[name] == case.expected[name]
