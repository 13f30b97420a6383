"""The mention stage keeps names and drops what only looks like one.

A rule-based stand-in NER proposes the spans a statistical model might, so each test
pins one rule of ``sitrep.annotate.mentions`` on a sentence of our own. Word
frequencies are injected, so the tests do not depend on a frequency list.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

#: Zipf frequencies of the words these sentences use (rare words default to 2.0)
FREQUENCIES = {
    "glad": 4.9,
    "woods": 4.6,
    "great": 5.6,
    "service": 5.5,
    "jim": 4.6,
    "adams": 4.3,
    "analyst": 4.0,
    "has": 6.4,
    "thanks": 5.6,
}


def _frequency(word: str) -> float:
    return FREQUENCIES.get(word.lower(), 2.0)


@pytest.fixture(scope="module")
def mentions() -> Callable[[str, list[tuple[str, str]]], Doc]:
    """Run the mention stage over a text whose model spans are the (label, words) given."""
    import spacy

    from sitrep.annotate.extensions import ensure_extensions
    from sitrep.annotate.mentions import MentionFinder

    ensure_extensions()
    cache: dict[tuple[tuple[str, str], ...], Language] = {}

    def run(text: str, spans: list[tuple[str, str]]) -> Doc:
        key = tuple(spans)
        if key not in cache:
            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
            ruler = nlp.add_pipe("entity_ruler", name="ner")
            patterns = [{"label": label, "pattern": words} for label, words in spans]
            ruler.add_patterns(patterns or [{"label": "ORG", "pattern": "Xyzzy Holdings"}])  # type: ignore[attr-defined]
            cache[key] = nlp
        nlp = cache[key]
        finder = MentionFinder(nlp.vocab, word_frequency=_frequency)
        return finder(nlp(text))

    return run


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_common_word_opening_a_sentence_is_no_name(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "Glad to see the new library open in Leeds at last.",
        [("PERSON", "Glad"), ("GPE", "Leeds")],
    )
    assert _ents(doc) == [("Leeds", "GPE")]


def test_a_common_word_the_text_also_writes_as_a_name_stays(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "Woods won the play-off on the second hole. The crowd cheered Woods all the way.",
        [("PERSON", "Woods")],
    )
    assert _ents(doc) == [("Woods", "PERSON"), ("Woods", "PERSON")]


def test_a_lower_case_phrase_is_no_name_in_text_that_uses_capitals(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "The guest house in Galway serves yummy breakfasts every morning.",
        [("PERSON", "yummy breakfasts"), ("GPE", "Galway")],
    )
    assert _ents(doc) == [("Galway", "GPE")]


def test_lower_cased_copy_keeps_its_names(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "police in kabul said two men were detained near the airport on friday .",
        [("GPE", "kabul")],
    )
    assert _ents(doc) == [("kabul", "GPE")]


def test_an_email_address_ends_a_name(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "For bookings write to Maria Lopez maria.lopez@example.org before Friday.",
        [("PERSON", "Maria Lopez maria.lopez@example.org")],
    )
    assert _ents(doc) == [("Maria Lopez", "PERSON")]


def test_a_job_title_after_a_spaced_dash_is_cut_off(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "The review team: Omar Haddad - Analyst, and two interns.",
        [("PERSON", "Omar Haddad - Analyst")],
    )
    assert _ents(doc) == [("Omar Haddad", "PERSON")]


def test_a_title_line_of_common_words_is_no_name_but_a_byline_is(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "Great Service\nThe plumber fixed our boiler within an hour.\nJim Adams\n",
        [("ORG", "Great Service"), ("PERSON", "Jim Adams")],
    )
    assert _ents(doc) == [("Jim Adams", "PERSON")]


def test_an_acronym_in_a_shouted_sentence_is_a_word(mentions) -> None:  # type: ignore[no-untyped-def]
    assert _ents(mentions("IS THIS SHOP OPEN ON SUNDAY MORNINGS?", [])) == []
    doc = mentions("IS claimed the bombing in Raqqa on Monday.", [("GPE", "Raqqa")])
    assert (doc.ents[0].text, doc.ents[0].kb_id_) == ("IS", "islamic_state")
    assert doc.ents[0].label_ == "ORG"  # "IS" is an alias of a group, not Iceland's code


def test_a_mixed_case_acronym_needs_its_capitals(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions("Let me explain what LeT wants from the talks.", [])
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("LeT", "lashkar_e_taiba")]


def test_a_state_organ_described_by_its_demonym_is_a_description(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "Iraqi troops entered the town, and the government of Canada protested.",
        [],
    )
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Iraqi troops", "DESC", "iq_mil"),
        ("government of Canada", "DESC", "ca_gov"),
    ]


def test_a_named_organ_is_still_a_name(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions("The Pakistan Army said the road was open.", [])
    assert [(e.text, e.label_) for e in doc.ents] == [("Pakistan Army", "ORG")]


def test_courtesy_titles_and_titles_begun_before_the_span_are_not_the_name(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "Mr. Okafor met the Minister of Defence Karim Nasser in Lagos.",
        [("PERSON", "Mr. Okafor"), ("PERSON", "Defence Karim Nasser"), ("GPE", "Lagos")],
    )
    assert _ents(doc) == [("Okafor", "PERSON"), ("Karim Nasser", "PERSON"), ("Lagos", "GPE")]


def test_a_headline_in_capitals_is_a_dateline_only_when_it_names_a_place(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions("RUGBY UNION - Wales beat Italy in Cardiff.", [("ORG", "RUGBY UNION")])
    assert _ents(doc)[0] == ("RUGBY UNION", "ORG")
    doc = mentions("KABUL, Afghanistan - Police said the road was open.", [("PERSON", "KABUL")])
    assert _ents(doc)[0] == ("KABUL", "GPE")


def test_a_state_organ_description_links_the_actor_in_the_report(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Iraqi troops shelled the outskirts of Mosul on Tuesday.")
    [entity] = [e for e in report.entities if any(m.text == "Iraqi troops" for m in e.mentions)]
    [mention] = [m for m in entity.mentions if m.text == "Iraqi troops"]
    assert mention.kind == "description"
    assert entity.actor is not None and entity.actor.id == "iq_mil"


def test_a_clock_word_after_a_time_is_part_of_the_time(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "Sent by Nadia Karimi on 03/14/2024 09:25 AM to the whole desk.",
        [("PERSON", "Nadia Karimi"), ("ORG", "AM")],
    )
    assert _ents(doc) == [("Nadia Karimi", "PERSON")]


def test_a_name_made_of_a_title_and_one_word_after_of_stays_whole(mentions) -> None:  # type: ignore[no-untyped-def]
    doc = mentions(
        "Queen of South drew 1-1 with Clyde on Saturday.",
        [("ORG", "Queen of South"), ("ORG", "Clyde")],
    )
    assert _ents(doc) == [("Queen of South", "ORG"), ("Clyde", "ORG")]
