"""Query parameters as typed values, with messages that say how to fix bad input.

Routes call these so each route stays "parse, call one function, render"; a
``BadRequest`` becomes a 400 JSON error in ``warmap.api.app``.
"""

from __future__ import annotations

import datetime as dt
import math

from warmap.errors import WarmapError
from warmap.store import EventFilter

__all__ = ["BadRequest", "parse_date", "parse_bbox", "event_filter", "events_query", "MAX_LIMIT", "DEFAULT_LIMIT"]

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


#: ``GET /api/events`` parameters whose value is text, with the longest value the route takes.
_TEXT_PARAMS = {"bbox": 100, "since": 10, "until": 10, "type": MAX_TEXT, "actor": MAX_TEXT,
                "place": MAX_TEXT, "q": MAX_TEXT}


def events_query(query_string: bytes) -> tuple[EventFilter, str] | None:
    """The filter and format a ``GET /api/events`` query string asks for, read as the
    route reads it (the last value of a repeated parameter; unknown parameters ignored),
    or None when anything in it is not plainly valid: then the route itself answers,
    with its own error if there is one. What the page cache keys pages on.

    >>> flt, fmt = events_query(b"actor=isis&utm_source=x&limit=5")
    >>> flt.actor, flt.limit, fmt
    ('isis', 5, 'json')
    >>> events_query(b"actor=isis&limit=5") == events_query(b"limit=5&actor=isis&junk=1")
    True
    >>> events_query(b"limit=many") is None
    True
    """
    from starlette.datastructures import QueryParams

    given = QueryParams(query_string)
    values: dict[str, str | None] = {}
    for name, longest in _TEXT_PARAMS.items():
        value = given.get(name)
        if value is not None and len(value) > longest:
            return None
        values[name] = value
    numbers = []
    for name, default, top in (("limit", DEFAULT_LIMIT, MAX_LIMIT), ("offset", 0, 10_000_000)):
        raw = given.get(name)
        if raw is None:
            numbers.append(default)
            continue
        if len(raw) > 8 or not (raw.isascii() and raw.isdigit()) or not (name == "offset" or int(raw) >= 1) or int(raw) > top:
            return None
        numbers.append(int(raw))
    fmt = given.get("format", "json")
    if fmt not in ("json", "geojson"):
        return None
    try:
        flt = event_filter(bbox=values["bbox"], since=values["since"], until=values["until"],
                           event_type=values["type"], actor=values["actor"], place=values["place"],
                           q=values["q"], limit=numbers[0], offset=numbers[1])
    except BadRequest:
        return None
    return flt, fmt
