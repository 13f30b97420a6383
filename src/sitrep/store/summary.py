"""The summary of a merged event, recomputed from all its mentions.

Recomputing from the mentions (rather than updating in place) keeps the
summary a pure function of what is stored: the same mentions give the same
event whatever order they arrived in, after a revision or a crash.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sitrep.resolve.gazetteer.features import FEATURE_RANK
from sitrep.store.merge import COUNT_FIELDS

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
FACTUAL = ("asserted", "reported", "claimed", "historical")


def _report_order(row: dict[str, Any]) -> tuple[str, str]:
    return row["published"] or "", row["id"]


def summarise(event_id: str, mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The event row for these mentions (at least one): best place and date, lowest counts."""
    rows = sorted(mentions, key=_report_order)
    by_place = min(rows, key=lambda r: (r["place"] is None, FEATURE_RANK.get(r["feature"], 9)))
    by_date = min(
        rows,
        key=lambda r: (PRECISION_RANK.get(r["date_precision"] or "", 5), r["date_start"] or "9999"),
    )
    types = Counter(r["type"] for r in rows)
    top_type = max(
        types, key=lambda t: (types[t], -next(i for i, r in enumerate(rows) if r["type"] == t))
    )
    typed = next(r for r in rows if r["type"] == top_type)
    with_actors = sorted(rows, key=lambda r: (r["actor1"] is None, _generic(r["actor1_id"])))[0]
    counts: dict[str, int | None] = {}
    conflicts: dict[str, list[int]] = {}
    for name in COUNT_FIELDS:
        values = sorted({r[name] for r in rows if r[name] is not None})
        counts[name] = values[0] if values else None  # ACLED: the lowest figure reported
        if len(values) > 1:
            conflicts[name] = values
    published = [r["published"] for r in rows if r["published"]]
    return {
        "id": event_id,
        "family": typed["family"],
        "type": top_type,
        "mode": typed["mode"],
        "acled_event_type": typed["acled_event_type"],
        "acled_sub_event_type": typed["acled_sub_event_type"],
        "date": by_date["date"],
        "date_start": by_date["date_start"],
        "date_end": by_date["date_end"],
        "date_precision": by_date["date_precision"],
        "actor1": with_actors["actor1"],
        "actor1_id": with_actors["actor1_id"],
        "actor2": with_actors["actor2"],
        "actor2_id": with_actors["actor2_id"],
        **{
            key: by_place[key]
            for key in (
                "place",
                "geonameid",
                "feature",
                "country",
                "admin1",
                "admin2",
                "lat",
                "lon",
            )
        },
        **counts,
        "conflicts": json.dumps(conflicts, sort_keys=True) if conflicts else None,
        "modality": next(
            (r["modality"] for r in rows if r["modality"] in FACTUAL), rows[0]["modality"]
        ),
        "confidence": max(r["confidence"] or 0.0 for r in rows),
        "num_mentions": len(rows),
        "num_articles": len({r["document_id"] for r in rows}),
        "num_sources": len({r["outlet"] or r["document_id"] for r in rows}),
        "first_report": min(published) if published else None,
        "last_report": max(published) if published else None,
    }


def _generic(actor_id: str | None) -> bool:
    """Generic actors ("gunmen") rank after named ones when choosing the event's actors."""
    return actor_id is None or actor_id.startswith("actor:")
