"""The store's merged view, kept current batch by batch.

``merge_events`` over a whole store costs seconds at 100,000 events; a server, the export
and ``warmap events`` all want its result. The store keeps it instead: ``merged_events``
holds one row per event merged from two or more reports (the events table's columns,
``sentence`` every report's sentence, one a line) and ``merged_members`` which stored
event went into which. An event in no group is its own merged event, so the view is
``MERGED_EVENTS``: the events in no group and the merged rows, by date then id.

When a batch lands, only what it can touch is merged again: two reports can be merged only
when they could be one event (same type, compatible sub-types, a day in common, the same
place name or places within ``MAX_KM``, or both unplaced: ``_COULD_MERGE``). The new
events' component of that relation (found by widening from them until nothing new
comes in; a new event that could merge with none is left out, being its own merged event)
is merged again with ``merge_events`` and its old groups replaced; nothing else changes.
Merging sweeps each such component on its own (a report fits a group only when it could
merge with one of its members), so this is the same as merging the whole store:
``tests/unit/timeline/test_incremental.py`` ingests in batches and in one go and compares.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import duckdb
import pyarrow as pa

from warmap.export.codec import event_from_dict
from warmap.timeline.merge import COMPATIBLE_SUBTYPES, merge_groups

__all__ = ["MERGED_EVENTS", "MAX_KM", "refresh_merged", "rebuild_merged", "removal_seeds", "could_merge_with"]

#: The distance under which two reports under different place names may be one event.
MAX_KM = 25.0

#: The merged events; ``{cols}`` is the columns wanted, ``{where}`` a filter on them (or
#: nothing). Add ``ORDER BY date, id`` for the store's order (sorting costs a copy of the rows).
MERGED_EVENTS = """
SELECT {cols} FROM (
  SELECT e.* FROM events e ANTI JOIN merged_members m ON m.event_id = e.id
  UNION ALL BY NAME
  SELECT * FROM merged_events
) {where}"""

_PAIRS = [list(p) for pair in COMPATIBLE_SUBTYPES for p in (sorted(pair), sorted(pair, reverse=True))]

#: ``a`` and ``b`` could be two reports of one event (what ``merge_events`` can merge).
_COULD_MERGE = """
a.event_type = b.event_type AND a.id <> b.id
AND a.date_min <= b.date_max AND b.date_min <= a.date_max
AND (a.sub_event_type = b.sub_event_type OR [a.sub_event_type, b.sub_event_type] IN $pairs)
AND ((a.lat IS NULL AND b.lat IS NULL)
  OR (lower(a.place) = lower(b.place) AND a.country = b.country)
  OR (2 * 6371.0 * asin(least(1.0, sqrt(pow(sin(radians(b.lat - a.lat) / 2), 2)
      + cos(radians(a.lat)) * cos(radians(b.lat)) * pow(sin(radians(b.lon - a.lon) / 2), 2)))) <= $km))
