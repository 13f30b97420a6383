"""Events inside other events ("agreed to withdraw") and the verbs of diplomacy and repression."""

from __future__ import annotations

import pytest


def _types(report):  # type: ignore[no-untyped-def]
    return {e.type: e for e in report.events}


def _top(report):  # type: ignore[no-untyped-def]
    return max(report.events, key=lambda e: e.confidence)


def test_a_promised_withdrawal_has_not_happened(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Pakistan agreed on Monday to withdraw its troops from the border posts near Bannu."
    )
    events = _types(report)
    assert events["RETREAT"].modality == "future"
    assert _top(report).type == "AGREE"  # what the sentence reports is the agreement


def test_a_refused_release_is_negated(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The Taliban refused on Sunday to release the prisoners held in Kandahar."
    )
    events = _types(report)
    assert events["CONCEDE"].modality == "negated"
    assert _top(report).type == "REJECT"


def test_a_demanded_release_is_hypothetical(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Relatives urged the Interior Ministry on Friday to release the detainees held in Quetta."
    )
    assert _types(report)["CONCEDE"].modality == "hypothetical"
    assert _top(report).type == "REQUEST"


def test_two_actions_joined_by_and_are_not_framed(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Police arrested six men in Peshawar and later released two of the prisoners on bail."
    )
    events = _types(report)
    assert events["COERCE"].modality in {"asserted", "reported"}


@pytest.mark.parametrize(
    ("sentence", "plover_type"),
    [
        ("Turkey pledged on Tuesday to rebuild the damaged schools in Kandahar.", "AGREE"),
        ("Hakan Fidan telephoned the foreign minister of Qatar on Monday.", "CONSULT"),
        ("Qatar will give Somalia a grant of 40 million dollars for new clinics.", "AID"),
        ("The provincial governor of Kandahar resigned on Sunday.", "RETREAT"),
        ("A court in Quetta jailed three journalists on Monday.", "COERCE"),
        ("Pakistan expelled two diplomats of Afghanistan on Friday.", "SANCTION"),
        ("Pakistan expelled hundreds of Afghan migrants on Friday.", "COERCE"),
        ("Afghanistan and Qatar have established diplomatic ties.", "SUPPORT"),
        ("Militants blew up a bridge near Jalalabad on Saturday.", "ASSAULT"),
        ("Pakistan closed its border with Afghanistan on Thursday.", "SANCTION"),
    ],
)
def test_verbs_of_diplomacy_and_repression(extract_standin, sentence, plover_type) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(sentence)
    assert plover_type in {e.type for e in report.events}, [e.type for e in report.events]


def test_a_meeting_without_officials_is_not_consultation(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("The shopkeepers discussed the price of flour at the market.")
    assert not any(e.type == "CONSULT" for e in report.events)


def _actor(event, role):  # type: ignore[no-untyped-def]
    return next((a.name for a in event.actors if a.role == role), None)


@pytest.mark.parametrize(
    ("sentence", "plover_type", "target"),
    [
        ("Qatar halted its economic aid to Afghanistan on Monday.", "SANCTION", "Afghanistan"),
        ("Turkey demanded that Pakistan hand over the suspects.", "REQUEST", "Pakistan"),
        ("Pakistan has withdrawn its troops from Afghanistan.", "RETREAT", "Afghanistan"),
    ],
)
def test_the_word_after_the_verb_introduces_the_target(  # type: ignore[no-untyped-def]
    extract_standin, sentence, plover_type, target
) -> None:
    report = extract_standin(sentence)
    event = next(e for e in report.events if e.type == plover_type)
    assert _actor(event, "target") == target


def test_a_by_phrase_after_an_active_verb_is_not_its_source(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Qatar rejected calls by Turkey for new talks on Monday.")
    event = next(e for e in report.events if e.type == "REJECT")
    assert _actor(event, "source") == "Qatar"


def test_a_labour_strike_is_a_protest_and_an_air_strike_an_assault(extract_standin) -> None:  # type: ignore[no-untyped-def]
    labour = extract_standin("Teachers in Quetta continued their strike for higher salaries.")
    assert [(e.type, e.mode) for e in labour.events] == [("PROTEST", "strike")]
    striking = extract_standin("Hospital workers in Kabul have been striking for a week.")
    assert [e.type for e in striking.events] == ["PROTEST"]
    air = extract_standin("An air strike killed four militants near Kandahar on Monday.")
    assert {e.type for e in air.events} == {"ASSAULT"}


def test_a_bare_plural_in_another_sense_is_no_event(extract_standin) -> None:  # type: ignore[no-untyped-def]
    """The other sense of a noun is a noun too: "strikes" in a general remark is no event."""
    report = extract_standin("Union leaders said strikes by teachers are common in the province.")
    assert not any(e.type == "PROTEST" for e in report.events)
