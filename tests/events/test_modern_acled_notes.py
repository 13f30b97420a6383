"""ACLED coding of notes written in ACLED's 2020s house style.

Recent ACLED notes differ from the 2015 notes the benchmark measures: the place is followed
by its admin chain in brackets ("Boni (Hombori, Douentza, Mopti)"), a second sentence gives
the dead of either side, the coder states "Fatalities coded as N", and bracketed tags close
the note ("[size=around 200]", "[women targeted: ...]"). These notes (written for this
project, across Africa, the Middle East, Asia, Latin America and Europe) check that the admin
chain is read as place hierarchy, the toll sentence as the event's toll, and the tags as
neither participants nor counts."""

from __future__ import annotations

from typing import Any

import pytest
from tests.events.regions_coding import Coder, RegionCase, coded_fixture, region_params

CASES = [
    RegionCase(
        "mali_chain_toll",
        "2024-04-05",
        (
            "On 3 April 2024, JNIM militants attacked a FAMa position in Boni (Hombori, "
            "Douentza, Mopti). 9 soldiers and an unknown number of militants were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "jnim",
            "admin1": "Mopti",
            "date": "2024-04-03",
            "fatalities": 9,
        },
    ),
    RegionCase(
        "mali_fatalities_coded",
        "2024-04-05",
        (
            "On 2 April 2024, JNIM militants ambushed a Malian army convoy near Boulkessi "
            "(Mondoro, Douentza, Mopti). Both sides suffered losses. Fatalities coded as 10."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "admin1": "Mopti",
            "date": "2024-04-02",
            "fatalities": 10,
        },
    ),
    RegionCase(
        "drc_adf_nord_kivu",
        "2023-05-07",
        (
            "On 5 May 2023, ADF militants attacked the village of Kikingi (Beni, Nord-Kivu) "
            "and killed 14 civilians with machetes."
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "inter1": 2,
            "actor1": "adf",
            "admin1": "North Kivu",
            "date": "2023-05-05",
            "fatalities": 14,
        },
    ),
    RegionCase(
        "somalia_banadir_statement",
        "2023-06-12",
        (
            "On 10 June 2023, Al Shabaab militants detonated an IED targeting a police vehicle "
            "in Mogadishu (Banadir). Two policemen were killed. The group said in a statement "
            "that it carried out the attack."
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED",
            "inter1": 2,
            "actor1": "al_shabaab",
            "admin1": "Banadir",
            "date": "2023-06-10",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "ethiopia_property_destruction",
        "2023-06-22",
        (
            "Property destruction: On 20 June 2023, Fano militia burned down the house of a "
            "local official in Gondar town (Central Gonder, Amhara). No casualties reported."
        ),
        {
            "event_type": "Strategic developments",
            "sub_event_type": "Looting/property destruction",
            "admin1": "Amhara",
            "date": "2023-06-20",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "nigeria_protest_size",
        "2024-02-07",
        (
            "On 5 February 2024, traders staged a peaceful protest in Minna (Chanchaga, Niger) "
            "against the rising cost of food. [size=around 200]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "date": "2024-02-05",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "nigeria_women_tag",
        "2023-03-02",
        (
            "On 27 February 2023, unidentified gunmen abducted three women in Owerri "
            "(Owerri Municipal, Imo). [women targeted: relatives of candidates]"
        ),
        {
            "event_type": "Violence against civilians",
            "sub_event_type": "Abduction/forced disappearance",
            "admin1": "Imo",
            "date": "2023-02-27",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "sudan_on_or_around",
        "2023-06-09",
        (
            "On or around 5 June 2023, RSF forces clashed with SAF troops in El Fasher "
            "(El Fasher, North Darfur). 11 people were killed, including fighters from both "
            "sides."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "rsf",
            "admin1": "North Darfur",
            "date": "2023-06-05",
            "fatalities": 11,
        },
    ),
    RegionCase(
        "burkina_between_days",
        "2023-06-08",
        (
            "Between 3 and 5 June 2023, JNIM militants attacked VDP volunteers in Djibo "
            "(Djibo, Soum, Sahel). Around 20 VDP and 5 militants were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "actor1": "jnim",
            "admin1": "Sahel",
            "date": "2023-06-03",
            "fatalities": 25,
        },
    ),
    RegionCase(
        "syria_drone_unidentified",
        "2024-01-18",
        (
            "On 16 January 2024, a drone strike by unidentified forces hit a car near Qamishli "
            "(Qamishli, Al-Hasakah), killing two SDF fighters."
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "admin1": "Al-Hasakah",
            "date": "2024-01-16",
            "fatalities": 2,
        },
    ),
    RegionCase(
        "mozambique_overtakes",
        "2024-02-11",
        (
            "Non-state armed group overtakes territory: On 9 February 2024, ISM militants seized "
            "control of Mucojo (Macomia, Cabo Delgado) after clashes with Mozambican forces. "
            "No fatalities were reported."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Non-state actor overtakes territory",
            "date": "2024-02-09",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "yemen_houthi_shelling",
        "2023-09-14",
        (
            "On 12 September 2023, Houthi forces shelled government positions in Hays "
            "(Hays, Al Hudaydah), killing a soldier. Fatalities coded as 1."
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "actor1": "houthis",
            "date": "2023-09-12",
            "fatalities": 1,
        },
    ),
    RegionCase(
        "myanmar_junta_airstrike",
        "2023-11-22",
        (
            "On 20 November 2023, the military junta carried out an airstrike on a village in "
            "Kani township (Monywa, Sagaing), killing 6 civilians. [women targeted: girls]"
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "inter1": 1,
            "admin1": "Sagaing",
            "date": "2023-11-20",
            "fatalities": 6,
        },
    ),
    RegionCase(
        "colombia_clash_toll",
        "2024-03-20",
        (
            "On 18 March 2024, FARC dissidents clashed with the ELN in Argelia (El Plateado, "
            "Cauca). 4 dissidents and 3 ELN fighters were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "admin1": "Cauca",
            "date": "2024-03-18",
            "fatalities": 7,
        },
    ),
    RegionCase(
        "ukraine_shelling_chain",
        "2024-05-06",
        (
            "On 4 May 2024, Russian forces shelled Nikopol (Nikopolskyi, Dnipropetrovsk), "
            "wounding three civilians. Fatalities: 0."
        ),
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "inter1": 8,
            "admin1": "Dnipropetrovsk",
            "date": "2024-05-04",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "iraq_is_attack_toll",
        "2023-10-10",
        (
            "On 8 October 2023, IS militants attacked an Iraqi army checkpoint in Tuz Khurmatu "
            "(Tuz, Salah al-Din). Three soldiers and two militants were killed."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 2,
            "admin1": "Salah al-Din",
            "date": "2023-10-08",
            "fatalities": 5,
        },
    ),
    RegionCase(
        "mexico_cartel_size_no_report",
        "2024-01-12",
        (
            "On 10 January 2024, residents held a protest in Celaya (Celaya, Guanajuato) "
            "demanding the release of a kidnapped shopkeeper. [size=no report]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "admin1": "Guanajuato",
            "date": "2024-01-10",
            "fatalities": 0,
        },
    ),
    RegionCase(
        "haiti_gang_fatalities_coded",
        "2024-03-05",
        (
            "On 2 March 2024, members of the Viv Ansanm gang coalition attacked the national "
            "penitentiary in Port-au-Prince (Port-au-Prince, Ouest). Several police officers and "
            "gang members were killed. Fatalities coded as 10."
        ),
        {
            "event_type": "Battles",
            "actor1": "viv_ansanm",
            "admin1": "Ouest",
            "date": "2024-03-02",
            "fatalities": 10,
        },
    ),
    RegionCase(
        "pakistan_police_shot",
        "2024-03-05",
        (
            "On 3 March 2024, unidentified gunmen shot dead a police officer in Peshawar "
            "(Peshawar, Khyber Pakhtunkhwa). Fatalities coded as 1."
        ),
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "inter1": 3,
            "admin1": "Khyber Pakhtunkhwa",
            "date": "2024-03-03",
            "fatalities": 1,
        },
    ),
    RegionCase(
        "tunisia_protest_size",
        "2023-08-12",
        (
            "On 10 August 2023, around 300 residents protested in Tunis (Tunis, Tunis) against "
            "water cuts. [size=around 300]"
        ),
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "inter1": 6,
            "admin1": "Tunis",
            "date": "2023-08-10",
            "fatalities": 0,
        },
    ),
]

#: fields still coded wrong, with the module a fix needs: expected to fail until it lands
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("ethiopia_property_destruction", "event_type"): (
        "knowledge/ontology.py needs a 'nobody harmed' condition for arson of property; "
        "events/participants.py reads the owner in 'the house of a local official' as a victim"
    ),
    ("ethiopia_property_destruction", "sub_event_type"): "as for event_type",
}


coded = coded_fixture()


@pytest.mark.parametrize(("case", "name"), region_params(CASES, KNOWN_GAPS))
def test_modern_acled_note_coded_as_acled_would(coded: Coder, case: RegionCase, name: str) -> None:
    assert coded(case)[name] == case.expected[name]


@pytest.mark.parametrize(
    ("text", "not_participants"),
    [
        (
            "On 14 August 2023, JNIM militants attacked a FAMa camp in Boni (Hombori, Douentza, "
            "Mopti). 5 soldiers were killed.",
            {"Hombori", "Douentza"},
        ),
        (
            "On 2 March 2023, unidentified gunmen kidnapped two women near Orlu (Orlu, Imo). "
            "[women targeted: relatives of candidates]",
            {"women", "candidates", "relatives of candidates", "Orlu"},
        ),
        (
            "On 9 May 2024, IS militants attacked a village near Tuz Khurmatu (Tuz, Salah "
            "al-Din), killing two farmers. [size=no report]",
            {"Tuz", "Salah al-Din", "size"},
        ),
    ],
)
def test_admin_chain_and_coder_tags_name_no_participants(
    packaged_nlp: Any, text: str, not_participants: set[str]
) -> None:
    from sitrep.pipeline import extract

    report = extract(text, published="2024-05-11", nlp=packaged_nlp)
    named = {a.text for e in report.events for a in e.arguments if a.role != "instrument"}
    assert not named & not_participants
