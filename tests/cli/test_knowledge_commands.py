"""`sitrep actors import`, `sitrep gazetteer build` and swapping in one's own spaCy model."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from tests.support import shared_path
from typer.testing import CliRunner

from sitrep.cli import app

DICTIONARY = """\
# a small CAMEO-style dictionary written for this test
NORTHERN_HILLS_LIBERATION_ARMY  [NGAREB]
+NHLA
+HILLS_ARMY_OF_LIBERATION
"""


def test_actors_import_writes_a_loadable_file(tmp_path: Path) -> None:
    source = tmp_path / "hills.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    out = tmp_path / "hills.yaml"
    result = CliRunner().invoke(app, ["actors", "import", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    from sitrep.knowledge.actors import load_actors_with

    kb = load_actors_with([out])
    [actor] = kb.match("NHLA")
    assert actor.country == "NG"
    assert kb.get("iskp") is not None  # the packaged actors are still there


def test_actors_import_names_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["actors", "import", str(tmp_path / "none.txt"), "--out", "x.yaml"]
    )
    assert result.exit_code == 2
    assert "none.txt" in result.stderr


@pytest.mark.shared_data
def test_gazetteer_build_from_geonames_samples(tmp_path: Path) -> None:
    folder = shared_path("data", "geo", "geonames-samples")
    out = tmp_path / "nl.sqlite"
    result = CliRunner().invoke(
        app, ["gazetteer", "build", "--geonames", str(folder), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    from sitrep.resolve.gazetteer import Gazetteer

    places = Gazetteer.open(out).lookup("Utrecht")
    assert places and places[0].country == "NL"


def test_a_users_own_spacy_model_can_be_swapped_in(tmp_path: Path) -> None:
    """Train a tiny NER here, point the pipeline at it, and see its entities in the report."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    sentences = [
        ("Zorvak Melnitsa spoke in Quetta on Monday.", [(0, 15, "PERSON"), (25, 31, "GPE")]),
        ("Police said Zorvak Melnitsa was in Quetta.", [(12, 27, "PERSON"), (35, 41, "GPE")]),
        ("Zorvak Melnitsa left Quetta by road.", [(0, 15, "PERSON"), (21, 27, "GPE")]),
    ]
    for _, spans in sentences:
        for _, _, label in spans:
            ner.add_label(label)  # type: ignore[attr-defined]
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": s}) for t, s in sentences]
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    model = tmp_path / "my-model"
    nlp.to_disk(model)

    from sitrep.config import PipelineConfig
    from sitrep.pipeline import build_pipeline, extract

    mine = build_pipeline(PipelineConfig(model=str(model)))
    report = extract("Zorvak Melnitsa spoke in Quetta on Monday.", published="2024-03-12", nlp=mine)
    assert "Zorvak Melnitsa" in {e.name for e in report.entities}
