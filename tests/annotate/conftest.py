"""Fixtures of the annotation tests: a blank English pipeline to make docs and spans from."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A blank English tokenizer: these rules read the model's spans, not its weights."""
    return spacy.blank("en")
