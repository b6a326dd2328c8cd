"""Query parameters as typed values, with messages that say how to fix bad input.

Routes call these so each route stays "parse, call one function, render"; a
``BadRequest`` becomes a 400 JSON error in ``warmap.api.app``.
"""

from __future__ import annotations

import datetime as dt
import math

from warmap.errors import WarmapError
from warmap.store import EventFilter

__all__ = ["BadRequest", "parse_date", "parse_bbox", "event_filter", "MAX_LIMIT", "DEFAULT_LIMIT"]

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_TEXT = 200  # longest actor/place/type/q value worth searching for


class BadRequest(WarmapError):
    """A query parameter that could be parsed by type but not used (HTTP 400)."""


def parse_date(value: str | None, name: str) -> dt.date | None:
    """``YYYY-MM-DD`` or None.

    >>> parse_date("2014-06-29", "since")
    datetime.date(2014, 6, 29)
    """
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}={value!r} is not a date: use YYYY-MM-DD, e.g. {name}=2014-06-29") from None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees, or None.

    >>> parse_bbox("35,32,43,38")
    (35.0, 32.0, 43.0, 38.0)
    """
    if value is None or value == "":
        return None
    parts = value.split(",")
    hint = "use bbox=west,south,east,north in degrees, e.g. bbox=35,32,43,38"
    if len(parts) != 4:
        raise BadRequest(f"bbox={value!r} has {len(parts)} numbers, not 4: {hint}")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise BadRequest(f"bbox={value!r} holds something that is not a number: {hint}") from None
    if not all(math.isfinite(x) for x in (w, s, e, n)):
        raise BadRequest(f"bbox={value!r} is not finite: {hint}")
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90):
        raise BadRequest(f"bbox={value!r} is outside -180..180 / -90..90: {hint}")
    if w > e or s > n:
        raise BadRequest(f"bbox={value!r} has west > east or south > north: {hint}")
    return (w, s, e, n)


def _text(value: str | None, name: str) -> str | None:
    if value is None or value.strip() == "":
        return None
    if len(value) > MAX_TEXT:
        raise BadRequest(f"{name} is {len(value)} characters long: keep it under {MAX_TEXT}")
    return value.strip()


def event_filter(
    *,
    bbox: str | None = None,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
    actor: str | None = None,
    place: str | None = None,
    q: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> EventFilter:
    """The store filter for ``GET /api/events``."""
    start, end = parse_date(since, "since"), parse_date(until, "until")
    if start and end and start > end:
        raise BadRequest(f"since={start} is after until={end}: swap them")
    return EventFilter(
        since=start,
        until=end,
        place=_text(place, "place"),
        actor=_text(actor, "actor"),
        event_type=_text(event_type, "type"),
        text=_text(q, "q"),
        bbox=parse_bbox(bbox),
        limit=limit,
        offset=offset,
    )
