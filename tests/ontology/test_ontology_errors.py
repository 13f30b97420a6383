"""A broken ontology file is refused with a message naming the file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.knowledge.ontology import DEFAULT_ONTOLOGY_PATH, OntologyError, load_ontology

ORIGINAL = DEFAULT_ONTOLOGY_PATH.read_text(encoding="utf-8")
RULE = "    - when: {type: COERCE, mode: arrest}\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ontology.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_rule_with_unknown_type(tmp_path: Path) -> None:
    assert RULE in ORIGINAL
    broken = ORIGINAL.replace(RULE, "    - when: {type: DETAIN, mode: arrest}\n")
    path = _write(tmp_path, broken)
    with pytest.raises(OntologyError) as raised:
        load_ontology(path)
    line = _line_of(broken, "{type: DETAIN")
    assert f"{path}:{line}: unknown PLOVER type 'DETAIN'" in str(raised.value)


def test_rule_with_mode_of_another_type(tmp_path: Path) -> None:
    broken = ORIGINAL.replace(RULE, "    - when: {type: COERCE, mode: firearms}\n")
    path = _write(tmp_path, broken)
    with pytest.raises(
        OntologyError, match=re.escape(f"{path}:{_line_of(broken, 'mode: firearms}')}:")
    ):
        load_ontology(path)


def test_rule_with_unknown_condition_key(tmp_path: Path) -> None:
    broken = ORIGINAL.replace(RULE, "    - when: {type: COERCE, weapon: knife}\n")
    path = _write(tmp_path, broken)
    with pytest.raises(OntologyError) as raised:
        load_ontology(path)
    assert f"{path}:{_line_of(broken, 'weapon: knife')}:" in str(raised.value)
    assert "weapon" in str(raised.value)


def test_rule_with_unknown_acled_sub_event(tmp_path: Path) -> None:
    target = "      then: [Strategic developments, Arrests]\n"
    broken = ORIGINAL.replace(target, "      then: [Strategic developments, Detentions]\n")
    path = _write(tmp_path, broken)
    with pytest.raises(OntologyError, match="'Detentions' is not a sub-event type"):
        load_ontology(path)


def test_invalid_yaml(tmp_path: Path) -> None:
    path = _write(tmp_path, "version: 1\nplover:\n  types: [AGREE\n")
    with pytest.raises(OntologyError, match=re.escape(f"{path}:")):
        load_ontology(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(OntologyError, match="Cannot read the ontology file"):
        load_ontology(tmp_path / "absent.yaml")
