"""Fixtures shared by the pipeline tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract_packaged(packaged_nlp):  # type: ignore[no-untyped-def]
    """``extract`` with the shipped pipeline and a fixed publication date (2024-05-06)."""
    from sitrep.pipeline import extract

    def run(text: str):  # type: ignore[no-untyped-def]
        return extract(text, published="2024-05-06", nlp=packaged_nlp)

    return run
