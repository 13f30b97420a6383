"""Counts next to ages and qualified numbers: "Two traders, aged 34 and 51, were shot dead" is
two dead, not 51; "a 45-year-old farmer and his two sons" three; "no fewer than 14" is 14 as
much as "at least 14" (one reviewed qualifier list, ``annotate/count_qualifiers.yaml``).
Paragraphs are our own. Needs the packaged pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.annotate.count_qualifiers import load_count_qualifiers

PUBLISHED = "2024-03-02"


def _count(report: Any, kind: str) -> list[int | None]:
    return [getattr(e.counts, kind) for e in report.events if getattr(e.counts, kind) is not None]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Two traders, aged 34 and 51, were shot dead by unidentified gunmen in Jos on Friday.",
            "killed",
            2,
        ),
        (
            "The two, aged 19 and 23, were arrested by police in Lahore on Tuesday after the "
            "raid on the depot.",
            "arrested",
            2,
        ),
        (
            "Three men, aged 22, 25 and 40, were abducted from a bus near Kaduna on Saturday.",
            "kidnapped",
            3,
        ),
        (
            "Three youths aged between 20 and 30 were arrested in Kano on Monday.",
            "arrested",
            3,
        ),
        (
            "Two brothers, aged 17 and 20, were killed when gunmen opened fire on a shop in "
            "Maiduguri.",
            "killed",
            2,
        ),
    ],
)
def test_a_list_of_ages_is_no_count(extract_notes, text: str, kind: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert _count(extract_notes(text), kind)[:1] == [count]


def test_a_number_after_an_age_that_a_noun_follows_still_counts(extract_notes) -> None:  # type: ignore[no-untyped-def]
    report = extract_notes(
        "A man aged 30 and 12 other passengers were injured when gunmen fired on a bus near "
        "Kaduna on Sunday."
    )
    assert _count(report, "injured")[:1] in ([12], [13])


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Gunmen killed a 45-year-old farmer and his two sons in Benue on Sunday.", "killed", 3),
        (
            "A 60-year-old trader and his three daughters were abducted near Kaduna on Monday.",
            "kidnapped",
            4,
        ),
    ],
)
def test_one_person_and_his_kin_add_up(extract_notes, text: str, kind: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert _count(extract_notes(text), kind)[:1] == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("An air strike on a market in Idlib on Tuesday killed no fewer than 14.", 14),
        (
            "Four policemen and no fewer than 12 bandits died in a gunfight in Zamfara on Tuesday.",
            16,
        ),
        ("Two soldiers and another 5 civilians were killed in an ambush near Gao on Monday.", 7),
    ],
)
def test_every_listed_qualifier_reads_alike(extract_notes, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert _count(extract_notes(text), "killed")[:1] == [count]


def test_the_qualifier_list_tells_a_floor_from_a_ceiling() -> None:
    qualifiers = load_count_qualifiers()
    # the longest phrase wins: "no fewer than" is a floor though "fewer than" is a ceiling
    assert qualifiers.ending(["killed", "no", "fewer", "than"]) == ("no", "fewer", "than")
    assert ("no", "fewer", "than") in qualifiers.lower_bounds
    assert qualifiers.ending(["killed", "up", "to"]) in qualifiers.upper_bounds
    assert qualifiers.ending(["killed", "to"]) == ()
    assert qualifiers.is_qualifier(["at", "least"], figures_only=True)
    assert not qualifiers.is_qualifier(["as", "many", "as"], figures_only=True)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A vendor and his wife were shot dead in an ambush near Pattani on Monday.", 2),
        ("Gunmen killed a teacher and a village head in Kupwara on Friday.", 2),
        (
            "An alleged Al-Qaeda commander and his three accomplices were killed in a raid in "
            "Karachi on Tuesday.",
            4,
        ),
        (
            "In Kech, two security forces and one suspected militant were killed as troops "
            "searched the area on Monday.",
            3,
        ),
        # a thing after the possessive is no person: one dead, not two
        ("A farmer and his tractor were killed by a landmine near Kandahar on Monday.", 1),
    ],
)
def test_groups_of_one_joined_by_and_add_up(extract_notes, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert _count(extract_notes(text), "killed")[:1] == [count]
