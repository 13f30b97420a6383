"""Bad input: a one-line error naming the input and what to do, and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

GOOD = "Police arrested five suspects in Peshawar on Friday, officials said.\n"


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


def _check_one_line_error(result, name: str, hint: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error[")]
    assert errors, result.stderr
    assert any(name in line and hint in line for line in errors), errors
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize(
    ("content", "hint"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("Le ministre a visit\u00e9 K\u00e2boul hier.".encode("latin-1"), "--encoding"),
    ],
    ids=["empty", "binary", "latin-1"],
)
def test_unreadable_file_in_a_batch(tmp_path: Path, content: bytes, hint: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = _run("extract", str(bad), str(good), "--published", "2024-05-18", "--format", "jsonl")
    _check_one_line_error(result, "bad.txt", hint)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) == 2
    assert reports[0]["error"] is not None
    assert any(e["type"] == "COERCE" for e in reports[1]["events"])


def test_huge_file(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = _run("extract", str(huge))
    _check_one_line_error(result, "huge.txt", "--max-bytes")


def test_malformed_html(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<html><body><div><script>var x = 1;</script></div", encoding="utf-8")
    result = _run("extract", str(page))
    _check_one_line_error(result, "broken.html", "HTML")


def test_malformed_jsonl_lines_do_not_stop_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "ok", "text": "' + GOOD.strip() + '", "published": "2024-05-18"}\n'
        '{"id": "broken", "text": \n'
        '{"id": "notext"}\n',
        encoding="utf-8",
    )
    result = _run("extract", "--input-format", "jsonl", str(path), "--format", "jsonl")
    _check_one_line_error(result, "mixed.jsonl:2", "JSON")
    assert "mixed.jsonl:3" in result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["error"] is None for r in reports] == [True, False, False]


def test_unparseable_published_date(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = _run("extract", str(good), "--published", "next Tuesday-ish")
    _check_one_line_error(result, "--published", "YYYY-MM-DD")


def test_missing_file(tmp_path: Path) -> None:
    result = _run("extract", str(tmp_path / "nowhere.txt"))
    _check_one_line_error(result, "nowhere.txt", "no such file")
