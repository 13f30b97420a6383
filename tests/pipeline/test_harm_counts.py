"""Counts on the patient and the members' organisation as target, read around a trigger."""

from __future__ import annotations

from pathlib import Path

from sitrep.events.participant_lexicon import ParticipantLexicon, load_participant_lexicon


def _event(report, event_type):  # type: ignore[no-untyped-def]
    return next(e for e in report.events if e.type == event_type)


def _target(event) -> str | None:  # type: ignore[no-untyped-def]
    return next((a.name for a in event.actors if a.role == "target"), None)


def test_member_nouns_come_from_the_reviewed_word_list(tmp_path: Path) -> None:
    packaged = load_participant_lexicon()
    assert {"members", "member", "commander", "cell"} <= packaged.member_nouns
    custom = tmp_path / "participants.yaml"
    custom.write_text("person: [man]\nmember_nouns: [Cadres]\n", encoding="utf-8")
    assert ParticipantLexicon.from_file(custom).member_nouns == frozenset({"cadres"})


def test_a_bare_number_after_a_harm_verb_counts_the_victims(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "Gunmen killed 13 people and wounded 71 in an attack on a market in Peshawar on "
        "Friday, police said."
    )
    attack = _event(report, "ASSAULT")
    assert attack.counts.killed == 13
    assert attack.counts.injured == 71
    assert "71" in [a.text for a in attack.arguments if a.role == "victim"]


def test_a_singular_patient_counts_one(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged("A roadside bomb killed a police officer in Kandahar on Monday.")
    assert _event(report, "ASSAULT").counts.killed == 1


def test_members_of_a_named_group_make_the_group_the_target(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "Soldiers killed two members of Boko Haram near Maiduguri on Sunday, the army said."
    )
    attack = _event(report, "ASSAULT")
    assert attack.counts.killed == 2
    assert _target(attack) == "Boko Haram"


def test_a_group_commander_makes_the_group_the_target(extract_packaged) -> None:  # type: ignore[no-untyped-def]
    report = extract_packaged(
        "Police in Quetta arrested a senior Lashkar-e-Jhangvi commander on Tuesday."
    )
    arrest = _event(report, "COERCE")
    assert arrest.counts.arrested == 1
    assert _target(arrest) == "Lashkar-e-Jhangvi"
