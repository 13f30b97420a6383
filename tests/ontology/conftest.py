"""Fixtures for the ontology tests; makes ``benchmarks/`` importable for the scorer tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitrep.knowledge.ontology import Ontology, load_ontology

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()

if str(REPO_ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return load_ontology()
