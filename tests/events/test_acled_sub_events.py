"""ACLED sub-event types, as the current codebook (2019 onwards) defines its 25 of them.

Our only ACLED benchmark (South Asia 2015) has no sub-event types, so these paragraphs,
written for these tests from several theatres, are what checks the ontology's mapping
(``knowledge/ontology.yaml``, ``mappings.acled``) and the flags it reads. Each case is the
main event of a short report: the first event the text gives an ACLED category, as a
careful coder would code it.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-03-12"

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

CASES: list[tuple[str, str, str, str]] = [
    (
        "armed clash",
        "Soldiers and fighters of the Allied Democratic Forces clashed near Beni on Tuesday, "
        "leaving four rebels dead, the army said.",
        BATTLES,
        "Armed clash",
    ),
    (
        "ambush with damaged vehicles",
        "Militants ambushed a police patrol near Tank on Sunday, killing two policemen. Two "
        "police vehicles were damaged in the ambush.",
        BATTLES,
        "Armed clash",
    ),
    (
        "ambush told again as the incident that damaged vehicles",
        "Militants ambushed a police convoy near Tank on Sunday. Two vehicles were damaged in "
        "the incident.",
        BATTLES,
        "Armed clash",
    ),
    (
        "government regains territory",
        "Malian troops recaptured the town of Boni from jihadist fighters on Sunday after two "
        "days of fighting, the army said.",
        BATTLES,
        "Government regains territory",
    ),
    (
        "non-state actor overtakes territory",
        "Al-Shabaab fighters seized control of the town of Mahas on Friday after heavy "
        "fighting with government troops, residents said.",
        BATTLES,
        "Non-state actor overtakes territory",
    ),
    (
        "chemical weapon",
        "Government forces dropped chlorine gas on the rebel-held town of Kafr Zita on "
        "Tuesday, injuring dozens of residents, a monitoring group said.",
        REMOTE,
        "Chemical weapon",
    ),
    (
        "air strike by its aircraft",
        "The Israeli army said its aircraft struck a Hezbollah weapons store near Nabatieh "
        "on Thursday.",
        REMOTE,
        "Air/drone strike",
    ),
    (
        "drone strike",
        "A drone strike killed three suspected al-Shabaab militants near Jilib on Wednesday, "
        "the US military said.",
        REMOTE,
        "Air/drone strike",
    ),
    (
        "suicide bomb",
        "A suicide bomber blew himself up outside a police station in Quetta on Friday, "
        "killing five officers.",
        REMOTE,
        "Suicide bomb",
    ),
    (
        "shelling",
        "Russian forces shelled the city of Kherson overnight, killing two civilians, the "
        "regional governor said.",
        REMOTE,
        "Shelling/artillery/missile attack",
    ),
    (
        "roadside bomb",
        "A roadside bomb struck a military convoy near Gao on Saturday, killing three soldiers.",
        REMOTE,
        "Remote explosive/landmine/IED",
    ),
    (
        "grenade",
        "Unidentified attackers hurled a grenade at a bar in Bujumbura on Saturday night, "
        "wounding eight people.",
        REMOTE,
        "Grenade",
    ),
    (
        "sexual violence",
        "Armed men raped two women in a village near Bunia on Sunday, local officials said.",
        VAC,
        "Sexual violence",
    ),
    (
        "attack on a civilian",
        "Gunmen shot dead a shopkeeper in Karachi's Orangi Town on Tuesday evening, police said.",
        VAC,
        "Attack",
    ),
    (
        "abduction",
        "Gunmen abducted 20 passengers travelling on a highway in Zamfara State on Monday, "
        "police said.",
        VAC,
        "Abduction/forced disappearance",
    ),
    (
        "peaceful protest",
        "Hundreds of teachers protested outside the education ministry in Nairobi on "
        "Wednesday, demanding higher pay.",
        PROTESTS,
        "Peaceful protest",
    ),
    (
        "protest dispersed with tear gas, nobody hurt",
        "Hundreds of students protested against fee increases in Kampala on Monday. Police "
        "fired tear gas to disperse them; no injuries were reported.",
        PROTESTS,
        "Protest with intervention",
    ),
    (
        "baton charge that injures, kills nobody",
        "Hundreds of nurses protested outside the health ministry in Lahore on Monday "
        "demanding permanent jobs. Police baton-charged them, injuring several.",
        PROTESTS,
        "Protest with intervention",
    ),
    (
        "protest with arrests",
        "Police arrested 15 demonstrators during a protest against the new tax law outside "
        "parliament in Dakar on Thursday.",
        PROTESTS,
        "Protest with intervention",
    ),
    (
        "protesters shot dead",
        "Security forces opened fire on protesters demanding the release of an opposition "
        "leader in Conakry on Thursday, killing three people.",
        PROTESTS,
        "Excessive force against protesters",
    ),
    (
        "violent demonstration",
        "Protesters torched vehicles and threw stones at police in Lagos on Tuesday during a "
        "demonstration against fuel price increases.",
        RIOTS,
        "Violent demonstration",
    ),
    (
        "mob violence",
        "A mob lynched a man suspected of stealing a motorcycle in a village in Kisumu County "
        "on Sunday.",
        RIOTS,
        "Mob violence",
    ),
    (
        "agreement",
        "The government and the rebel group signed a ceasefire agreement in Addis Ababa on "
        "Wednesday.",
        STRATEGIC,
        "Agreement",
    ),
    (
        "arrest",
        "Police arrested a local opposition leader in Harare on Friday on charges of inciting "
        "violence.",
        STRATEGIC,
        "Arrests",
    ),
    (
        "surrender of fighters",
        "Forty militants surrendered to the army in Maiduguri on Monday with their weapons, a "
        "military spokesman said.",
        STRATEGIC,
        "Change to group/activity",
    ),
    (
        "defused bomb",
        "A bomb disposal squad defused an improvised explosive device planted on a road in "
        "Pulwama on Tuesday.",
        STRATEGIC,
        "Disrupted weapons use",
    ),
    (
        "arms cache recovered",
        "Security forces recovered a large arms cache from a hideout in a forest in Kupwara "
        "district on Sunday.",
        STRATEGIC,
        "Disrupted weapons use",
    ),
    (
        "base established",
        "The rebels established a new base in the village of Kiwanja on Saturday, residents said.",
        STRATEGIC,
        "Headquarters or base established",
    ),
    (
        "looting",
        "Soldiers looted several shops in the market of Bambari on Tuesday night, traders said.",
        STRATEGIC,
        "Looting/property destruction",
    ),
    (
        "non-violent transfer of territory",
        "Government troops withdrew from the town of Kidal on Sunday and handed it over to "
        "the peacekeepers without a fight.",
        STRATEGIC,
        "Non-violent transfer of territory",
    ),
]


def main_acled(report: Any) -> tuple[str, str | None] | None:
    """The ACLED category of the report's main event: its first event that has one."""
    for event in report.events:
        if event.acled is not None:
            return (event.acled.event_type, event.acled.sub_event_type)
    return None


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [pytest.param(text, et, st, id=name) for name, text, et, st in CASES],
)
def test_main_event_has_the_codebooks_sub_event_type(
    extract_notes: Any, text: str, event_type: str, sub_event_type: str
) -> None:
    assert main_acled(extract_notes(text)) == (event_type, sub_event_type)
