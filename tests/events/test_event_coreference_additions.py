"""Event coreference of harm told as an addition: "Seven people were also wounded" after an
attack counts more victims of that attack; a doer, a date or a place of its own, or a cue of
another event ("a second bomb"), keeps a later killing apart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _assaults(report: Any) -> list[Any]:
    return [e for e in report.events if e.type == "ASSAULT"]


def test_wounded_also_told_later_are_the_attacks_toll(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Gunmen attacked a police post in the town of Ayabaca on Sunday, killing a sergeant. "
        "Seven people were also wounded when the attackers threw grenades at the post."
    )
    assaults = _assaults(report)
    assert len(assaults) == 1
    assert len(assaults[0].evidence) == 2
    assert assaults[0].counts.killed == 1
    assert assaults[0].counts.injured == 7


def test_also_injured_victims_join_the_bombing(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "A bomb exploded outside the offices of a farmers' union in Santa Tecla on Tuesday "
        "morning, killing two guards. The explosion destroyed the front of the building. Also "
        "injured were union leader Marta Quintanilla and her driver."
    )
    assaults = _assaults(report)
    assert len(assaults) == 1
    victims = [a.text for a in assaults[0].arguments if a.role == "victim"]
    assert any("Quintanilla" in v for v in victims)


def test_also_killed_in_another_city_stays_a_second_bombing(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "A car bomb exploded in Medellin on Monday, killing four people. In Cali, two "
        "policemen were also killed when a second bomb went off near a bank."
    )
    places = {e.place for e in _assaults(report)}
    assert len(places) == 2


def test_also_on_another_occasion_stays_apart(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "A bomb exploded at a market in Peshawar on Friday, killing six people. Also on "
        "Friday, two soldiers were killed in a roadside blast in Bannu."
    )
    assert len(_assaults(report)) == 2


def test_a_reprisal_by_the_other_side_stays_apart(extract_notes: Callable[[str], Any]) -> None:
    report = extract_notes(
        "Rebels ambushed an army convoy near Gao on Monday, killing three soldiers. Soldiers "
        "also killed two civilians in a reprisal raid on a nearby village."
    )
    assaults = _assaults(report)
    assert len(assaults) == 2
    assert [e.counts.killed for e in assaults] == [3, 2]


def test_a_building_also_attacked_stays_another_attack(
    extract_notes: Callable[[str], Any],
) -> None:
    report = extract_notes(
        "Guerrillas fired rifles at the home of congressman Julio Arevalo in San Salvador on "
        "Friday night, wounding a guard. The national police headquarters was also attacked."
    )
    assert len(_assaults(report)) == 2
