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


MEANTIME = REPO / ".." / "shared" / "data" / "time" / "meantime_en"


@pytest.mark.shared_data
def test_meantime_reader_rebuilds_text_and_creation_date() -> None:
    if not MEANTIME.is_dir():
        pytest.skip(f"MEANTIME gold not found at {MEANTIME.resolve()}")
    benchmark = load_benchmark()
    documents = benchmark.read_corpus("meantime", MEANTIME.resolve(), 10)
    assert len(documents) == 10
    for document in documents:
        assert "<" not in document.text and "\n" in document.text
        assert 2000 < document.reference.year < 2020
        assert document.scored
        for gold in document.gold:
            assert document.text[gold.start : gold.end].strip()
            assert any(start <= gold.start < end for start, end in document.scored)


@pytest.mark.shared_data
def test_meantime_subset_scores(tmp_path: Path) -> None:
    if not MEANTIME.is_dir():
        pytest.skip(f"MEANTIME gold not found at {MEANTIME.resolve()}")
    benchmark = load_benchmark()
    result = benchmark.run(MEANTIME.resolve(), limit=30, error_count=0, corpus="meantime")
    overall = result["overall"]
    assert overall["gold"] > 50
    assert 0.7 <= overall["relaxed_f1"] <= 1.0


def test_floors_name_each_figure_below_its_floor() -> None:
    benchmark = load_benchmark()
    result = {
        "overall": {"relaxed_f1": 0.90, "value_f1": 0.79},
        "sentences_per_second": 6000.0,
    }
    assert benchmark.below_floors(result, 0.88, 0.80, 5000.0) == [
        "value F1 0.790 is below the floor 0.8"
    ]
    assert benchmark.below_floors(result, None, None, None) == []


@pytest.mark.shared_data
def test_main_exits_non_zero_below_a_floor(capsys: pytest.CaptureFixture[str]) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"TimeML gold not found at {TBAQ.resolve()}")
    benchmark = load_benchmark()
    with pytest.raises(SystemExit) as stopped:
        benchmark.main(["--limit", "5", "--min-speed", "1e12"])
    assert stopped.value.code == 1
    assert "speed" in capsys.readouterr().err
    benchmark.main(["--limit", "5", "--min-relaxed", "0.5"])  # passes: no SystemExit
