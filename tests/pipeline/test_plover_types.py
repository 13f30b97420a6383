"""PLOVER event types a coder would give: offers told as promises, the protest rather than
its demand, and the verbs of diplomacy added to the lexicon (our own sentences)."""

from __future__ import annotations

from sitrep.knowledge.ontology import load_ontology


def _top(report):  # type: ignore[no-untyped-def]
    return max(report.events, key=lambda e: e.confidence)


def _plover_type(event) -> str:  # type: ignore[no-untyped-def]
    """The type as the PLOVER export codes it (future cooperation is a promise, AGREE)."""
    return load_ontology().promised_type(event.type, event.modality)


def _actor(event, role):  # type: ignore[no-untyped-def]
    return next((a.name for a in event.actors if a.role == role), None)


def test_an_offer_to_contribute_troops_is_a_promise(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Turkey is ready to contribute up to 500 troops to the mission in Afghanistan, "
        "officials said on Monday."
    )
    top = _top(report)
    assert top.type == "AID"
    assert top.modality == "future"
    assert _plover_type(top) == "AGREE"
    assert _actor(top, "source") == "Turkey"


def test_willing_to_withdraw_is_a_promise_not_a_withdrawal(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Pakistan said it was willing to withdraw its troops from the border.")
    [withdrawal] = [e for e in report.events if e.type == "RETREAT"]
    assert withdrawal.modality == "future"
    assert _plover_type(withdrawal) == "AGREE"


def test_a_road_blockade_demanding_reforms_is_coded_as_the_protest(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Hundreds of traders blocked the main streets of Quetta on Sunday demanding "
        "that the government reopen the border crossing."
    )
    top = _top(report)
    assert top.type == "PROTEST"
    assert any(e.type == "REQUEST" for e in report.events)  # the demand keeps its own record


def test_seeking_asylum_is_a_request_to_the_host(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Hundreds of families from Kandahar are seeking asylum in Pakistan.")
    top = _top(report)
    assert top.type == "REQUEST"


def test_an_offer_to_release_a_single_hostage(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("The TTP said it would release the hostage held near Bannu on Friday.")
    top = _top(report)
    assert top.type == "CONCEDE"
    assert _plover_type(top) == "AGREE"
    assert _actor(top, "source") == "TTP"


def test_strengthening_forces_is_mobilisation(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Pakistan has strengthened its forces along the border with Afghanistan after the raids."
    )
    assert any(e.type == "MOBILIZE" for e in report.events)


def test_an_opened_inquiry_names_who_investigates(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The Interior Ministry on Tuesday opened an inquiry into the deaths of two detainees "
        "in Peshawar."
    )
    [inquiry] = [e for e in report.events if e.type == "ACCUSE"]
    assert inquiry.mode == "investigate"
    assert _actor(inquiry, "source") == "Interior Ministry"


def test_a_withdrawal_from_a_country_targets_that_country(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Turkey pulled out its last troops from Afghanistan on Monday.")
    [withdrawal] = [e for e in report.events if e.type == "RETREAT"]
    assert _actor(withdrawal, "source") == "Turkey"
    assert _actor(withdrawal, "target") == "Afghanistan"


def test_a_subject_set_off_by_an_apposition(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Qatar, a close partner of the Afghan Taliban, has rejected the proposal for talks."
    )
    [rejection] = [e for e in report.events if e.type == "REJECT"]
    assert _actor(rejection, "source") == "Qatar"


def test_a_cancelled_visit_is_a_sanction_not_a_visit(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Pakistan has cancelled a planned visit to Kabul after the attacks on its border posts."
    )
    top = _top(report)
    assert top.type == "SANCTION"
    [visit] = [e for e in report.events if e.type == "CONSULT"]
    assert visit.modality == "negated"


def test_a_refusal_outranks_the_meeting_refused(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Ahmed Sharif has refused to meet the visiting Afghan Taliban delegation in Quetta, "
        "his office said on Tuesday."
    )
    assert _top(report).type == "REJECT"


def test_a_condition_ranks_below_the_threat(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The TTP threatened to launch new attacks unless Pakistan agreed to release its fighters."
    )
    top = _top(report)
    assert top.type == "THREATEN"
    [agreement] = [e for e in report.events if e.type == "AGREE"]
    assert agreement.modality == "hypothetical"


def test_a_lodged_protest_is_a_complaint_not_a_demonstration(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Pakistan lodged a formal protest with Afghanistan over the shelling of Bannu."
    )
    complaint = _top(report)
    assert complaint.type == "ACCUSE"
    assert _actor(complaint, "target") == "Afghanistan"
    assert not [e for e in report.events if e.type == "PROTEST"]


def test_signing_an_accord_is_support(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Qatar and Turkey signed a defence accord in Doha on Monday.")
    assert _top(report).type == "SUPPORT"
