"""Victims and physical targets read as the text gives them: a list of named victims that runs
on past semicolons, a name before a unit's noun that is no person, and things that were not
attacked (where the wounded were taken, where shots came from, what was seized)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _read(report: Any, role: str) -> list[str]:
    return [
        a.text for e in report.events if e.type == "ASSAULT" for a in e.arguments if a.role == role
    ]


def _named(texts: list[str], name: str) -> bool:
    return any(name in t for t in texts)


def test_semicolon_list_after_the_trigger(extract_notes: Callable[[str], Any]) -> None:
    victims = _read(
        extract_notes(
            "A car bomb exploded near the bus terminal in Cucuta on Tuesday, killing Marta "
            "Lucia Pinzon, 42; Rafael Pinzon, 19; a boy known as Andres; and Efrain Rojas Diaz."
        ),
        "victim",
    )
    for name in ("Marta Lucia Pinzon", "Rafael Pinzon", "Andres", "Efrain Rojas Diaz"):
        assert _named(victims, name), (name, victims)


def test_semicolon_list_before_a_passive_trigger(extract_notes: Callable[[str], Any]) -> None:
    victims = _read(
        extract_notes(
            "Guerrillas ambushed the governor's convoy near Ocana on Friday. Jorge Enrique "
            "Salcedo, a driver; Julio Cesar Amaya, a bodyguard; and Pedro Luis Rueda were killed."
        ),
        "victim",
    )
    for name in ("Jorge Enrique Salcedo", "Julio Cesar Amaya", "Pedro Luis Rueda"):
        assert _named(victims, name), (name, victims)


def test_a_clause_after_a_semicolon_names_no_victim(extract_notes: Callable[[str], Any]) -> None:
    victims = _read(
        extract_notes(
            "Gunmen shot dead the trader Tomas Aguilar in Sonsonate on Monday; Mayor Ana Beatriz "
            "Ruiz said the killing would not go unpunished."
        ),
        "victim",
    )
    assert _named(victims, "Tomas Aguilar"), victims
    assert not _named(victims, "Ruiz"), victims


def test_a_list_item_opening_with_an_owners_name(extract_notes: Callable[[str], Any]) -> None:
    victims = _read(
        extract_notes(
            "A bomb destroyed a car outside the town hall of Puerto Wilches on Sunday. Senator "
            "Alvaro Medina's nephew, Andres Felipe Rueda; and a driver, Luis Arango, were killed."
        ),
        "victim",
    )
    assert _named(victims, "Andres Felipe Rueda") and _named(victims, "Luis Arango"), victims


def test_a_name_before_a_units_noun_is_no_victim(extract_notes: Callable[[str], Any]) -> None:
    victims = _read(
        extract_notes(
            "Rebels attacked a patrol of the Ramon Belloso battalion near Suchitoto on "
            "Wednesday, killing two soldiers."
        ),
        "victim",
    )
    assert not _named(victims, "Belloso"), victims


def test_where_the_wounded_were_taken_is_no_target(extract_notes: Callable[[str], Any]) -> None:
    targets = _read(
        extract_notes(
            "Gunmen opened fire from a moving car on a police post in Jalalabad on Monday, "
            "wounding two officers who were later taken to the provincial hospital."
        ),
        "target",
    )
    assert _named(targets, "police post"), targets
    assert not _named(targets, "hospital"), targets
    assert not _named(targets, "car"), targets


def test_what_attackers_seized_is_no_target(extract_notes: Callable[[str], Any]) -> None:
    targets = _read(
        extract_notes(
            "Militants stormed a police station in Kauran Namoda on Saturday and seized a "
            "patrol truck and several rifles."
        ),
        "target",
    )
    assert _named(targets, "police station"), targets
    assert not _named(targets, "truck"), targets
