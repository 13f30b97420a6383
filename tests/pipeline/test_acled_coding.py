"""ACLED coding of short event notes: which event a note codes, its date, its actor's inter code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitrep.events.event_places import coherent_places
from sitrep.events.written_dates import dates_a_noun, in_dateline, story_dates
from sitrep.knowledge.ontology import Ontology, load_ontology

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

from eventsbench import acled  # noqa: E402


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


# ------------------------------------------------------------------ inter codes of actors


def test_unnamed_state_and_armed_actors_get_their_inter_code(ontology: Ontology) -> None:
    code = ontology.actor_inter
    assert code(None, "Police Forces of India", acled_event_type="Battles", role="source") == 1
    assert code(None, "Military Forces of Pakistan", acled_event_type="Battles", role="source") == 1
    assert code(None, "Unidentified Armed Group", acled_event_type="Battles", role="source") == 3
    assert (
        code(None, "Party Supporters", acled_event_type="Violence against civilians", role="source")
        == 3
    )


def test_what_the_actor_did_and_its_sector_come_before_its_name(ontology: Ontology) -> None:
    # party supporters who march are protesters; a rebel group keeps its sector's code
    assert code_of(ontology, None, "Party Supporters", "Protests") == 6
    assert code_of(ontology, "REB", "Unidentified Armed Group", "Battles") == 2


def test_an_unknown_perpetrator_of_one_sided_violence_is_an_unidentified_armed_group(
    ontology: Ontology,
) -> None:
    # "A bomb went off at a bus stand": nobody is named, ACLED codes an unidentified armed group
    assert code_of(ontology, None, None, "Explosions/Remote violence") == 3
    assert code_of(ontology, None, None, "Violence against civilians") == 3
    # and so is the unnamed side of a battle ("gunmen exchanged fire with police")
    assert code_of(ontology, None, None, "Battles") == 3


def test_a_name_that_tells_nothing_gives_no_code(ontology: Ontology) -> None:
    # outside violence, a name that tells nothing of the actor gives no code
    assert code_of(ontology, None, "Karim Ullah", "Strategic developments") is None
    # a word inside another word does not count ("Armytage" is not the army): in a battle
    # it is the unknown side, an Unidentified Armed Group, not state forces
    assert code_of(ontology, None, "Armytage", "Strategic developments") is None
    assert code_of(ontology, None, "Armytage", "Battles") == 3


def code_of(
    ontology: Ontology, sector: str | None, name: str | None, event_type: str
) -> int | None:
    return ontology.actor_inter(sector, name, acled_event_type=event_type, role="source")


# ------------------------------------------------------------------ the event a note codes


def _event(start: int, confidence: float, acled_type: str | None, modality: str = "asserted"):  # type: ignore[no-untyped-def]
    return {
        "id": f"v{start}",
        "acled": {"event_type": acled_type, "sub_event_type": None} if acled_type else None,
        "modality": modality,
        "confidence": confidence,
        "evidence": [{"start": start, "end": start + 10, "text": "…"}],
    }


def test_the_coded_event_is_the_first_the_note_tells_not_the_most_confident() -> None:
    # "Protests continued in Jumla on Friday. The protesters also vandalised police vehicles."
    protest = _event(0, 0.55, "Protests")
    vandalism = _event(60, 0.85, "Riots")
    assert acled.coded_event({"events": [vandalism, protest]}) is protest


def test_the_coded_event_happened_and_has_an_acled_category() -> None:
    demand = _event(0, 0.9, None)
    expected = _event(20, 0.9, "Violence against civilians", modality="future")
    clash = _event(80, 0.6, "Battles")
    assert acled.coded_event({"events": [demand, expected, clash]}) is clash
    assert acled.coded_event({"events": [demand, expected]}) is expected
    assert acled.coded_event({"events": [demand]}) is demand
    assert acled.coded_event({"events": []}) is None


# ------------------------------------------------------------------ dates


class _Time:
    def __init__(self, text: str, whole: str) -> None:
        self.start = whole.index(text)
        self.end = self.start + len(text)


def test_a_wire_dateline_is_not_an_events_date() -> None:
    note = "Sylhet, Jan 3 (UNB) - Two people were hurt when a crude bomb went off on Thursday."
    dateline, thursday = _Time("Jan 3", note), _Time("Thursday", note)
    assert in_dateline(note, dateline.start, dateline.end)
    assert not in_dateline(note, thursday.start, thursday.end)
    assert story_dates([dateline, thursday], note) == [thursday]
    # the dateline's date is kept when the story gives no other
    assert story_dates([dateline], note) == [dateline]


def test_a_date_inside_the_story_is_not_a_dateline() -> None:
    note = "Police said that on Jan 3 (a Saturday) two men were arrested in Khulna."
    jan3 = _Time("Jan 3", note)
    assert not in_dateline(note, jan3.start, jan3.end)


def test_an_event_far_from_its_weekday_takes_the_date_its_sentence_gives(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Six rebels were killed in an army operation in the remote forested hills near the "
        "border of Kunar province in the eastern part of the country on Saturday [9 March].",
        published="2024-03-10",
    )
    [event] = [e for e in report.events if e.type == "ASSAULT"]
    assert event.date.value == "2024-03-09"


def test_a_dated_wire_story_dates_its_event_by_the_weekday(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Quetta, Mar 10 (APP) - Three people were injured when unidentified men hurled a "
        "grenade at a shop in the city on Friday night.",
        published="2024-03-10",
    )
    [event] = [e for e in report.events if e.type == "ASSAULT"]
    assert event.date.value == "2024-03-08"


# ------------------------------------------------------------------ places


class _Gaz:
    def __init__(self, country: str) -> None:
        self.country = country


class _Place:
    def __init__(self, name: str, country: str) -> None:
        self.name, self.place, self.within = name, _Gaz(country), None


def test_a_place_alone_in_its_country_yields_to_one_the_article_backs() -> None:
    # "in Khost area of Harnai, Balochistan": a gazetteer's Afghan Khost is not where it was
    khost, harnai, balochistan = _Place("Khost", "AF"), _Place("Harnai", "PK"), _Place("B", "PK")
    article = [khost, harnai, balochistan]
    assert coherent_places([khost, harnai], article) == [harnai]


def test_places_stay_when_no_country_is_backed_or_all_are() -> None:
    feni, sadar = _Place("Feni", "BD"), _Place("Sadar", "ID")
    assert coherent_places([feni, sadar], [feni, sadar]) == [feni, sadar]
    kabul, jalalabad = _Place("Kabul", "AF"), _Place("Jalalabad", "AF")
    assert coherent_places([kabul, jalalabad], [kabul, jalalabad]) == [kabul, jalalabad]


# ------------------------------------------------------------------ event type


def test_a_clash_told_with_its_toll_is_fighting_between_two_sides(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Two men were killed and twelve others injured in a clash between two rival groups "
        "over a land dispute in a village of Kandahar province on Monday."
    )
    [event] = [e for e in report.events if e.type == "ASSAULT"]
    assert event.mode == "sideAB"
    assert event.acled is not None and event.acled.event_type != "Violence against civilians"


def test_south_asian_protest_idiom_is_a_protest(extract_standin) -> None:  # type: ignore[no-untyped-def]
    for note in (
        "Transport workers took out a rally in Peshawar on Monday demanding higher wages.",
        "Opposition activists brought out a procession in Quetta on Monday.",
        "Lawyers staged a road roko in front of the district court in Kandahar on Monday.",
    ):
        report = extract_standin(note)
        assert [e.acled.event_type for e in report.events if e.acled] == ["Protests"], note


def test_a_possessive_time_dates_its_own_noun_not_the_event() -> None:
    note = "Congress observed a bandh against Monday's baton charge on party workers."
    monday = _Time("Monday's", note)
    assert dates_a_noun(note, monday, note.index("bandh"))
    attack = "Monday's suicide attack on the market was claimed by the TTP."
    assert not dates_a_noun(attack, _Time("Monday's", attack), attack.index("attack"))


def test_a_protest_takes_its_stated_day_not_a_vague_reference(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "On Friday, March 8th, farmers' unions in Kandahar continued to protest against a "
        "recently announced tax on wheat.",
        published="2024-03-09",
    )
    [event] = [e for e in report.events if e.type == "PROTEST"]
    assert event.date.value == "2024-03-08"


def test_an_event_told_as_another_takes_the_storys_date(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Thousands of traders protested in Quetta on Monday against a new tax. "
        "The protesters also clashed with the police near the provincial assembly.",
        published="2024-03-12",
    )
    clashes = [e for e in report.events if e.type == "ASSAULT"]
    assert clashes and all(e.date.value == "2024-03-11" for e in clashes)


# ------------------------------------------------------------------ two-sided fighting


def _clash(ontology: Ontology, **context: object) -> str | None:
    from sitrep.knowledge.ontology import EventContext

    found = ontology.acled_type("ASSAULT", "sideAB", EventContext(**context))  # type: ignore[arg-type]
    return found[0] if found else None


def test_a_clash_without_deaths_or_armed_sides_is_a_riot(ontology: Ontology) -> None:
    # "two groups of villagers clashed over irrigation; several people were injured"
    assert _clash(ontology) == "Riots"
    # "party activists clashed with the police"
    assert _clash(ontology, target_sector="COP", target_kind="police") == "Riots"


def test_a_clash_with_deaths_or_an_armed_side_is_a_battle(ontology: Ontology) -> None:
    assert _clash(ontology, fatalities=2) == "Battles"
    assert _clash(ontology, source_sector="MIL", target_sector="REB") == "Battles"
    assert _clash(ontology, source_kind="police", target_kind="armed_group") == "Battles"
