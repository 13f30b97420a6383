"""Merged event mentions keep each participant once (event coreference of arguments)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from sitrep.events.coref_absorb import absorb, add_argument
from sitrep.events.record import ArgumentRecord, EventRecord

TEXT = (
    "Gunmen attacked and burned a bus carrying pilgrims near Quetta , killing the driver ; "
    "the attack on the bus left two passengers wounded ."
)


def _doc() -> Doc:
    return spacy.blank("en")(TEXT)


def _span(doc: Doc, words: str) -> Span:
    """The first tokens of the document that read ``words``."""
    tokens = words.split()
    for i in range(len(doc) - len(tokens) + 1):
        if [t.text for t in doc[i : i + len(tokens)]] == tokens:
            return doc[i : i + len(tokens)]
    raise AssertionError(f"{words!r} not in the test text")


def _event(doc: Doc, *arguments: ArgumentRecord) -> EventRecord:
    return EventRecord(
        type="ASSAULT", mode="firearms", evidence=[doc[0:5]], triggers=[doc[1:2]],
        arguments=list(arguments),
    )  # fmt: skip


def test_the_same_phrase_read_by_two_triggers_is_kept_once() -> None:
    doc = _doc()
    bus = _span(doc, "a bus")
    event = _event(doc, ArgumentRecord("target", bus))
    absorb(event, _event(doc, ArgumentRecord("target", doc[bus.start : bus.end])))
    assert [a.span.text for a in event.arguments] == ["a bus"]


def test_of_two_nested_phrases_the_longer_stays() -> None:
    doc = _doc()
    arguments = [ArgumentRecord("target", _span(doc, "a bus"))]
    add_argument(arguments, ArgumentRecord("target", _span(doc, "a bus carrying pilgrims")))
    assert [a.span.text for a in arguments] == ["a bus carrying pilgrims"]
    add_argument(arguments, ArgumentRecord("target", _span(doc, "bus")))
    assert len(arguments) == 1


def test_other_roles_and_other_mentions_of_the_same_words_are_kept() -> None:
    doc = _doc()
    arguments = [ArgumentRecord("target", _span(doc, "a bus"))]
    add_argument(arguments, ArgumentRecord("victim", _span(doc, "a bus")))  # a role of its own
    add_argument(arguments, ArgumentRecord("target", _span(doc, "the bus")))  # another span
    assert [(a.role, a.span.text) for a in arguments] == [
        ("target", "a bus"),
        ("victim", "a bus"),
        ("target", "the bus"),
    ]


def test_named_participants_are_deduplicated_by_entity() -> None:
    doc = _doc()
    driver = object()  # an entity cluster
    arguments = [ArgumentRecord("victim", _span(doc, "the driver"), driver)]
    add_argument(arguments, ArgumentRecord("victim", _span(doc, "driver"), driver))
    add_argument(arguments, ArgumentRecord("victim", _span(doc, "two passengers")))
    assert [a.span.text for a in arguments] == ["the driver", "two passengers"]


def test_a_definite_event_noun_in_a_demand_keeps_its_own_modality(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "Relatives demanded that the government investigate the assassination of Hector "
        "Oqueli in Guatemala City.",
        published="2024-05-06",
        nlp=packaged_nlp,
    )
    [killing] = [e for e in report.events if e.type == "ASSAULT"]
    assert killing.modality == "asserted"  # the demand is hypothetical, the killing is known
    assert "Hector Oqueli" in [a.text for a in killing.arguments if a.role == "victim"]
