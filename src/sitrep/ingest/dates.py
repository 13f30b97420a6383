"""Reading publication dates given by users and sources."""

from __future__ import annotations

import datetime as dt

from sitrep.errors import DateError


def parse_published(value: str | None, *, source: str | None = None) -> str | None:
    """Normalise a publication date to ISO (``YYYY-MM-DD`` or a datetime).

    Accepts ISO dates and datetimes as written by users and feeds; anything
    else is an error that names the value, because a wrong reference date
    silently shifts every relative date in the article.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    stamp: dt.datetime | None
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        stamp = _parse_loose(text)
    if stamp is None:
        raise DateError(
            f"cannot read the publication date {text!r}; give it as YYYY-MM-DD "
            "(e.g. --published 2023-02-28)",
            source=source,
        )
    if stamp.time() == dt.time(0, 0) and stamp.tzinfo is None:
        return stamp.date().isoformat()
    return stamp.isoformat()


def _parse_loose(text: str) -> dt.datetime | None:
    """Dates as feeds and HTML metadata write them ("Tue, 28 Feb 2023 06:00:00 GMT")."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    return dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    )


def reference_date(published: str | None) -> dt.date | None:
    """The calendar day relative dates are resolved against."""
    if not published:
        return None
    return dt.date.fromisoformat(published[:10])
