"""sitrep: turn news articles into sourced event data.

``sitrep.extract(text, published="2023-02-28")`` returns a ``Report``. Heavy
resources (the spaCy model, the gazetteer, the knowledge base) load on first
use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Report", "__version__", "extract"]

if TYPE_CHECKING:
    from sitrep.model import Report
    from sitrep.pipeline import extract


def __getattr__(name: str) -> Any:
    if name == "extract":
        from sitrep.pipeline import extract

        return extract
    if name == "Report":
        from sitrep.model import Report

        return Report
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
