"""Quality gate: fast subsets of the accuracy benchmarks, each figure checked against its floor.

The floors live in ``benchmarks/floors.toml``, one line per figure: the figure
measured on the fast subset when it was last raised, minus a small tolerance.
A change that lowers a figure below its floor fails the gate (exit status 1);
a change that improves one should raise its floor in the same commit.

Usage:
    python benchmarks/gate.py [--floors PATH] [--only NAME ...] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FLOORS = Path(__file__).resolve().parent / "floors.toml"


@dataclass
class Check:
    """One figure of one benchmark against its floor."""

    benchmark: str
    figure: str
    floor: float
    measured: float | None

    @property
    def passed(self) -> bool:
        return self.measured is not None and self.measured >= self.floor


def load_floors(path: Path) -> dict[str, dict[str, Any]]:
    """The benchmarks of the gate: each a ``command`` (script and arguments) and ``floors``."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise SystemExit(
            f"{path}: cannot read the floors file ({err}); fix or restore it"
        ) from None
    for name, spec in table.items():
        if not isinstance(spec.get("command"), list) or not isinstance(spec.get("floors"), dict):
            raise SystemExit(f"{path}: [{name}] needs a 'command' list and a [{name}.floors] table")
    return table


def figure_at(results: dict[str, Any], dotted: str) -> float | None:
    """The number at a dotted path of a benchmark's JSON (``conll2003_valid.scores.micro.f1``)."""
    node: Any = results
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return float(node) if isinstance(node, int | float) and not isinstance(node, bool) else None


def check(name: str, results: dict[str, Any], floors: dict[str, float]) -> list[Check]:
    """Every floored figure of one benchmark's results; a missing figure fails."""
    return [
        Check(name, figure, float(floor), figure_at(results, figure))
        for figure, floor in floors.items()
    ]


def run_benchmark(command: list[str], folder: Path) -> tuple[dict[str, Any], float]:
    """Run one benchmark script (relative to the repository) and read the JSON it writes."""
    output = folder / "figures.json"
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, *command, "--json", str(output)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seconds = time.perf_counter() - started
    if completed.returncode != 0 or not output.is_file():
        tail = "\n".join(completed.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"exit status {completed.returncode}\n{tail}")
    return json.loads(output.read_text(encoding="utf-8")), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--floors", type=Path, default=DEFAULT_FLOORS, help="the floors file")
    parser.add_argument("--only", action="append", default=None, help="run only this benchmark")
    parser.add_argument("--json", type=Path, default=None, help="also write the checks here")
    args = parser.parse_args(argv)
    table = load_floors(args.floors)
    names = args.only or list(table)
    unknown = [n for n in names if n not in table]
    if unknown:
        parser.error(f"no benchmark {unknown[0]!r} in {args.floors}; choose from {list(table)}")
    checks: list[Check] = []
    broken: list[str] = []
    started = time.perf_counter()
    for name in names:
        spec = table[name]
        with tempfile.TemporaryDirectory() as folder:
            try:
                results, seconds = run_benchmark(spec["command"], Path(folder))
            except RuntimeError as err:
                broken.append(name)
                print(f"{name}: the benchmark failed to run: {err}", file=sys.stderr)
                continue
        found = check(name, results, spec["floors"])
        checks += found
        print(f"{name} ({seconds:.0f} s)")
        for item in found:
            measured = "missing" if item.measured is None else f"{item.measured:.4f}"
            mark = "ok  " if item.passed else "FAIL"
            print(f"  {mark} {item.figure:45} {measured:>8} (floor {item.floor:.4f})")
    failed = [c for c in checks if not c.passed]
    total = time.perf_counter() - started
    if args.json:
        payload = {"seconds": round(total, 1), "broken": broken, "checks": []}
        payload["checks"] = [{**asdict(c), "passed": c.passed} for c in checks]
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    if failed or broken:
        print(
            f"gate FAILED in {total:.0f} s: {len(failed)} figure(s) below their floor"
            f"{', ' + str(len(broken)) + ' benchmark(s) did not run' if broken else ''} "
            f"(floors in {args.floors})",
            file=sys.stderr,
        )
        return 1
    print(f"gate passed in {total:.0f} s: {len(checks)} figures at or above their floors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
