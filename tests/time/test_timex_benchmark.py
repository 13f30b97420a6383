"""Run benchmarks/time.py on a few TimeML documents and check the figures are sane."""

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TBAQ = REPO / ".." / "shared" / "data" / "time" / "tbaq"


def load_benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "sitrep_time_benchmark", REPO / "benchmarks" / "time.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared_data
def test_benchmark_on_subset(tmp_path: Path) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"TimeML gold not found at {TBAQ.resolve()}")
    benchmark = load_benchmark()
    result = benchmark.run(TBAQ.resolve(), limit=25, error_count=0)
    overall = result["overall"]
    assert result["documents"] == 25
    assert overall["gold"] > 100
    assert 0.8 <= overall["relaxed_f1"] <= 1.0
    assert 0.65 <= overall["value_f1"] <= overall["relaxed_f1"]
    assert overall["strict_f1"] <= overall["relaxed_f1"]
    assert result["sentences_per_second"] > 0


@pytest.mark.shared_data
def test_reader_strips_tags_and_keeps_offsets() -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"TimeML gold not found at {TBAQ.resolve()}")
    benchmark = load_benchmark()
    path = sorted(TBAQ.rglob("*.tml"))[0]
    document = benchmark.read_tml(path)
    assert "<" not in document.text
    for gold in document.gold:
        assert document.text[gold.start : gold.end].strip()
