"""Named read queries the API needs that the Store does not offer itself.

Kept here, parameter-free and read-only, so the routes still call one function each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warmap.store import Store

__all__ = ["ActorCount", "Summary", "actors_seen", "summary"]


@dataclass(frozen=True)
class ActorCount:
    """An actor id seen in the store and how many events name it (as either side)."""

    id: str
    name: str
    type: str | None
    events: int


@dataclass(frozen=True)
class Summary:
    """What the map needs to set up its slider: the span of event dates and the sizes."""

    first: dt.date | None
    last: dt.date | None
    events: int
    documents: int
    event_types: tuple[str, ...]


#: The type is read from one record per actor (its first), not from every record: parsing
#: 200,000 records' JSON took over a second at 100,000 events, the rest ~30 ms.
_ACTORS = """
WITH sides AS (
    SELECT actor1_id AS id, actor1_name AS name, rowid AS row, '$.actor1.type' AS path
    FROM events WHERE actor1_id IS NOT NULL
    UNION ALL
    SELECT actor2_id, actor2_name, rowid, '$.actor2.type'
    FROM events WHERE actor2_id IS NOT NULL
), counted AS (
    SELECT id, any_value(name) AS name, arg_min(path, row) AS path, min(row) AS row, count(*) AS n
    FROM sides GROUP BY id
)
SELECT c.id, c.name, json_extract_string(e.record, c.path), c.n
FROM counted c JOIN events e ON e.rowid = c.row ORDER BY c.n DESC, c.id
"""


def actors_seen(store: Store) -> list[ActorCount]:
    """Every actor named by a stored event, most frequent first."""
    return [ActorCount(r[0], r[1] or r[0], r[2], r[3]) for r in store.query(_ACTORS)]


def summary(store: Store) -> Summary:
    """First and last event day, counts, and the event types present."""
    first, last, n = store.query("SELECT min(date), max(date), count(*) FROM events")[0]
    docs = store.query("SELECT count(*) FROM documents")[0][0]
    types = tuple(r[0] for r in store.query("SELECT DISTINCT event_type FROM events ORDER BY 1"))
    return Summary(first, last, n, docs, types)
