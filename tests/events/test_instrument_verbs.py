"""Instruments a coder reads from the verb or the wound: "gunned down", "sprayed bullets",
"received bullet wounds" are firearms, "hacked", "knifed" a blade, "set afire" fire. The
instrument decides ACLED's Battles / Violence against civilians / Explosions and GTD's
attack type. Issue #6; sentences are our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

from sitrep.knowledge.ontology import load_ontology

PUBLISHED = "2019-07-15"


@pytest.mark.parametrize(
    ("phrase", "instrument"),
    [
        ("the trader was gunned down outside his shop", "firearms"),
        ("two villagers received bullet wounds", "firearms"),
        ("he died of gunshot injuries in hospital", "firearms"),
        ("the body was bullet-riddled", "firearms"),
        ("the farmer was knifed by his neighbour", "edged"),
        ("they chopped him with sickles", "edged"),
        ("the attackers set his house afire", "fire"),
        ("the family was burnt alive", "fire"),
        ("rebels lobbed a grenade at the post", "grenade"),
    ],
)
def test_the_words_name_the_instrument(phrase: str, instrument: str) -> None:
    assert load_ontology().instrument_from_text(phrase) == instrument


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Unidentified gunmen sprayed bullets on a passenger van near Quetta on Monday.",
            "firearms",
        ),
        ("Robbers pumped bullets into a money changer in Peshawar on Tuesday.", "firearms"),
        ("Two assailants knifed a shopkeeper to death in Karachi on Saturday.", "beat"),
    ],
)
def test_the_verb_names_a_violent_event(
    extract_notes: Callable[[str], Any], text: str, mode: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None, text
    assert event.type == "ASSAULT"
    assert event.mode == mode


def test_spraying_a_field_is_no_attack(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes("The farmer sprayed pesticide on his paddy field on Monday.")
    assert not [e for e in report.events if e.type == "ASSAULT"]
