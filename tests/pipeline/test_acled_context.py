"""The article as context: which dates, places and parties an event takes from its story."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.events.context import arena, is_statement
from sitrep.events.record import EventRecord
from sitrep.events.story_parties import fill_counterparts


def _events(report, plover_type):  # type: ignore[no-untyped-def]
    return [e for e in report.events if e.type == plover_type]


def _actor(event, role):  # type: ignore[no-untyped-def]
    return next((a.name for a in event.actors if a.role == role), None)


def _extract(packaged_nlp, text: str, published: str = "2024-03-12"):  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    return extract(text, published=published, nlp=packaged_nlp)


def test_arenas_and_statements_follow_the_plover_quads() -> None:
    assert arena("ASSAULT") == arena("COERCE") == arena("PROTEST") == "force"
    assert arena("AGREE") == arena("COOPERATE") == arena("REJECT") == "dealings"
    assert is_statement("REJECT") and is_statement("AGREE")
    assert not is_statement("COOPERATE") and not is_statement("ASSAULT")


def test_event_on_a_separate_occasion_takes_no_date_from_the_story(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "Police shot dead two robbers in Lahore on Monday night. In a separate operation, "
        "the police arrested a senior gang leader who ran extortion rackets.",
    )
    [killing] = _events(report, "ASSAULT")
    [arrest] = _events(report, "COERCE")
    assert killing.date.value == "2024-03-11"
    assert arrest.date.value is None


def test_dealings_do_not_take_the_date_of_an_attack_told_before(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "Three soldiers were killed on March 2 when militants ambushed a convoy in "
        "Waziristan. The government of Pakistan signed an agreement with the tribal "
        "elders, officials said.",
    )
    [ambush] = _events(report, "ASSAULT")
    assert ambush.date.value == "2024-03-02"
    dealings = [e for e in report.events if e.type != "ASSAULT"]
    assert dealings
    assert all(e.date.value != "2024-03-02" for e in dealings)


def test_a_statement_takes_no_place_from_the_story(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "Gunmen killed four villagers in Maidan Wardak on Sunday. The foreign ministry "
        "of Pakistan rejected any talks with the militants.",
    )
    [killing] = _events(report, "ASSAULT")
    [rejection] = _events(report, "REJECT")
    assert killing.place is not None
    assert rejection.place is None


def test_an_agentless_repeat_takes_the_agent_of_the_earlier_event(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "The Afghan Taliban detained three suspected ISKP members in Jalalabad on Sunday. "
        "Other members of the ISKP cell were also apprehended recently, the spokesman said.",
    )
    arrests = _events(report, "COERCE")
    assert len(arrests) == 2
    assert [_actor(e, "source") for e in arrests] == ["Afghan Taliban", "Afghan Taliban"]


def _record(
    doc: Doc, event_type: str, sentence: int, source: str, target: str | None
) -> EventRecord:
    span = list(doc.sents)[sentence]
    return EventRecord(
        type=event_type,
        mode=None,
        evidence=[span],
        triggers=[span[:1]],
        source=source,
        target=target,
    )


def test_cooperation_with_one_party_named_takes_the_partner_of_the_latest_dealing() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(
        "Pakistan secured a pledge from the Taliban. Talks went on. The Taliban shared "
        "information about the hideouts."
    )
    pledge = _record(doc, "AGREE", 0, "taliban", "pakistan")
    sharing = _record(doc, "COOPERATE", 2, "taliban", None)
    fill_counterparts([pledge, sharing], frozenset({"COOPERATE"}))
    assert sharing.target == "pakistan"


def test_cooperation_takes_no_partner_from_an_attack() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("The army shelled the rebels. The army shared information with the media.")
    shelling = _record(doc, "ASSAULT", 0, "army", "rebels")
    sharing = _record(doc, "COOPERATE", 1, "army", None)
    fill_counterparts([shelling, sharing], frozenset({"COOPERATE"}))
    assert sharing.target is None


def test_numeric_day_month_dates_the_event(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "Activists of the BNP torched a bus at Mirpur in Dhaka on Saturday (17/01).",
        published="2015-01-18",
    )
    [arson] = report.events
    assert arson.date.value == "2015-01-17"


def test_a_bare_clock_time_does_not_date_the_event_on_the_publication_day(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "Unidentified assailants hurled crude bombs at a rally in Khulna around 9pm.",
        published="2015-01-18",
    )
    [bombing] = report.events
    assert bombing.date.value != "2015-01-18"
    assert bombing.date.precision == "unknown"


def test_a_repeat_does_not_make_the_earlier_attackers_their_own_attackers(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    report = _extract(
        packaged_nlp,
        "Taliban militants attacked a checkpoint in Ghazni on Monday, killing three soldiers. "
        "Two Taliban militants were also killed.",
    )
    assaults = _events(report, "ASSAULT")
    assert _actor(assaults[0], "source") == "Taliban"
    assert all(_actor(e, "source") != _actor(e, "target") for e in assaults)


def test_separate_attacks_told_first_still_take_the_note_date(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    # "separate" contrasts nothing told before: the first event keeps the story's date
    report = _extract(
        packaged_nlp,
        "In separate attacks, pickets torched two buses at the Comilla bus stand. "
        "Police said no one was hurt on Sunday (10/03).",
        published="2024-03-11",
    )
    arson = next(e for e in report.events if e.mode == "arson")
    assert arson.date.value == "2024-03-10"
