"""When and where two mentions of one event may be told: whether their dates and places
agree, and which of two is the more specific to keep.

An article tells one event's date and place at different levels ("on Monday" and "on
16 March", "Soacha" and "Cundinamarca") and a night reaches into the next morning, so two
mentions are one event's when their days overlap (or meet at night) and one place contains
the other; the merged event keeps the finer of the two. Kept apart from the merge rules so
the checks (``coref_compatible``) and the filling (``coref_absorb``) share one reading.
"""

from __future__ import annotations

import datetime as dt


def date_range(timex: object | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date covers, or None where it names no days."""
    if timex is None:
        return None
    first = getattr(timex, "first_day", None)
    last = getattr(timex, "last_day", None)
    if first is None or last is None:
        return None
    return first, last


def dates_compatible(a: object | None, b: object | None) -> bool:
    """Whether two dates can be one event's: unknown, or days that overlap (or meet at night)."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return True
    # a night ("overnight", "last night") reaches into the next morning
    slack = dt.timedelta(days=1)
    return (
        ra[0] <= rb[1] + slack
        and rb[0] <= ra[1] + slack
        and ((ra[0] <= rb[1] and rb[0] <= ra[1]) or _is_night(a) or _is_night(b))
    )


def _is_night(timex: object | None) -> bool:
    value = str(getattr(timex, "value", ""))
    return value.endswith("TNI") or "night" in str(getattr(timex, "text", "")).lower()


def places_compatible(a: object | None, b: object | None) -> bool:
    """Whether two places can be one event's: unknown, the same, or one within the other."""
    if a is None or b is None or a is b:
        return True
    pa = getattr(a, "place", None) or getattr(a, "within", None)
    pb = getattr(b, "place", None) or getattr(b, "within", None)
    if pa is None or pb is None:
        return True
    if getattr(pa, "geonameid", None) == getattr(pb, "geonameid", None):
        return True
    return (
        _contains(pa, pb)
        or _contains(pb, pa)
        or (
            getattr(a, "within", None) is not None
            and getattr(getattr(a, "within", None), "geonameid", None)
            == getattr(pb, "geonameid", None)
        )
        or (
            getattr(b, "within", None) is not None
            and getattr(getattr(b, "within", None), "geonameid", None)
            == getattr(pa, "geonameid", None)
        )
    )


def places_compatible_for_reference(a: object | None, b: object | None) -> bool:
    """Places a back-reference ("the attack", "the explosion") may have and still be the
    event told before: compatible places, or two places of one country. A later sentence
    often names the event's place at another level (the district, a suburb, the department
    capital "12 km from" it) or reads one from a nearby phrase, and "the attack" still names
    the attack just told; a place in another country is another event."""
    if places_compatible(a, b):
        return True
    country_a, country_b = _country_of(a), _country_of(b)
    return country_a is not None and country_a == country_b


def _country_of(place: object | None) -> str | None:
    point = getattr(place, "place", None) or getattr(place, "within", None)
    country = getattr(point, "country", None)
    return country if isinstance(country, str) and country else None


def _contains(outer: object, inner: object) -> bool:
    contains = getattr(outer, "contains", None)
    if callable(contains):
        try:
            return bool(contains(inner))
        except Exception:
            return False
    return False


def more_specific_place(a: object | None, b: object | None) -> object | None:
    """The finer of two places (a town before its province), the first where they tie."""
    if a is None:
        return b
    if b is None:
        return a
    from sitrep.events.trigger_place import PLACE_PREFERENCE

    rank_a = PLACE_PREFERENCE.get(getattr(a, "feature", None) or "country", 5)
    rank_b = PLACE_PREFERENCE.get(getattr(b, "feature", None) or "country", 5)
    return b if rank_b < rank_a else a


def more_specific_date(a: object | None, b: object | None) -> object | None:
    """The finer of two dates (a day before a month), a daytime one before a night."""
    if a is None:
        return b
    if b is None:
        return a
    order = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
    pa = order.get(getattr(a, "precision", "unknown"), 4)
    pb = order.get(getattr(b, "precision", "unknown"), 4)
    if pb < pa or (pb == pa and _is_night(a) and not _is_night(b)):
        return b
    return a
