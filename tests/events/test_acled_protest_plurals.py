"""ACLED coding of protest notes told with bare plurals and South Asian protest idiom.

Issue #6, round 2: notes such as "residents staged noisy pro-farmer and anti-dam
demonstrations in Sopore", "hundreds took part in peace rallies", "riots surrounding the
union polls occurred in Kota" or "protesters laid siege to the collectorate" found no
event: a bare plural was read as a general statement, "rallies" was not found as the
plural of "rally", and "laid siege" was no trigger. An army's siege, a market's rally and
a statement about attacks in general must stay out.
Needs the packaged pipeline: its tagger tells a finite verb from a participle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

PUBLISHED = "2016-04-12"


@pytest.mark.parametrize(
    "text",
    [
        "Defying the curfew, residents staged noisy pro-farmer and anti-dam demonstrations "
        "in Sopore and nearby towns on Friday.",
        "Rallies were held in Guwahati on Sunday to mark World Environment Day.",
        "Hundreds of villagers took part in peace rallies held in Mon and Tuensang on Monday.",
        "Riots surrounding the student union polls occurred in Kota and Barmer on Tuesday.",
        "Protests by cadres of the CPI(M) on varied issues across two districts of Kerala.",
        "About 300 farmers laid siege to the Collectorate in Salem on Wednesday, seeking "
        "drought relief.",
        "Members of the nurses' association demonstrated outside the district hospital in "
        "Rohtak over the suspension of a colleague.",
        "A complete shut down was observed in Anantnag town on Thursday to mark the "
        "anniversary of the killings.",
        "Lawyers in Ludhiana boycotted the court proceedings on Monday after a colleague "
        "was assaulted.",
        "Contract nurses in Shimla entered a third day of protests on Friday over unpaid wages.",
        "About 2,000 residents participated in a peace march in Jamshedpur on Sunday.",
        "Dozens of farmers surrounded the tehsildar's office in Sangrur, demanding compensation "
        "for their flooded fields.",
        "Imphal continued to witness protests on Saturday demanding an inner line permit.",
        "Thousands marched in the annual Pride March in Kolkata on Sunday demanding equal rights.",
        "Some 60 union members were detained in Erode when they tried to lay siege to the "
        "power board office, pressing for regular jobs.",
        "Student activists were arrested in Bhopal for trying to show black flags to the "
        "visiting education minister.",
        "The suspension of the college principal triggered protests by students in Tezpur.",
    ],
)
def test_protest_notes_are_coded_as_protests(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None, text
    assert event.acled.event_type in {"Protests", "Riots"}, (text, event.acled)


@pytest.mark.parametrize(
    "text",
    [
        "The army laid siege to the rebel-held town of Marawi on Tuesday.",
        "Rallies on the Mumbai exchange lifted the shares of both banks after the results.",
        "Attacks on religious minorities have become more frequent in recent years.",
        "Troops surrounded the village where the militants were hiding on Monday.",
        "The army opened an offensive in March against the rebels in the hills.",
    ],
)
def test_sieges_markets_and_trends_are_no_protests(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    kind = event.acled.event_type if event is not None else None
    assert kind not in {"Protests", "Riots"}, (text, kind)
