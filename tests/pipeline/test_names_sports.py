"""In a sports report a town's name standing as a team is an organisation
(``sitrep.annotate.name_sports``). Sentences are our own; spans stand in for the NER's."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.name_sports import (
    is_sports_report,
    load_sport_words,
    teams_named_after_places,
)
from sitrep.errors import KnowledgeError

COUNTRIES = {"Sweden", "Latvia"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def _places(doc: Doc, names: list[str]) -> list[Span]:
    """Every occurrence of the names, labelled as the NER reads towns: GPE."""
    spans = []
    for name in names:
        words = name.split()
        for i in range(len(doc) - len(words) + 1):
            if [t.text for t in doc[i : i + len(words)]] == words:
                spans.append(Span(doc, i, i + len(words), label="GPE"))
    return sorted(spans, key=lambda s: s.start)


def _labels(nlp: Language, text: str, names: list[str]) -> list[tuple[str, str]]:
    doc = nlp(text)
    spans = teams_named_after_places(doc, _places(doc, names), lambda n: n in COUNTRIES)
    return [(s.text, s.label_) for s in spans]


def test_a_results_table_lists_teams(nlp: Language) -> None:
    text = (
        "SOCCER - NORTHERN LEAGUE RESULTS.\nDARLINGTON 1996-09-14\n"
        "Results of Northern league matches on Saturday:\nHexham 2 Morpeth 1\nAlnwick 0 Blyth 3\n"
    )
    found = _labels(nlp, text, ["DARLINGTON", "Hexham", "Morpeth", "Alnwick", "Blyth"])
    assert found == [
        ("DARLINGTON", "GPE"),  # the dateline is the place the report comes from
        ("Hexham", "ORG"),
        ("Morpeth", "ORG"),
        ("Alnwick", "ORG"),
        ("Blyth", "ORG"),
    ]


def test_a_result_word_makes_a_team_but_a_venue_stays_a_place(nlp: Language) -> None:
    text = (
        "RUGBY LEAGUE - WIGAN HOLD ON.\nWigan beat Halifax 24-20 in Wigan on Sunday, "
        "a third win over Halifax this season."
    )
    found = _labels(nlp, text, ["Wigan", "Halifax"])
    assert found == [
        ("Wigan", "ORG"),
        ("Halifax", "ORG"),
        ("Wigan", "GPE"),
        ("Halifax", "ORG"),
    ]


def test_visitors_in_a_fixture_list_are_teams_and_hosts_the_venue(nlp: Language) -> None:
    text = "BASEBALL - SUNDAY'S GAMES.\nDENVER 1996-09-15\nSunday's games:\nOMAHA AT TULSA\n"
    found = dict(_labels(nlp, text, ["OMAHA", "TULSA"]))
    assert found == {"OMAHA": "ORG", "TULSA": "GPE"}


def test_national_teams_keep_their_place_type(nlp: Language) -> None:
    text = "SOCCER - SWEDEN BEAT LATVIA.\nSweden beat Latvia 2-0 and England drew with Wales."
    found = _labels(nlp, text, ["Sweden", "Latvia", "England", "Wales"])
    assert {label for _, label in found} == {"GPE"}


def test_outside_sport_a_town_stays_a_town(nlp: Language) -> None:
    text = "Flooding hit Hexham on Tuesday.\nHexham 2 miles upstream was spared."
    assert _labels(nlp, text, ["Hexham"]) == [("Hexham", "GPE"), ("Hexham", "GPE")]


def test_match_report_words_mark_a_sports_report_without_a_header(nlp: Language) -> None:
    doc = nlp(
        "The striker scored twice in the second half as the club moved top of the "
        "division; the coach praised the goalkeeper after the 3 - 1 win."
    )
    assert is_sports_report(doc)
    assert not is_sports_report(nlp("The council met on Tuesday to discuss 3 new roads."))


def test_a_broken_word_list_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "sport_words.yaml"
    bad.write_text("headers: soccer\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="headers"):
        load_sport_words(bad)
