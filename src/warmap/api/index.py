"""An in-memory column index of a read-only store, for answering ``GET /api/events``.

A read-only server sees a store that does not change, so it can hold every event's
filter columns as arrays and its export record as ready JSON text. A request is then a
few vectorised comparisons and a join of strings (about a millisecond on 100,000
events) instead of two SQL queries. The filters mean exactly what the store's
``EventFilter`` means (``warmap.store.duck._where``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from warmap.store import EventFilter, Store

__all__ = ["EventIndex"]

_COLUMNS = ("id, date_min, date_max, lat, lon, event_type, sub_event_type, actor1_id, actor1_name, "
            "actor2_id, actor2_name, place, admin1, place_mention, sentence, record")


def _codes(values: list[str | None]) -> tuple[np.ndarray, list[str]]:
    """Small-integer codes for a column with few distinct values, and the lowercased values."""
    table: dict[str | None, int] = {}
    codes = np.fromiter((table.setdefault(v, len(table)) for v in values), dtype=np.int32, count=len(values))
    names = [""] * len(table)
    for v, i in table.items():
        names[i] = (v or "").lower()
    return codes, names


def _matching(names: list[str], needle: str) -> np.ndarray:
    """Codes whose value contains ``needle`` (case-insensitive, as SQL ILIKE '%needle%')."""
    n = needle.lower()
    return np.array([i for i, v in enumerate(names) if n in v], dtype=np.int32)


@dataclass
class EventIndex:
    """Every event's filter columns, in the store's order (date, then id)."""

    ids: list[str]
    records: list[str]
    date_min: np.ndarray
    date_max: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    sentences: list[str]
    columns: dict[str, tuple[np.ndarray, list[str]]]

    @classmethod
    def load(cls, store: Store) -> EventIndex:
        rows = store.query(f"SELECT {_COLUMNS} FROM events ORDER BY date, id")
        cols = list(zip(*rows)) if rows else [[] for _ in range(16)]

        def days(values) -> np.ndarray:
            return np.fromiter((d.toordinal() for d in values), dtype=np.int32, count=len(values))

        def floats(values) -> np.ndarray:
            return np.array([np.nan if v is None else v for v in values], dtype=np.float64)

        names = ("event_type", "sub_event_type", "actor1_id", "actor1_name", "actor2_id",
                 "actor2_name", "place", "admin1", "place_mention")
        return cls(
            ids=list(cols[0]),
            records=list(cols[15]),
            date_min=days(cols[1]),
            date_max=days(cols[2]),
            lat=floats(cols[3]),
            lon=floats(cols[4]),
            sentences=[(s or "").lower() for s in cols[14]],
            columns={name: _codes(list(cols[5 + i])) for i, name in enumerate(names)},
        )

    def __len__(self) -> int:
        return len(self.ids)

    def _any_of(self, needle: str, *names: str, exact: bool = False) -> np.ndarray:
        mask = np.zeros(len(self), dtype=bool)
        for name in names:
            codes, values = self.columns[name]
            if exact:
                hit = np.array([i for i, v in enumerate(values) if v == needle.lower()], dtype=np.int32)
            else:
                hit = _matching(values, needle)
            if hit.size:
                mask |= np.isin(codes, hit)
        return mask

    def select(self, flt: EventFilter) -> tuple[int, list[tuple[str, float | None, float | None, str]]]:
        """(how many match, the page of (id, lat, lon, record JSON)) for a filter."""
        mask = np.ones(len(self), dtype=bool)
        if flt.since:
            mask &= self.date_max >= flt.since.toordinal()
        if flt.until:
            mask &= self.date_min <= flt.until.toordinal()
        if flt.place:
            mask &= self._any_of(flt.place, "place", "admin1", "place_mention")
        if flt.actor:
            mask &= (self._any_of(flt.actor, "actor1_id", "actor2_id", exact=True)
                     | self._any_of(flt.actor, "actor1_name", "actor2_name"))
        if flt.event_type:
            mask &= self._any_of(flt.event_type, "event_type", "sub_event_type", exact=True)
        if flt.bbox:
            w, s, e, n = flt.bbox
            with np.errstate(invalid="ignore"):
                mask &= (self.lon >= w) & (self.lon <= e) & (self.lat >= s) & (self.lat <= n)
        if flt.text:
            needle = flt.text.lower()
            where = np.flatnonzero(mask)
            keep = np.fromiter((needle in self.sentences[i] for i in where), dtype=bool, count=where.size)
            mask[:] = False
            mask[where[keep]] = True
        hits = np.flatnonzero(mask)
        total = int(hits.size)
        start = flt.offset
        stop = total if flt.limit is None else start + flt.limit
        page = hits[start:stop]
        rows = [
            (self.ids[i], None if np.isnan(self.lat[i]) else float(self.lat[i]),
             None if np.isnan(self.lon[i]) else float(self.lon[i]), self.records[i])
            for i in page
        ]
        return total, rows
