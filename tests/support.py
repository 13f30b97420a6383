"""Helpers for tests: where the shared reference data is, skipping without it, and the
small readings of a report that many event tests make."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a reason naming it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data beside the repository)")
    return path


def events_of(report: Any, plover_type: str) -> list[Any]:
    """The report's events of one PLOVER type, in report order."""
    return [e for e in report.events if e.type == plover_type]


def actor_names(event: Any, role: str) -> list[str]:
    """The names of an event's actors in one role ("source", "target")."""
    return [a.name for a in event.actors if a.role == role]
