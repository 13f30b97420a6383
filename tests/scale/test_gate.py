"""The quality gate fails when a figure is below its floor, and passes when all clear them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO / ".." / "shared" / "data"

#: A stand-in benchmark: writes fixed figures as the real ones do (``--json PATH``).
FAKE_BENCHMARK = """
import json, sys
path = sys.argv[sys.argv.index("--json") + 1]
json.dump({"tbaq": {"overall": {"relaxed_f1": 0.91, "value_f1": 0.74}}}, open(path, "w"))
"""


def load_gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gate", REPO / "benchmarks" / "gate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gate"] = module
    spec.loader.exec_module(module)
    return module


def write_floors(path: Path, script: Path, relaxed: float, value: float) -> Path:
    path.write_text(
        f'[time]\ncommand = ["{script}"]\n[time.floors]\n'
        f'"tbaq.overall.relaxed_f1" = {relaxed}\n"tbaq.overall.value_f1" = {value}\n',
        encoding="utf-8",
    )
    return path


def test_the_gate_passes_when_every_figure_clears_its_floor(tmp_path: Path) -> None:
    script = tmp_path / "fake.py"
    script.write_text(FAKE_BENCHMARK, encoding="utf-8")
    floors = write_floors(tmp_path / "floors.toml", script, 0.90, 0.70)
    assert load_gate().main(["--floors", str(floors)]) == 0


def test_the_gate_fails_when_a_floor_is_above_the_measured_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "fake.py"
    script.write_text(FAKE_BENCHMARK, encoding="utf-8")
    floors = write_floors(tmp_path / "floors.toml", script, 0.90, 0.75)
    assert load_gate().main(["--floors", str(floors)]) == 1
    output = capsys.readouterr()
    assert "FAIL tbaq.overall.value_f1" in output.out
    assert "gate FAILED" in output.err


def test_a_figure_missing_from_the_results_fails(tmp_path: Path) -> None:
    gate = load_gate()
    checks = gate.check("ner", {"conll": {"f1": 0.9}}, {"conll.f1": 0.8, "uner.f1": 0.4})
    assert [c.passed for c in checks] == [True, False]
    assert checks[1].measured is None


def test_a_benchmark_that_crashes_fails_the_gate(tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text("raise SystemExit('no data here')\n", encoding="utf-8")
    floors = write_floors(tmp_path / "floors.toml", script, 0.1, 0.1)
    assert load_gate().main(["--floors", str(floors)]) == 1


@pytest.mark.shared_data
def test_the_real_time_benchmark_fails_with_a_floor_raised_above_its_figure(
    tmp_path: Path,
) -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the reference data at {SHARED_DATA}")
    gate = load_gate()
    table = gate.load_floors(gate.DEFAULT_FLOORS)
    command = table["time"]["command"]
    real = tmp_path / "real.toml"
    quoted = ", ".join(f'"{part}"' for part in command)
    real.write_text(
        f'[time]\ncommand = [{quoted}]\n[time.floors]\n"overall.relaxed_f1" = 0.0\n',
        encoding="utf-8",
    )
    assert gate.main(["--floors", str(real)]) == 0
    real.write_text(
        f'[time]\ncommand = [{quoted}]\n[time.floors]\n"overall.relaxed_f1" = 1.01\n',
        encoding="utf-8",
    )
    assert gate.main(["--floors", str(real)]) == 1


def test_the_repository_floors_file_is_well_formed() -> None:
    gate = load_gate()
    table = gate.load_floors(gate.DEFAULT_FLOORS)
    assert {"ner", "time", "geo", "events", "worked_example"} <= set(table)
    for name, spec in table.items():
        # every benchmark runs a fast subset; the worked example is a single article
        assert "--limit" in spec["command"] or name == "worked_example"
        assert all(0.0 <= float(floor) <= 1.0 for floor in spec["floors"].values())
