"""Read the knowledge YAML files while remembering where every mapping starts.

Reviewers fix data by line number, so every validation error must say FILE:LINE.
PyYAML knows the position of each node while it builds objects; the loader below
copies the start line of every mapping into a ``__line__`` key (1-based), which the
knowledge loaders pop before validating the entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LINE_KEY = "__line__"

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(ValueError):
    """One or more problems in a knowledge data file, each as 'FILE:LINE: message'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n  ".join(problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"{len(problems)} problem(s) in the knowledge data; fix the entries named below:"
            f"\n  {shown}{more}"
        )


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A safe loader that records each mapping's first line under ``__line__``."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


def load_yaml_with_lines(path: Path) -> Any:
    """Parse ``path`` as YAML, adding ``__line__`` to every mapping.

    Raises DataFileError naming the file and line when the YAML itself is malformed
    or the file cannot be read.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError([f"{path}: cannot read the file ({exc.strerror})"]) from exc
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else 0
        raise DataFileError([f"{path}:{line}: invalid YAML: {exc.problem}"]) from exc
    except yaml.YAMLError as exc:
        raise DataFileError([f"{path}: invalid YAML: {exc}"]) from exc


def strip_lines(value: Any) -> Any:
    """Return ``value`` with every ``__line__`` key removed (recursively)."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != LINE_KEY}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value
