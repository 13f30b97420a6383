"""Actor readings a careful coder makes in any article, once known gaps of the region tests.

Each test is a paragraph written for this project: a wire dateline's country is where the
story was filed, not who acted; a participle after a comma shares the main clause's unnamed
subject, not its object; a state force's specialists ("army explosives experts") are that
force; a pronoun subject of a reported clause ("announced that they had merged") is the
speaker; a dateline the name tagger ran into the first name ("KISMAYO - Al Shabaab") ends at
its dash; and "The Secretary-General" of a text about the UN is the UN's office holder.
"""

from __future__ import annotations

from typing import Any

PUBLISHED = "2024-06-10"


def _events(report: Any, kind: str) -> list[Any]:
    found = [e for e in report.events if e.type == kind]
    assert found, f"no {kind} event in {[e.type for e in report.events]}"
    return found


def _source(event: Any) -> Any:
    return next((a for a in event.actors if a.role == "source"), None)


def _linked(report: Any, actor: Any) -> str | None:
    """The knowledge-base id of the entity an event actor points at, if any."""
    entity = next((e for e in report.entities if actor and e.id == actor.entity), None)
    return entity.actor.id if entity is not None and entity.actor is not None else None


def test_the_datelines_country_is_not_the_attacker(extract_notes: Any) -> None:
    report = extract_notes(
        "KANDAHAR, Afghanistan - An unknown man threw a hand grenade at a police checkpoint "
        "in Kandahar city on Saturday evening, wounding two officers, a police spokesman said."
    )
    source = _source(_events(report, "ASSAULT")[0])
    assert source is not None
    assert source.name == "Unidentified Armed Group"
    assert _linked(report, source) is None


def test_a_participle_shares_the_unnamed_subject_not_the_object(extract_notes: Any) -> None:
    report = extract_notes(
        "Gunmen on motorcycles ambushed a police van near Turbat on Sunday, killing three "
        "policemen and wounding the driver, officials said."
    )
    sources = {getattr(_source(e), "name", None) for e in _events(report, "ASSAULT")}
    assert sources == {"Unidentified Armed Group"}


def test_a_claim_names_the_bomber_of_a_participle_clause(extract_notes: Any) -> None:
    report = extract_notes(
        "A suicide bomber drove a truck packed with explosives into an army checkpoint in "
        "Khost on Monday, killing five soldiers, the defence ministry said. The Taliban "
        "claimed responsibility for the bombing."
    )
    source = _source(_events(report, "ASSAULT")[0])
    assert source is not None and source.name != "Military Forces of Afghanistan"
    assert _linked(report, source) == "taliban"


def test_a_forces_specialists_are_that_force(extract_notes: Any) -> None:
    report = extract_notes(
        "Police bomb disposal experts defused two mortar shells found near a girls' school in "
        "Quetta on Tuesday, officials said."
    )
    sources = [_source(e) for e in report.events]
    assert any(s is not None and s.name.startswith("Police Forces") for s in sources)


def test_a_force_word_before_its_base_is_still_no_specialist(extract_notes: Any) -> None:
    report = extract_notes(
        "Militants fired rockets at an army camp in North Waziristan on Friday, wounding "
        "three soldiers, officials said."
    )
    source = _source(_events(report, "ASSAULT")[0])
    assert source is not None and source.name == "Unidentified Armed Group"


def test_the_speaker_is_the_subject_of_its_reported_pronoun(extract_notes: Any) -> None:
    report = extract_notes(
        "Two rebel groups in eastern Congo announced on Friday that they had merged into a "
        "single movement, a spokesman said."
    )
    source = _source(_events(report, "MOBILIZE")[0])
    assert source is not None and source.name == "Rebel Factions"


def test_a_dateline_run_into_a_name_ends_at_its_dash(extract_notes: Any) -> None:
    report = extract_notes(
        "KISMAYO - Al Shabaab fighters attacked a police station in Jamaame on Thursday night, "
        "killing two officers, residents said."
    )
    source = _source(_events(report, "ASSAULT")[0])
    assert _linked(report, source) == "al_shabaab"


def test_the_secretary_general_of_a_un_release_condemns(extract_notes: Any) -> None:
    report = extract_notes(
        "The Secretary-General strongly condemns the killing of two UNMISS peacekeepers in "
        "Jonglei on Sunday and calls for the perpetrators to be brought to justice."
    )
    source = _source(_events(report, "ACCUSE")[0])
    assert _linked(report, source) == "un_secretary_general"


def test_a_partys_secretary_general_is_no_un_official(extract_notes: Any) -> None:
    report = extract_notes(
        "The Secretary-General of the ruling party condemned the arrest of two members of "
        "UNMISS staff in Juba on Sunday."
    )
    linked = {e.actor.id for e in report.entities if e.actor is not None}
    assert "un_secretary_general" not in linked
