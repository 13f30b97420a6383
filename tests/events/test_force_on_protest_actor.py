"""Three coding gaps: the actor of excessive force, near misses, and force told with a riot.

- Under the current ACLED codebook the state force that fired on a protest is actor 1 of
  Excessive force against protesters (state forces, inter 1), the protesters actor 2; any
  other protest's source is coded as the protesters (6). ``Ontology.actor_inter`` takes the
  sub-event type for that.
- "was almost killed when a bomb exploded" tells an attack that killed nobody.
- Police force on a crowd told in the sentence of the riot it broke up ("fired tear gas as
  the march turned violent") is that riot's violent demonstration, not an attack on civilians.

The paragraphs are written for this project.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.events.coded import coded_event as _coded

from sitrep.knowledge.ontology import Ontology, load_ontology

PUBLISHED = "2024-03-12"
EXCESSIVE = "Excessive force against protesters"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


# ---- actor 1 of excessive force


@pytest.mark.parametrize(
    ("sector", "name", "sub_event_type", "expected"),
    [
        # the force that used lethal force keeps its own code
        (None, "Police Forces of Kenya", EXCESSIVE, 1),
        ("MIL", "Burmese Military", EXCESSIVE, 1),
        # the demonstrators told as the doers of the same event are still protesters
        (None, "Protesters", EXCESSIVE, 6),
        ("PTY", "Awami League", EXCESSIVE, 6),
        (None, None, EXCESSIVE, 6),
        # any other protest's source is the protesters, whoever they are
        (None, "Police Forces of Kenya", "Protest with intervention", 6),
        (None, "Police Forces of Kenya", None, 6),
    ],
)
def test_excessive_force_source_keeps_a_state_code(
    ontology: Ontology,
    sector: str | None,
    name: str | None,
    sub_event_type: str | None,
    expected: int,
) -> None:
    code = ontology.actor_inter(
        sector, name, acled_event_type="Protests", role="source", sub_event_type=sub_event_type
    )
    assert code == expected


def test_state_force_abroad_firing_on_protest_is_external(ontology: Ontology) -> None:
    code = ontology.actor_inter(
        None,
        "Military Forces of Russia",
        acled_event_type="Protests",
        role="source",
        event_country="UA",
        sub_event_type=EXCESSIVE,
    )
    assert code == 8


def test_export_passes_the_sub_event_type() -> None:
    from sitrep.store.export import _inter

    row = {
        "actor1": "Police Forces of Nigeria",
        "actor1_sector": None,
        "acled_event_type": "Protests",
        "acled_sub_event_type": EXCESSIVE,
        "country": "NG",
    }
    assert _inter(row, "actor1", "source") == 1
    assert _inter({**row, "acled_sub_event_type": "Peaceful protest"}, "actor1", "source") == 6


def test_police_live_fire_on_a_march_is_coded_to_the_police(
    extract_notes: Callable[[str], Any], ontology: Ontology
) -> None:
    from tests.events.regions_coding import coded_fields

    report = extract_notes(
        "On 10 March 2024, police opened fire on residents marching against water cuts in "
        "Kisumu (Kisumu), killing two of them."
    )
    fields = coded_fields(report, ontology)
    assert fields["sub_event_type"] == EXCESSIVE
    assert fields["inter1"] == 1


# ---- near misses kill nobody


@pytest.mark.parametrize(
    "text",
    [
        "The daughter of the ambassador was almost killed when a bomb exploded near her car "
        "in Kabul on Monday.",
        "A district judge narrowly escaped being killed when gunmen opened fire on his car in "
        "Quetta on Monday.",
        "The village headman was nearly killed on Monday when a roadside bomb went off beside "
        "his motorbike near Dera Bugti.",
    ],
)
def test_a_near_miss_is_an_attack_that_killed_nobody(
    extract_notes: Callable[[str], Any], text: str
) -> None:
    event = _coded(extract_notes(text))
    assert event is not None
    assert event.type == "ASSAULT"
    assert not event.counts.killed


def test_nearly_before_a_number_still_counts(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "Nearly 30 people were killed when a bomb exploded in a crowded market in Kabul "
            "on Monday."
        )
    )
    assert event is not None
    assert event.counts.killed == 30


def test_one_killed_beside_a_near_miss_counts_one(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "A policeman was killed and a passer-by was almost killed when gunmen opened fire "
            "on a checkpoint in Quetta on Monday."
        )
    )
    assert event is not None
    assert event.counts.killed == 1


# ---- force told with the riot it broke up


@pytest.mark.parametrize(
    "text",
    [
        # the force's subject stands apart from its verb, and the riot is told only as a bid
        # that "turned violent"
        "Riot police in the eastern Pakistani city of Lahore fired tear gas and water cannon "
        "as an attempt by traders to block the provincial assembly from passing new taxes "
        "turned violent.",
        "Police in the Nepali district of Saptari fired tear gas on Friday as a bid by Madhesi "
        "activists to shut down the highway turned violent.",
        "Security forces in the Indian state of Manipur fired tear gas shells after a sit-in by "
        "students outside the secretariat turned violent on Tuesday.",
        "Riot police in the northern state of Punjab fired tear gas and water cannon as a march "
        "of farmers demanding crop prices turned violent on Monday.",
        "Police in Lahore opened fire on Monday as a protest by traders against new taxes "
        "turned violent, injuring six people.",
    ],
)
def test_force_told_with_a_riot_is_the_riot(extract_notes: Callable[[str], Any], text: str) -> None:
    report = extract_notes(text)
    coded = [e for e in report.events if e.acled and e.modality in {"asserted", "reported"}]
    assert coded
    assert all(e.acled.event_type == "Riots" for e in coded), [e.acled for e in coded]


def test_police_fire_on_a_car_keeps_its_category(extract_notes: Callable[[str], Any]) -> None:
    event = _coded(
        extract_notes(
            "Police in the border district of Kupwara opened fire on a car that failed to stop "
            "at a checkpoint on Monday, injuring the driver."
        )
    )
    assert event is None or event.acled.event_type != "Riots"
