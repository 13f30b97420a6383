"""Who a sentence says did an attack when it names the attack as a noun: "X were behind
the bombing", "X committed the murders", "X charged with the killing", "blamed the murder
on X"."""

from __future__ import annotations

from typing import Any

import pytest
from tests.events.coded import attack_perpetrators as _perpetrators


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        pytest.param(
            "Police sources said rebel commandos were behind the bombing of the power station "
            "in Usulutan on Friday.",
            "commandos",
            id="those_behind_an_attack_did_it",
        ),
        pytest.param(
            "The archbishop said that paramilitary squads committed the murders of the three "
            "union leaders in Medellin.",
            "squads",
            id="those_who_committed_the_murders_did_them",
        ),
        pytest.param(
            "Two former policemen have been charged with the killing of a local journalist "
            "in Cartagena last month.",
            "policemen",
            id="those_charged_with_a_killing_are_its_perpetrators",
        ),
        pytest.param(
            "The defence minister blamed the murder of the two engineers on drug traffickers "
            "from the north.",
            "traffickers",
            id="a_murder_blamed_on_a_group_was_done_by_it",
        ),
        pytest.param(
            "A car bomb exploded near the police headquarters in Cali on Friday. Two men "
            "suspected of participating in the attack were detained on Sunday.",
            "men",
            id="those_suspected_of_taking_part_in_an_attack_are_its_perpetrators",
        ),
    ],
)
def test_a_culprit_link_names_the_perpetrator(extract_notes: Any, text: str, culprit: str) -> None:
    assert any(culprit in p for p in _perpetrators(extract_notes(text)))


def test_an_attack_blamed_on_nobody_named_keeps_its_target_as_target(extract_notes: Any) -> None:
    report = extract_notes("The governor blamed the attack on the embassy for the new curfew.")
    assert not any("embassy" in p for p in _perpetrators(report))


def test_the_antecedent_of_who_carried_out_an_ambush_did_it(extract_notes: Any) -> None:
    report = extract_notes(
        "Soldiers captured the guerrillas who carried out the ambush on the army convoy "
        "near Tumaco."
    )
    perpetrators = _perpetrators(report)
    assert any("guerrillas" in p for p in perpetrators)
    assert not any("Soldiers" in p for p in perpetrators)


def test_suicide_after_an_attack_is_no_link_to_it(extract_notes: Any) -> None:
    report = extract_notes(
        "The guard who committed suicide after the attack on the base had served ten years."
    )
    assert not any("guard" in p for p in _perpetrators(report))


def test_police_charging_a_crowd_with_batons_charge_no_one(extract_notes: Any) -> None:
    report = extract_notes(
        "Riot police charged the protesters with batons during the clash outside parliament."
    )
    assert not any("batons" in p for p in _perpetrators(report))
