"""Letter sign-offs and transcript stage directions are no names (``annotate.name_checks``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from sitrep.annotate.name_checks import is_sign_off_or_stage_direction, load_not_names
from sitrep.errors import KnowledgeError


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def _span(nlp: Language, text: str, words: str) -> Span:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == words.split()[0])
    return doc[start : start + len(words.split())]


def test_a_sign_off_closing_an_email_is_no_name(nlp: Language) -> None:
    text = "Please send the signed copy by Friday.\nRegards,\nMarta Kowalczyk\n"
    assert is_sign_off_or_stage_direction(_span(nlp, text, "Regards"))
    text = "Thanks for the quick reply.\nBest regards\nMarta"
    assert is_sign_off_or_stage_direction(_span(nlp, text, "Best regards"))


def test_a_stage_direction_in_brackets_is_no_name(nlp: Language) -> None:
    text = "And that is how the bridge fell down. (Laughter) So we built another one."
    assert is_sign_off_or_stage_direction(_span(nlp, text, "Laughter"))
    text = "THE MINISTER: I am glad you asked.\n(Applause.)\nNow, the budget."
    assert is_sign_off_or_stage_direction(_span(nlp, text, "Applause"))


def test_the_same_words_inside_a_sentence_stay_names(nlp: Language) -> None:
    text = "The singer Courtney Love said the tour was over."
    assert not is_sign_off_or_stage_direction(_span(nlp, text, "Love"))
    text = "Cheers opened a second bar in Galway last year."
    assert not is_sign_off_or_stage_direction(_span(nlp, text, "Cheers"))


def test_a_broken_word_list_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not_names.yaml"
    bad.write_text("sign_offs: [regards, no]\nstage_directions: [laughter]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="sign_offs"):
        load_not_names(bad)


def test_the_packaged_word_lists_load() -> None:
    words = load_not_names()
    assert "regards" in words.sign_offs
    assert "applause" in words.stage_directions
