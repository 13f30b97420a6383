"""Pipeline configuration: which model and which knowledge files to use, all swappable."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

PACKAGED_MODEL = Path(__file__).parent / "models" / "en_sitrep"


class PipelineConfig(BaseModel):
    """What the pipeline is built from. Every external resource can be replaced here."""

    model: str = Field(
        default=str(PACKAGED_MODEL),
        description="A spaCy pipeline (path or installed package) providing tokenizer and NER; "
        "sitrep's own components are added after it.",
    )
    actor_paths: list[str] | None = Field(
        default=None,
        description="Your own actor YAML files, loaded beside the packaged knowledge base "
        "(e.g. written by `sitrep actors import`)",
    )
    gazetteer_path: str | None = Field(
        default=None,
        description="Gazetteer index file (default: the packaged one, built on first use)",
    )
    disable: list[str] = Field(default_factory=list, description="sitrep components to leave out")
    exclude_from_model: list[str] = Field(
        default_factory=lambda: ["lemmatizer", "parser"],
        description="Components of the spaCy model not to load. No sitrep stage reads the "
        "dependency parse yet (the rules use tags and sentence boundaries), so the parser is "
        "left out by default: a quarter of the time on news. Set [] to keep it.",
    )
    truecase: Literal["auto", "off"] = Field(
        default="auto",
        description="Restore the case of caseless text (all lower case, or ALL CAPS lines) "
        "before the model reads it: 'auto' does so where the text has no case, 'off' never. "
        "Reports keep the user's own text in every quoted span.",
    )
    truecase_table: str | None = Field(
        default=None,
        description="Casing table file (default: the packaged one, built by "
        "training/truecase/build_table.py)",
    )
