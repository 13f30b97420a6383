"""The CAMEO-to-PLOVER table, read at run time from the shared data, lands in current names."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.knowledge.ontology import Ontology, load_cameo_map

CAMEO_MAP = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "data"
    / "events"
    / "plover"
    / "CAMEO2PLOVER-2021.txt"
)


@pytest.mark.shared_data
def test_cameo_map(ontology: Ontology) -> None:
    if not CAMEO_MAP.exists():
        pytest.skip(f"shared data not found at {CAMEO_MAP}")
    table = load_cameo_map(CAMEO_MAP, ontology)
    assert table["173"].plover_type == "COERCE"
    assert table["173"].mode == "arrest"
    assert table["1123"].plover_type == "ACCUSE"
    assert table["100"].plover_type == "REQUEST"
    assert table["1831"].mode == "suicide-attack"
    assert table["0312"].contexts == ("military",)
    assert {entry.plover_type for entry in table.values()} <= set(ontology.plover_types())
