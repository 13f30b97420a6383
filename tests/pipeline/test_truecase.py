"""Truecasing: caseless text gets its case back, offsets never move, cased text is untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.annotate.truecase import CasingTable, caselessness, load_casing_table, truecase

LOWER_ARTICLE = (
    "gunmen shot dead a judge outside the supreme court in lima on monday, police said. "
    "president alberto fujimori condemned the killing and ordered an inquiry."
)


def _table(forms: list[str], ambiguous: list[str] = ()) -> CasingTable:  # type: ignore[assignment]
    return CasingTable(
        forms={f.lower(): f for f in forms}, ambiguous={a.lower(): a for a in ambiguous}
    )


def test_detects_caseless_text() -> None:
    assert caselessness(LOWER_ARTICLE) == "lower"
    assert caselessness("REBELS STORM ARMY POST IN NORTHERN MALI, KILLING FOUR") == "upper"
    assert caselessness("Rebels stormed an army post in northern Mali on Sunday.") is None
    assert caselessness("ok") is None  # too short to judge


def test_lower_case_article_gets_names_and_sentence_starts() -> None:
    restored = truecase(LOWER_ARTICLE)
    assert len(restored) == len(LOWER_ARTICLE)
    assert restored.lower() == LOWER_ARTICLE
    assert restored.startswith("Gunmen shot dead a judge")
    assert "in Lima on Monday, police said. President" in restored
    assert "Alberto Fujimori" in restored


def test_all_caps_headline_above_a_cased_story() -> None:
    text = (
        "BOMB KILLS THREE AT MARKET IN NORTHERN NIGERIA\n"
        "A bomb hidden in a cart exploded at a crowded market in Maiduguri on Friday.\n"
    )
    restored = truecase(text)
    headline, story, _ = restored.split("\n")
    assert headline.startswith("Bomb kills three at market in")
    assert "Nigeria" in headline
    assert story == text.split("\n")[1]


def test_cased_text_is_returned_unchanged() -> None:
    text = "Police in Karachi arrested two men after a grenade attack on a bank on Tuesday."
    assert truecase(text) == text


def test_unknown_words_beside_a_name_join_it_and_bracketed_acronyms_are_spelt_out() -> None:
    table = _table(
        [
            "the",
            "by",
            "was",
            "killed",
            "in",
            "it",
            "denied",
            "Walter",
            "Salvador",
            "San",
            "national",
        ]
    )
    text = (
        "walter quispe huaman was killed by the revolutionary national front (frn) in san "
        "salvador. the frn denied it."
    )
    restored = truecase(text, table)
    assert "Walter Quispe Huaman was killed" in restored
    assert "Revolutionary National Front (FRN)" in restored
    assert restored.endswith("The FRN denied it.")


def test_ambiguous_words_are_capitalised_only_beside_a_capitalised_word() -> None:
    table = _table(["the", "said", "a", "loan", "World", "its"], ambiguous=["Bank"])
    restored = truecase("the world bank said the bank gave a loan to its clients.", table)
    assert restored == "The World Bank said the bank gave a loan to its clients."


def test_words_outside_ascii_are_left_as_written() -> None:
    text = "él dijo que la bomba explotó en san salvador."
    restored = truecase(text, _table(["San", "Salvador", "la", "en"]))
    assert restored == "él dijo que la bomba explotó en San Salvador."


def test_a_broken_table_file_is_a_clear_error(tmp_path: Path) -> None:
    from sitrep.errors import ConfigError

    path = tmp_path / "table.json"
    path.write_text(json.dumps({"words": []}))
    with pytest.raises(ConfigError, match="casing table"):
        CasingTable.from_file(path)


def test_packaged_table_loads_once() -> None:
    assert load_casing_table() is load_casing_table()
    assert load_casing_table().forms["monday"] == "Monday"


def test_the_pipeline_reads_truecased_text_but_reports_the_users_text(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(LOWER_ARTICLE, published="1992-04-06", nlp=packaged_nlp)
    people = [e for e in report.entities if e.type == "PERSON"]
    assert any("Fujimori" in e.name for e in people)
    for entity in report.entities:
        for mention in entity.mentions:
            assert mention.text == LOWER_ARTICLE[mention.start : mention.end]
    for event in report.events:
        for span in event.evidence:
            assert span.text == LOWER_ARTICLE[span.start : span.end]


def test_truecasing_can_be_switched_off() -> None:
    import spacy

    from sitrep.pipeline import TRUECASE_META, model_text

    nlp = spacy.blank("en")
    nlp.meta[TRUECASE_META] = {"mode": "off", "table": None}
    assert model_text(nlp, LOWER_ARTICLE) == LOWER_ARTICLE
    nlp.meta[TRUECASE_META] = {"mode": "auto", "table": None}
    assert model_text(nlp, LOWER_ARTICLE).startswith("Gunmen")


def test_build_script_skips_sentence_starts_and_headlines() -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "training" / "truecase" / "build_table.py"
    spec = importlib.util.spec_from_file_location("build_table", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert list(module.cased_words(["Police", "said", "the", "Taliban", "fled"])) == [
        "said",
        "the",
        "Taliban",
        "fled",
    ]
    assert list(module.cased_words(["REBELS", "SEIZE", "TOWN", "IN", "MALI"])) == []


def test_an_all_caps_cable_is_read_like_cased_news(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    text = "ARMED MEN KIDNAPPED TWO ENGINEERS NEAR KANO ON TUESDAY, POLICE SAID."
    report = extract(text, published="2024-05-08", nlp=packaged_nlp)
    names = {m.text for e in report.entities + report.places for m in e.mentions}
    assert "KANO" in names
    arguments = {(a.role, a.text) for e in report.events for a in e.arguments}
    assert ("victim", "TWO ENGINEERS") in arguments
