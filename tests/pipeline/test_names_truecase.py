"""Caseless text: everyday words stay words, names get their capitals back
(``sitrep.annotate.truecase`` with the packaged table, ``training/truecase/build_table.py``).
Sentences are our own."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from sitrep.annotate.truecase import truecase

SCRIPT = Path(__file__).resolve().parents[2] / "training" / "truecase" / "build_table.py"


@pytest.fixture(scope="module")
def build_table() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_table", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we ordered a pizza and sat in the garden until the rain stopped.", "pizza"),
        ("the soldiers searched every house in the village after the attack.", "house"),
        ("she bought an apple and a bottle of water at the market.", "apple"),
        ("the victims were taken to a hospital near the white mosque.", "white"),
    ],
)
def test_everyday_words_stay_lower_case(text: str, word: str) -> None:
    restored = truecase(text)
    assert f" {word} " in f" {restored[1:]} ", restored


def test_country_and_state_words_keep_their_capitals() -> None:
    restored = truecase("aid workers flew from west virginia to north korea on monday.")
    assert "West Virginia" in restored and "North Korea" in restored


def test_a_lower_case_word_of_everyday_text_takes_no_capital(build_table: ModuleType) -> None:
    forms = {
        "house": Counter({"house": 9, "House": 2}),
        "kabul": Counter({"Kabul": 5}),
        "tan": Counter({"Tan": 1, "tan": 1}),  # too rare to tell
    }
    assert build_table.mostly_lower_case(forms) == {"house"}


def test_gum_training_documents_leave_out_only_held_out_splits(
    build_table: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "dep").mkdir()
    for name in ("GUM_news_a", "GUM_news_b", "GUM_bio_c"):
        (tmp_path / "dep" / f"{name}.conllu").write_text("", encoding="utf-8")
    (tmp_path / "splits.md").write_text(
        "# Splits\n\n## dev\n\n  * GUM_news_a\n\n## train\n\n  * GUM_news_b\n  * GUM_bio_c\n",
        encoding="utf-8",
    )
    names = [p.stem for p in build_table.gum_train_documents(tmp_path)]
    assert names == ["GUM_bio_c", "GUM_news_b"]
