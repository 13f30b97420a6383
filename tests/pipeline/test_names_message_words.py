"""The shorthand of e-mail and chat ("FYI", "ASAP", "P.S.") is no name wherever it stands
(``annotate.name_checks``, ``not_names.yaml``). Sentences are our own."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitrep.annotate.name_checks import is_sign_off_or_stage_direction, load_not_names


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("FYI the shipment left the port of Durban this morning.", "FYI"),
        ("Please send the revised contract ASAP so legal can review it.", "ASAP"),
        ("See you at the meeting. PS bring the signed forms.", "PS"),
    ],
)
def test_message_shorthand_is_no_name(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    [token] = [t for t in doc if t.text == word]
    assert is_sign_off_or_stage_direction(doc[token.i : token.i + 1])


def test_a_name_beside_the_shorthand_stays_a_name(nlp: Language) -> None:
    doc = nlp("FYI Maria Santos will chair the meeting in Lagos.")
    assert not is_sign_off_or_stage_direction(doc[1:3])


def test_the_packaged_list_holds_the_shorthand() -> None:
    assert {"fyi", "asap", "p.s."} <= load_not_names().message_abbreviations
