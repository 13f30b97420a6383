"""Shared fixtures: the project's own articles, a rule-based stand-in NER, the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

#: Names the stand-in NER knows: tests of the rule-based stages must not depend on how
#: well the statistical model happens to do on a sentence.
STANDIN_NAMES = {
    "PERSON": [
        "Abdul Karim Haqqani",
        "Haqqani",
        "Ahmed Sharif",
        "Hakan Fidan",
        "Fidan",
        "Sardar Khan",
        "Ali Reza",
        "Mariam Noori",
        "Noori",
        "Yusuf Dar",
        "Omar Baig",
        "Baig",
        "Jamal Udin",
        "Farid Ahmadi",
        "Ahmadi",
        "Kolkata",  # deliberately mislabelled, as statistical models do with unfamiliar towns
    ],
    "ORG": [
        "Interior Ministry",
        "Inter-Services Public Relations",
        "ISPR",
        "Tehreek-e-Taliban Pakistan",
        "TTP",
        "al-Shabaab",
        "Islamic State Khorasan Province",
        "ISKP",
        "Daesh",
        "Counter Terrorism Department",
        "CTD",
        "Afghan Taliban",
        "Taliban",
        "Jamrud Road",  # deliberately mislabelled: a road the model took for an organisation
    ],
    "GPE": [
        "Kabul",
        "Pakistan",
        "Afghanistan",
        "Doha",
        "Qatar",
        "Turkey",
        "Quetta",
        "Kandahar",
        "Mogadishu",
        "Somalia",
        "Peshawar",
        "Jalalabad",
        "Nangarhar",
        "Bannu",
    ],
}


@pytest.fixture(scope="session")
def standin_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A spaCy pipeline whose 'ner' is an entity ruler over ``STANDIN_NAMES``."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": label, "pattern": name}
            for label, names in STANDIN_NAMES.items()
            for name in names
        ]
    )
    path = tmp_path_factory.mktemp("standin") / "model"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="session")
def standin_nlp(standin_model: Path):  # type: ignore[no-untyped-def]
    from sitrep.config import PipelineConfig
    from sitrep.pipeline import build_pipeline

    return build_pipeline(PipelineConfig(model=str(standin_model)))


@pytest.fixture(scope="session")
def extract_standin(standin_nlp):  # type: ignore[no-untyped-def]
    """``extract`` with the stand-in NER: the rule-based stages on our own sentences."""
    from sitrep.pipeline import extract

    def run(text: str, published: str | None = "2024-03-12"):  # type: ignore[no-untyped-def]
        return extract(text, published=published, nlp=standin_nlp)

    return run


@pytest.fixture(scope="session")
def packaged_nlp():  # type: ignore[no-untyped-def]
    """The pipeline users get: the trained model that ships with sitrep."""
    from sitrep.pipeline import get_pipeline

    return get_pipeline()
