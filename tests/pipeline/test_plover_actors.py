"""PLOVER source and target: demands told with "must", capitals that speak for their
governments, progressive verbs, and targets after a noun trigger (our own sentences)."""

from __future__ import annotations


def _events(report, plover_type):  # type: ignore[no-untyped-def]
    return [e for e in report.events if e.type == plover_type]


def _actor(event, role):  # type: ignore[no-untyped-def]
    return next((a.name for a in event.actors if a.role == role), None)


def _top(report):  # type: ignore[no-untyped-def]
    return max(report.events, key=lambda e: e.confidence)


def test_a_reported_must_is_the_speakers_demand(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Pakistan said on Monday that Afghanistan must hand over the TTP commanders."
    )
    top = _top(report)
    assert top.type == "REQUEST"
    assert _actor(top, "source") == "Pakistan"
    assert _actor(top, "target") == "Afghanistan"
    # the handing over is what is demanded: it has not happened
    assert all(e.modality != "asserted" for e in report.events if e.type != "REQUEST")


def test_the_speaker_may_be_named_after_the_demand(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Afghanistan must stop sheltering the TTP, the Interior Ministry said on Sunday."
    )
    [demand] = _events(report, "REQUEST")
    assert _actor(demand, "source") == "Interior Ministry"
    assert _actor(demand, "target") == "Afghanistan"


def test_a_rule_nobody_reports_is_not_a_demand(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Visitors to the ministry in Kabul must register at the gate.")
    assert not _events(report, "REQUEST")


def test_a_guess_about_the_past_is_not_a_demand(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Officials said the TTP commanders must have fled to Afghanistan.")
    assert not _events(report, "REQUEST")


def test_a_capital_speaks_for_its_government_in_diplomacy(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Kabul rejected a proposal from Doha for talks with the TTP.")
    [rejection] = _events(report, "REJECT")
    assert _actor(rejection, "source") == "Kabul"
    assert _actor(rejection, "target") == "Doha"


def test_a_capital_is_where_violence_happens_not_who(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Gunmen attacked a police checkpoint in Kabul on Monday.")
    [attack] = _events(report, "ASSAULT")
    assert _actor(attack, "target") != "Kabul"
    assert _actor(attack, "source") != "Kabul"


def test_a_progressive_verb_is_not_passive(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The Afghan Taliban are demanding that Pakistan release the prisoners held in Quetta."
    )
    [demand] = _events(report, "REQUEST")
    assert _actor(demand, "source") == "Afghan Taliban"
    assert _actor(demand, "target") == "Pakistan"


def test_a_place_after_a_direction_word_is_still_a_place(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Elders of the TTP in northern Afghanistan are demanding talks with Pakistan."
    )
    [demand] = _events(report, "REQUEST")
    assert _actor(demand, "source") != "Afghanistan"


def test_a_renewed_demand_names_who_makes_it_and_on_whom(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The TTP on Friday renewed its demand that Pakistan free the detained commanders."
    )
    demand = _events(report, "REQUEST")[0]
    assert _actor(demand, "source") == "TTP"
    assert _actor(demand, "target") == "Pakistan"


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The TTP threatened to resume its attacks if Pakistan refused to free its commanders."
    )
    [threat] = [e for e in report.events if e.type == "THREATEN"]
    assert _actor(threat, "source") == "TTP"
    assert _actor(threat, "target") == "Pakistan"


def test_a_demand_told_with_a_pronoun_is_made_on_the_addressee(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The Interior Ministry warned Afghanistan on Monday that it must stop sheltering the TTP."
    )
    [demand] = _events(report, "REQUEST")
    assert _actor(demand, "source") == "Interior Ministry"
    assert _actor(demand, "target") == "Afghanistan"


def test_a_demand_noun_targets_who_must_act_not_a_later_phrase(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The TTP repeated its demand that Pakistan lift restrictions on the Afghan Taliban."
    )
    demand = _events(report, "REQUEST")[0]
    assert _actor(demand, "target") == "Pakistan"


def test_a_demonym_the_tagger_calls_a_place_is_a_party(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "President Yoweri Museveni has banned Ugandan opposition candidates from the vote.",
        published="2024-03-12",
        nlp=packaged_nlp,
    )
    bans = _events(report, "COERCE")
    assert bans and _actor(bans[0], "target") is not None


def test_a_speakers_own_resolve_is_not_a_demand(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "“We must defend our borders,” the Interior Ministry said in Peshawar on Monday."
    )
    assert not _events(report, "REQUEST")
