"""Fixtures of the scale tests: a JSONL file of invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.scale.corpus import invented_documents


@pytest.fixture
def corpus_jsonl(tmp_path: Path) -> Path:
    """Forty invented articles as a JSONL file, with one broken line after the tenth."""
    lines = [
        json.dumps({"id": d.id, "text": d.text, "published": d.published})
        for d in invented_documents(40)
    ]
    lines.insert(10, '{"id": "broken", "text": ')
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
