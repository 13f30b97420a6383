"""Terse South Asian security digests read as a careful coder reads them: a bare age beside a
name is no count, a unit's number is no count, a name set off as "identified as" is not the
one who fired, a suspicion is no attack by the suspecting police, and a search operation with
no arrest is no arrest. Sentences are our own, written in the digests' style."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2016-03-07"


def _assaults(report: Any) -> list[Any]:
    return [e for e in report.events if e.type == "ASSAULT"]


def _sources(event: Any) -> list[str]:
    return [a.name for a in event.actors if a.role == "source"]


def test_a_bare_age_after_a_name_is_no_count(extract_notes: Any) -> None:
    report = extract_notes(
        "A grocer Rakesh Singh alias Raju 40 was shot dead by unidentified gunmen in Sopore "
        "town of Baramulla District on March 2 reports Daily Excelsior"
    )
    assert [e.counts.killed for e in _assaults(report)] == [1]


def test_a_regiment_number_is_no_count(extract_notes: Any) -> None:
    report = extract_notes(
        "Five militants and a soldier of the 22 Punjab Regiment were killed in an encounter "
        "in Kupwara District on March 2, reports Daily Excelsior."
    )
    killed = [e.counts.killed for e in _assaults(report)]
    assert 22 not in killed
    assert killed


def test_a_named_victim_is_not_the_one_who_opened_fire(extract_notes: Any) -> None:
    report = extract_notes(
        "Two people were shot dead when unidentified militants entered the house of a "
        "shopkeeper, identified as Haji Rahim, and opened fire in Quetta on March 4."
    )
    assert _assaults(report)
    assert all("Haji Rahim" not in _sources(e) for e in _assaults(report))


def test_the_police_who_suspect_a_group_did_not_attack(extract_notes: Any) -> None:
    report = extract_notes(
        "The Police suspect the Paresh Baruah faction of ULFA-I behind the blast at the "
        "market in Tinsukia District on March 3."
    )
    assert all("Police" not in " ".join(_sources(e)) for e in _assaults(report))


def test_a_search_operation_alone_is_no_arrest(extract_notes: Any) -> None:
    report = extract_notes(
        "Security Forces (SFs) launched a search operation in Pulwama District on March 5, "
        "reports Daily Excelsior."
    )
    assert not [e for e in report.events if e.type == "COERCE"]


def test_a_search_operation_with_arrests_keeps_them(extract_notes: Any) -> None:
    report = extract_notes(
        "SFs arrested two militants during a search operation in Kupwara District on March 5."
    )
    assert [e.counts.arrested for e in report.events if e.type == "COERCE"] == [2]


def test_one_person_named_in_an_aside_and_shot_dead_counts_one(extract_notes: Any) -> None:
    report = extract_notes(
        "A village elder, Haji Gul Khan, was shot dead in Chaman town of Killa Abdullah "
        "District on March 1, reports Dawn."
    )
    assert [e.counts.killed for e in _assaults(report)] == [1]


def test_an_identified_as_aside_is_the_victim_not_the_killer(extract_notes: Any) -> None:
    report = extract_notes(
        "A Police constable, identified as Abdul Wahid, was shot dead by two unidentified "
        "armed assailants in Bannu District on March 1, reports The News."
    )
    assaults = _assaults(report)
    assert [e.counts.killed for e in assaults] == [1]
    assert "Abdul Wahid" not in _sources(assaults[0])


def test_a_number_far_from_the_killing_in_a_run_on_digest_is_no_count(extract_notes: Any) -> None:
    report = extract_notes(
        "Meanwhile the Chief Minister strongly condemned the heinous killing of a trader in Mon "
        "town on March 2 by unidentified gunmen reports Nagaland Post The Chief Minister who is "
        "in Kohima for the budget session expressed deep shock at the killing and said the "
        "Government would act firmly Also according to reports at least 800 people including "
        "students have been displaced from Mon in the aftermath of the killing"
    )
    assert all((e.counts.killed or 0) < 800 for e in report.events)


def test_a_toll_that_has_risen_counts_its_figure(extract_notes: Any) -> None:
    report = extract_notes(
        "The death toll of the March 1 suicide attack on a rally of the Awami National Party in "
        "Charsadda town of Charsadda District had risen to 17 when an injured worker died on "
        "March 3 reports Dawn"
    )
    assert 17 in [e.counts.killed for e in _assaults(report)]


def test_shot_dead_one_counts_one_not_the_injured_after(extract_notes: Any) -> None:
    report = extract_notes(
        "Unidentified militants shot dead one, Abdul Jalil (40), and injured two others at "
        "Kachugaon village in Kokrajhar District on March 2, reports The Assam Tribune."
    )
    assert [e.counts.killed for e in _assaults(report)] == [1]


def test_killing_the_one_named_by_his_post_counts_one(extract_notes: Any) -> None:
    report = extract_notes(
        "Suspected cadres of the Garo National Liberation Army (GNLA) killed the headmaster of "
        "a lower primary school in East Garo Hills District on March 4, reports The Shillong "
        "Times."
    )
    assert [e.counts.killed for e in _assaults(report)][:1] == [1]
