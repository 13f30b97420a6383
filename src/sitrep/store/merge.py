"""Cross-article merging: when two articles' events are one real event.

The rules are data (``merge_rules.yaml``). The decision is a pure function of
two sets of facts, so it is tested and benchmarked without a database: the
store only fetches candidates (same family, overlapping dates, same country)
and asks ``match_score`` which of them, if any, the new mention belongs to.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from sitrep.errors import KnowledgeError

DEFAULT_RULES_PATH = Path(__file__).with_name("merge_rules.yaml")
COUNT_FIELDS = ("killed", "injured", "arrested", "kidnapped")


class MergeRules(BaseModel):
    """The schema of ``merge_rules.yaml``."""

    model_config = ConfigDict(extra="forbid")

    families: dict[str, list[str]]
    date_tolerance_days: int = 1
    undated_lookback_days: int = 3
    max_window_days: int = 31
    max_distance_km: float = 30.0
    point_features: list[str]
    count_ratio: float = 3.0
    count_margin: int = 5
    mergeable_modalities: list[str]

    def family(self, event_type: str) -> str:
        """The family of a PLOVER type: types that can tell the same happening."""
        for name, types in self.families.items():
            if event_type in types:
                return name
        return event_type.lower()


@lru_cache(maxsize=4)
def _load(path: Path) -> MergeRules:
    try:
        return MergeRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as err:
        raise KnowledgeError(
            f"cannot read the merge rules ({type(err).__name__}: {err}); fix the file or "
            "restore the packaged merge_rules.yaml",
            source=str(path),
        ) from None


def load_merge_rules(path: Path | None = None) -> MergeRules:
    """The merge rules from ``path`` (default: the packaged file), loaded once per process."""
    return _load((path or DEFAULT_RULES_PATH).resolve())


@dataclass(frozen=True)
class EventFacts:
    """What merging compares: of one mention, or the summary of a stored event."""

    family: str
    type: str
    date_start: str | None
    date_end: str | None
    precision: str | None = None
    modality: str | None = "asserted"
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    feature: str | None = None
    lat: float | None = None
    lon: float | None = None
    counts: dict[str, int | None] = field(default_factory=dict)
    linked_actors: frozenset[str] = frozenset()  # "source:iskp", "target:taliban"
    documents: frozenset[str] = frozenset()


def date_window(facts: EventFacts, rules: MergeRules) -> tuple[dt.date, dt.date] | None:
    """The days the event may have happened on, widened by the rules' tolerance."""
    if not facts.date_start:
        return None
    start = dt.date.fromisoformat(facts.date_start[:10])
    end = dt.date.fromisoformat((facts.date_end or facts.date_start)[:10])
    tolerance = dt.timedelta(days=rules.date_tolerance_days)
    lookback = dt.timedelta(days=rules.undated_lookback_days if facts.precision == "unknown" else 0)
    return start - tolerance - lookback, end + tolerance


def _span_days(facts: EventFacts) -> int:
    """How many days the event's own date leaves open (0 for a known day)."""
    if not facts.date_start:
        return 0
    start = dt.date.fromisoformat(facts.date_start[:10])
    return (dt.date.fromisoformat((facts.date_end or facts.date_start)[:10]) - start).days


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _place_score(a: EventFacts, b: EventFacts, rules: MergeRules) -> float | None:
    """How well the places agree (0..1), or None when they cannot be the same place."""
    if a.country and b.country and a.country != b.country:
        return None
    if not (a.country or a.place) or not (b.country or b.place):
        return 0.0  # one article says nowhere: neutral, the other facts decide
    a_point = a.feature in rules.point_features and a.lat is not None and a.lon is not None
    b_point = b.feature in rules.point_features and b.lat is not None and b.lon is not None
    if a_point and b_point:
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        km = distance_km(a.lat, a.lon, b.lat, b.lon)
        if km > rules.max_distance_km:
            return None
        return 1.0 - km / (2 * rules.max_distance_km)
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    if a.place and b.place and a.place.casefold() == b.place.casefold():
        return 1.0
    return 0.3  # one place contains the other (a town in a province, a province in a country)


def _counts_score(a: EventFacts, b: EventFacts, rules: MergeRules) -> float | None:
    """Agreement of the figures: None when they differ too much to be one event."""
    score = 0.0
    for name in COUNT_FIELDS:
        x, y = a.counts.get(name), b.counts.get(name)
        if x is None or y is None:
            continue
        low, high = min(x, y), max(x, y)
        if high - low > rules.count_margin and high > rules.count_ratio * max(low, 1):
            return None
        score += 0.5 if low == high else 0.0
    return score


def _ids(linked: frozenset[str]) -> set[str]:
    return {item.split(":", 1)[-1] for item in linked}


def _perpetrators_clash(a: EventFacts, b: EventFacts) -> bool:
    """Both name knowledge-base perpetrators, and neither's is anywhere in the other's event.

    Roles may be swapped between outlets ("ISKP attacked the Taliban" and
    "Taliban forces killed ISKP fighters"), so a perpetrator found on the
    other side in any role is no clash.
    """
    sources_a = _ids(frozenset(i for i in a.linked_actors if i.startswith("source:")))
    sources_b = _ids(frozenset(i for i in b.linked_actors if i.startswith("source:")))
    if not sources_a or not sources_b:
        return False
    return not (sources_a & _ids(b.linked_actors)) and not (sources_b & _ids(a.linked_actors))


def could_match(mention: EventFacts, event: EventFacts, rules: MergeRules) -> bool:
    """The checks that need only the event's summary row (the store filters candidates by it)."""
    if mention.family != event.family:
        return False
    mergeable = rules.mergeable_modalities
    if mention.modality not in mergeable or event.modality not in mergeable:
        return False
    window_a, window_b = date_window(mention, rules), date_window(event, rules)
    if window_a is None or window_b is None:
        return False
    if window_a[0] > window_b[1] or window_b[0] > window_a[1]:
        return False
    if max(_span_days(mention), _span_days(event)) > rules.max_window_days:
        return False
    place = _place_score(mention, event, rules)
    if place is None or (place == 0.0 and not mention.linked_actors):
        return False  # without a place, only a shared named actor could tie them
    return _counts_score(mention, event, rules) is not None


def match_score(mention: EventFacts, event: EventFacts, rules: MergeRules) -> float | None:
    """How likely ``mention`` tells ``event`` (higher is likelier), or None if it cannot.

    Same family, overlapping dates, same or nearby place, no clash of
    knowledge-base perpetrators and no wildly different figures; never two
    events of one article (the pipeline already merged what one article
    tells twice).
    """
    if not could_match(mention, event, rules) or mention.documents & event.documents:
        return None
    place = _place_score(mention, event, rules)
    counts = _counts_score(mention, event, rules)
    assert place is not None and counts is not None
    shared = _ids(mention.linked_actors) & _ids(event.linked_actors)
    if _perpetrators_clash(mention, event):
        return None
    if place == 0.0 and not shared:
        return None  # neither place nor actors tie them: too weak to merge
    score = 1.0 + place + counts + min(len(shared), 2) * 0.5
    if mention.date_start == event.date_start:
        score += 0.5
    if mention.type == event.type:
        score += 0.25
    return score
