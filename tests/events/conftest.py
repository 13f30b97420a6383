"""Fixtures of the event tests: ``extract`` with the shipped pipeline, on a fixed day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

#: the publication day when a test module sets no ``PUBLISHED`` of its own (a Monday)
DEFAULT_PUBLISHED = "2024-05-06"


@pytest.fixture(scope="module")
def extract_notes(packaged_nlp: Any, request: pytest.FixtureRequest) -> Callable[[str], Any]:
    """``sitrep.extract`` with the packaged pipeline (its tagger and parser are what these
    rules read), published on the module's ``PUBLISHED`` day."""
    from sitrep.pipeline import extract

    published = getattr(request.module, "PUBLISHED", DEFAULT_PUBLISHED)

    def run(text: str) -> Any:
        return extract(text, published=published, nlp=packaged_nlp)

    return run