"""

#: Each event with the weeks its window touches: two windows overlap only if they share a
#: week, so joins are on equal keys (a join on overlapping windows compares every pair of a type).
_WEEKS = """(SELECT *, unnest(range(date_diff('day', DATE '1970-01-05', date_min) // 7,
                                   date_diff('day', DATE '1970-01-05', date_max) // 7 + 1)) AS week
            FROM events {where})"""

_NEIGHBOURS = f"""
SELECT DISTINCT b.id FROM {_WEEKS.format(where="WHERE id IN (SELECT unnest($ids))")} a
JOIN {_WEEKS.format(where="")} b ON a.event_type = b.event_type AND a.week = b.week
WHERE {_COULD_MERGE}"""

#: Every event that could merge with another.
_ALL_CANDIDATES = f"""
SELECT DISTINCT a.id FROM {_WEEKS.format(where="")} a
JOIN {_WEEKS.format(where="")} b ON a.event_type = b.event_type AND a.week = b.week
WHERE {_COULD_MERGE}"""

_COLUMNS = ("id", "doc_id", "event_type", "sub_event_type", "date", "date_min", "date_max", "date_precision",
            "actor1_id", "actor1_name", "actor2_id", "actor2_name", "place", "country", "admin1", "lat", "lon",
            "geo_precision", "fatalities", "confidence", "sentence", "place_mention", "record")


def could_merge_with(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """The stored events that could be one event with one of these."""
    rows = con.execute(_NEIGHBOURS, {"ids": list(ids), "pairs": _PAIRS, "km": MAX_KM}).fetchall()
    return {r[0] for r in rows}


def _linked(con: duckdb.DuckDBPyConnection, seeds: set[str]) -> set[str]:
    """The stored events linked to ``seeds`` by a chain of possible merges, seeds included
    only when they could merge with some event: a seed that could merge with none is its
    own merged event, with no row to write, so reading and merging it again is wasted."""
    found = set(seeds)
    frontier = set(seeds)
    linked: set[str] = set()
    while frontier:
        near = could_merge_with(con, frontier)  # the relation is symmetric: a linked seed turns up here
        linked |= near
        frontier = near - found
        found |= frontier
    return linked


def removal_seeds(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> tuple[set[str], set[str]]:
    """Before these documents' events are deleted: (their event ids, the events whose merges
    they may have been part of). Pass both to ``refresh_merged`` after the delete."""
    gone = {r[0] for r in con.execute("SELECT id FROM events WHERE doc_id IN (SELECT unnest(?))",
                                      [list(doc_ids)]).fetchall()}
    if not gone:
        return gone, set()
    mates = {r[0] for r in con.execute(
        "SELECT event_id FROM merged_members WHERE merged_id IN "
        "(SELECT merged_id FROM merged_members WHERE event_id IN (SELECT unnest(?)))", [list(gone)]).fetchall()}
    return gone, (mates | could_merge_with(con, gone)) - gone


def refresh_merged(con: duckdb.DuckDBPyConnection, added: Iterable[str], removed: Iterable[str] = (),
                   written: Mapping[str, dict[str, Any]] | None = None) -> int:
    """Bring the merged view up to date after events ``added`` (ids now stored) and ``removed``
    (ids deleted; with ``removal_seeds``' second set among ``added``); run it in the
    transaction that wrote them. ``written`` may give the export records just stored for
    some of the added ids, so they are not read back and parsed again. Returns how many
    stored events were merged again."""
    removed = set(removed)
    todo = _linked(con, set(added)) if added else set()
    _replace_groups(con, todo | removed, todo, written or {})
    return len(todo)


def rebuild_merged(con: duckdb.DuckDBPyConnection) -> int:
    """Merge the whole store again (a migrated store, or to check); returns the merged groups."""
    con.execute("DELETE FROM merged_members")
    con.execute("DELETE FROM merged_events")
    candidates = {r[0] for r in con.execute(_ALL_CANDIDATES, {"pairs": _PAIRS, "km": MAX_KM}).fetchall()}
    return _replace_groups(con, set(), candidates)


def _replace_groups(con: duckdb.DuckDBPyConnection, dropped: set[str], ids: set[str],
                    written: Mapping[str, dict[str, Any]] | None = None) -> int:
    """Delete the groups holding any of ``dropped``, then merge ``ids`` and store their groups
    (the events in ``written`` taken from there, the others read from the store)."""
    if dropped:
        old = [r[0] for r in con.execute(
            "SELECT DISTINCT merged_id FROM merged_members WHERE event_id IN (SELECT unnest(?))",
            [list(dropped)]).fetchall()]
        if old:
            con.execute("DELETE FROM merged_members WHERE merged_id IN (SELECT unnest(?))", [old])
            con.execute("DELETE FROM merged_events WHERE id IN (SELECT unnest(?))", [old])
    if not ids:
        return 0
    from warmap.store.duck import _EVENT_COLUMNS, event_row

    written = written or {}
    events = [event_from_dict(written[i]) for i in ids if i in written]
    unread = [i for i in ids if i not in written]
    if unread:
        records = con.execute("SELECT record FROM events WHERE id IN (SELECT unnest(?))", [unread]).fetchall()
        events += [event_from_dict(json.loads(r[0])) for r in records]
    rows, members = [], []
    for e, member_ids in merge_groups(events, max_km=MAX_KM):
        if len(member_ids) < 2:  # its own merged event: the stored row as it is
            continue
        row = event_row(e)
        row["sentence"] = "\n".join(s.sentence for s in e.sources)
        rows.append(row)
        members.extend((m, e.id) for m in member_ids)
    if not rows:
        return 0
    table = pa.table({c: pa.array([r[c] for r in rows], _EVENT_COLUMNS[c]) for c in _COLUMNS})
    links = pa.table({"event_id": [m for m, _ in members], "merged_id": [g for _, g in members]})
    con.register("_merged_rows", table)
    con.register("_merged_links", links)
    try:
        con.execute(f"INSERT INTO merged_events ({', '.join(_COLUMNS)}) SELECT {', '.join(_COLUMNS)} FROM _merged_rows")
        con.execute("INSERT INTO merged_members SELECT event_id, merged_id FROM _merged_links")
    finally:
        con.unregister("_merged_rows")
        con.unregister("_merged_links")
    return len(rows)
