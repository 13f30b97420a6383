"""Fixtures for the geo tests: the packaged gazetteer (built once into the cache) and a geocoder."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import spacy

from sitrep.annotate.extensions import ensure_extensions
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geocoder import Geocoder, Resolution

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    """A blank English pipeline with sitrep's extensions, for hand-labelled documents."""
    ensure_extensions()
    return spacy.blank("en")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


@pytest.fixture(scope="session")
def geocoder(gazetteer: Gazetteer) -> Geocoder:
    return Geocoder(gazetteer)


def spans_of(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Offsets of each name in order of appearance (a name may repeat)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for name in names:
        match = re.compile(re.escape(name)).search(text, pos)
        assert match is not None, f"{name!r} not found after offset {pos}"
        spans.append((match.start(), match.end()))
        pos = match.end()
    return spans


@pytest.fixture
def find_spans() -> Callable[[str, Sequence[str]], list[tuple[int, int]]]:
    return spans_of


@pytest.fixture
def shared_data() -> Path:
    return SHARED_DATA


@pytest.fixture
def resolve(geocoder: Geocoder) -> Callable[..., list[Resolution]]:
    def run(text: str, names: Sequence[str], **kwargs: object) -> list[Resolution]:
        return geocoder.resolve(text, spans_of(text, names), **kwargs)  # type: ignore[arg-type]

    return run
