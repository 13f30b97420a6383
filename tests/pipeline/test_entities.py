"""In-document resolution: acronyms, surnames, knowledge-base aliases, pronouns, descriptions."""

from __future__ import annotations


def _entity(report, name):  # type: ignore[no-untyped-def]
    for entity in report.entities:
        if any(m.text == name for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity has the mention {name!r}: {[e.name for e in report.entities]}")


def test_acronym_defined_in_parentheses_joins_its_expansion(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Police said fighters of Tehreek-e-Taliban Pakistan (TTP) attacked a post in Bannu. "
        "The TTP later said its men had withdrawn."
    )
    ttp = _entity(report, "TTP")
    assert {m.text for m in ttp.mentions} >= {"Tehreek-e-Taliban Pakistan", "TTP"}
    assert ttp.name == "Tehreek-e-Taliban Pakistan"
    assert ttp.actor is not None and ttp.actor.id == "ttp"


def test_surname_repeat_is_the_same_person(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Abdul Karim Haqqani, a spokesman for the Interior Ministry, spoke in Kabul on Monday. "
        "Haqqani said the checkpoints would stay."
    )
    person = _entity(report, "Haqqani")
    assert person.name == "Abdul Karim Haqqani"
    assert len([m for m in person.mentions if m.text == "Haqqani"]) == 1


def test_ambiguous_alias_goes_to_the_branch_the_article_names(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Islamic State Khorasan Province (ISKP) claimed the attack in Jalalabad. "
        "Two Daesh commanders were among the dead, officials said."
    )
    group = _entity(report, "Daesh")
    assert group.actor is not None and group.actor.id == "iskp"
    assert {"ISKP", "Islamic State Khorasan Province"} <= {m.text for m in group.mentions}


def test_pronoun_of_a_reporting_verb_is_the_earlier_speaker(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Farid Ahmadi told reporters that the road to Jalalabad was open. "
        "Traffic was light on Sunday, he added."
    )
    person = _entity(report, "Farid Ahmadi")
    assert "he" in {m.text for m in person.mentions}


def test_definite_description_refers_to_the_group(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Fighters of al-Shabaab stormed a base near Mogadishu on Friday. "
        "The militant group said it had seized weapons."
    )
    group = _entity(report, "al-Shabaab")
    assert "The militant group" in {m.text for m in group.mentions}
