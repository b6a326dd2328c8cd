"""An in-memory column index of a read-only store, for answering ``GET /api/events``.

A read-only server sees a store that does not change, so it can hold every event's
filter columns as arrays and its export record (and GeoJSON feature) as ready JSON
bytes. A request is then a few vectorised comparisons and a join of byte strings
(well under a millisecond on 100,000 events) instead of two SQL queries. The filters
mean what the store's ``EventFilter`` means (``warmap.store.duck._where``): substring,
case-insensitive matches for names and sentence words, exact ids and types. A server's
index holds the events merged across reports (``load(merged=True)``), as the export does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

from warmap.api.render import event_page, feature, feature_collection, public_paths
from warmap.export.codec import event_from_dict
from warmap.store import EventFilter, Store, event_row

__all__ = ["EventIndex", "WordIndex"]

_COLUMN_NAMES = ("id", "date_min", "date_max", "lat", "lon", "event_type", "sub_event_type", "actor1_id",
                 "actor1_name", "actor2_id", "actor2_name", "place", "admin1", "place_mention", "sentence", "record")
_WORD = re.compile(r"\w+")


def _codes(values: list[str | None]) -> tuple[np.ndarray, list[str]]:
    """Small-integer codes for a column with few distinct values, and the lowercased values."""
    table: dict[str | None, int] = {}
    # Machine-sized integers: numpy indexes with them directly, without converting per request.
    codes = np.fromiter((table.setdefault(v, len(table)) for v in values), dtype=np.intp, count=len(values))
    names = [""] * len(table)
    for v, i in table.items():
        names[i] = (v or "").lower()
    return codes, names


def _held(key: tuple, mask: np.ndarray) -> int:
    """Memory a cached mask holds: the array (``sys.getsizeof`` counts its buffer), the
    key's text and the dictionary entry."""
    return sys.getsizeof(mask) + len(repr(key)) + 200


def _objects(items: list) -> np.ndarray:
    """A one-dimensional numpy array of Python objects (numpy would make bytes fixed-width)."""
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


@dataclass
class WordIndex:
    """Which sentences hold which words: answers "sentence contains this text" without
    reading every sentence.

    A text with no separators occurs in a sentence exactly when it occurs inside one of
    the sentence's words, so the answer is the union of the postings of every vocabulary
    word containing it; a longer text is narrowed that way word by word, then checked.

    >>> w = WordIndex.build(["isis took the town", "the army retook it"])
    >>> w.containing("took").tolist(), w.containing("the army").tolist(), w.containing("xyz").tolist()
    ([0, 1], [1], [])
    """

    sentences: list[str]
    vocabulary: str  # every distinct word, each followed by "\n"
    word_starts: np.ndarray  # where each word begins in ``vocabulary``
    postings: np.ndarray  # sentence numbers, grouped by word
    posting_starts: np.ndarray  # where each word's group begins in ``postings`` (one extra at the end)

    @classmethod
    def build(cls, sentences: list[str]) -> WordIndex:
        lowered = [s.lower() for s in sentences]
        vocab: dict[str, int] = {}
        word_ids: list[int] = []
        sentence_ids: list[int] = []
        for i, s in enumerate(lowered):
            for w in set(_WORD.findall(s)):
                word_ids.append(vocab.setdefault(w, len(vocab)))
                sentence_ids.append(i)
        words = np.array(word_ids, dtype=np.int32)
        order = np.argsort(words, kind="stable")  # sentence numbers stay ascending within a word
        counts = np.bincount(words, minlength=len(vocab))
        lengths = np.fromiter((len(w) + 1 for w in vocab), dtype=np.int64, count=len(vocab))
        return cls(
            sentences=lowered,
            vocabulary="".join(w + "\n" for w in vocab),
            word_starts=np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64),
            postings=np.array(sentence_ids, dtype=np.int32)[order],
            posting_starts=np.concatenate(([0], np.cumsum(counts))).astype(np.int64),
        )

    def _with_word_containing(self, part: str) -> np.ndarray:
        """A mask of the sentences with a word that contains ``part`` (a run of word characters)."""
        hits = np.array([m.start() for m in re.finditer(re.escape(part), self.vocabulary)], dtype=np.int64)
        mask = np.zeros(len(self.sentences), dtype=bool)
        if not hits.size:
            return mask
        words = np.unique(np.searchsorted(self.word_starts, hits, side="right") - 1)
        starts, stops = self.posting_starts[words], self.posting_starts[words + 1]
        lengths = stops - starts
        # Every position of every matching word's group, without a Python loop over words.
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        mask[self.postings[offsets + np.arange(lengths.sum())]] = True
        return mask

    def containing(self, text: str, within: np.ndarray | None = None) -> np.ndarray:
        """Sentence numbers (ascending) whose text contains ``text``, case-insensitively;
        only among the mask ``within`` when given."""
        needle = text.lower()
        parts = _WORD.findall(needle)
        mask = np.ones(len(self.sentences), dtype=bool) if within is None else within.copy()
        for part in parts:
            mask &= self._with_word_containing(part)
        where = np.flatnonzero(mask)
        if parts == [needle]:
            return where
        keep = np.fromiter((needle in self.sentences[i] for i in where), dtype=bool, count=where.size)
        return where[keep]


#: Reports that ``timeline.merge_events`` could put together with another: the same event
#: type, compatible sub-event types, a day in common (windows are spread over their days, so
#: the join is on equal keys), and the same place name, places within ``max_km``, or no
#: place on either. Every report it merges is among these; the others stay as stored.
_MERGE_CANDIDATES = """
WITH days AS (
  SELECT id, event_type, sub_event_type AS sub, lat, lon, lower(place) AS place, country,
         unnest(generate_series(date_min::TIMESTAMP, date_max::TIMESTAMP, INTERVAL 1 DAY)) AS day
  FROM events)
SELECT DISTINCT a.id FROM days a JOIN days b ON a.event_type = b.event_type AND a.day = b.day AND a.id <> b.id
WHERE (a.sub = b.sub OR [a.sub, b.sub] IN ?)
  AND ((a.lat IS NULL AND b.lat IS NULL)
    OR (a.place = b.place AND a.country = b.country)
    OR (2 * 6371.0 * asin(least(1.0, sqrt(pow(sin(radians(b.lat - a.lat) / 2), 2)
        + cos(radians(a.lat)) * cos(radians(b.lat)) * pow(sin(radians(b.lon - a.lon) / 2), 2)))) <= ?))
"""


def _merged_rows(store: Store, rows: list[tuple], max_km: float = 25.0) -> list[tuple]:
    """The index rows (store columns, then ``date``) with reports of one event merged.

    Only reports that could merge are decoded and merged (a few percent of a large
    store); the rest keep their stored rows. Same result as merging every event."""
    from warmap.timeline import merge_events

    from warmap.timeline.merge import COMPATIBLE_SUBTYPES

    pairs = [list(p) for pair in COMPATIBLE_SUBTYPES for p in (sorted(pair), sorted(pair, reverse=True))]
    candidates = {r[0] for r in store.query(_MERGE_CANDIDATES, [pairs, max_km])}
    out = [r for r in rows if r[0] not in candidates]
    if candidates:
        records = [r[-2] for r in rows if r[0] in candidates]  # the record column
        for e in merge_events((event_from_dict(json.loads(rec)) for rec in records), max_km=max_km):
            row = event_row(e)
            row["sentence"] = "\n".join(s.sentence for s in e.sources)
            out.append(tuple(row[c] for c in (*_COLUMN_NAMES, "date")))
    out.sort(key=lambda r: (r[-1], r[0]))  # the store's order: date, then id
    return out


@dataclass
class EventIndex:
    """Every event's filter columns, in the store's order (date, then id)."""

    ids: list[str]
    records: np.ndarray  # bytes objects: numpy gathers a page of them without a Python loop
    features: np.ndarray  # bytes objects, None for events with no place
    located: np.ndarray
    date_min: np.ndarray
    date_max: np.ndarray
    date: np.ndarray  # the day each event is shown on (day numbers, as ``date.toordinal``)
    lat: np.ndarray
    lon: np.ndarray
    words: WordIndex
    columns: dict[str, tuple[np.ndarray, list[str]]]
    type_names: list[str]  # the event type of each ``columns["event_type"]`` code, as stored
    #: Recent name filters' masks: map users ask for the same actors, types and places again
    #: and again. At most ``MASK_CACHE_BYTES`` of masks and their keys are held, least recently
    #: used dropped.
    masks: OrderedDict[tuple, np.ndarray] = field(default_factory=OrderedDict)

    MASK_CACHE_BYTES: ClassVar[int] = 64 * 2**20
    _mask_bytes: int = 0  # held by ``masks``, keys included
    _by_id: dict[str, int] | None = None  # built on the first lookup by id
    _sorted_ids: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, store: Store, *, merged: bool = False) -> EventIndex:
        """The index of the store's events; ``merged``: of the events with the reports of one
        happening from several articles merged into one (``timeline.merge_events``), whose
        supporting sentences are all searched."""
        rows = store.query(f"SELECT {', '.join(_COLUMN_NAMES)}, date FROM events ORDER BY date, id")
        if merged:
            rows = _merged_rows(store, rows)
        shown_days = [r[len(_COLUMN_NAMES)] for r in rows]  # the day an event is shown on
        rows = [r[:len(_COLUMN_NAMES)] for r in rows]
        cols = list(zip(*rows)) if rows else [[] for _ in _COLUMN_NAMES]

        def days(values) -> np.ndarray:
            return np.fromiter((d.toordinal() for d in values), dtype=np.int32, count=len(values))

        def floats(values) -> np.ndarray:
            return np.array([np.nan if v is None else v for v in values], dtype=np.float64)

        names = ("event_type", "sub_event_type", "actor1_id", "actor1_name", "actor2_id",
                 "actor2_name", "place", "admin1", "place_mention")
        columns = {name: _codes(list(cols[5 + i])) for i, name in enumerate(names)}
        type_names = [""] * len(columns["event_type"][1])
        for code, value in zip(columns["event_type"][0].tolist(), cols[5]):
            type_names[code] = value
        records = [public_paths(r).encode() for r in cols[15]]  # no ingesting machine's paths
        features = [feature(*row) for row in zip(cols[0], cols[3], cols[4], records)]
        return cls(
            ids=list(cols[0]),
            records=_objects(records),
            features=_objects(features),
            located=np.array([f is not None for f in features], dtype=bool),
            date_min=days(cols[1]),
            date_max=days(cols[2]),
            date=days(shown_days),
            lat=floats(cols[3]),
            lon=floats(cols[4]),
            words=WordIndex.build([s or "" for s in cols[14]]),
            columns=columns,
            type_names=type_names,
        )

    def __len__(self) -> int:
        return len(self.ids)

    def actor_counts(self) -> dict[str, int]:
        """How many events name each actor id, counting each side (as ``queries.actors_seen``)."""
        out: dict[str, int] = {}
        for side in ("actor1_id", "actor2_id"):
            codes, values = self.columns[side]
            for code, n in enumerate(np.bincount(codes, minlength=len(values)).tolist()):
                if values[code] and n:
                    out[values[code]] = out.get(values[code], 0) + n
        return out

    def record(self, event_id: str) -> bytes | None:
        """One event's record by id, or by a unique prefix of one (as the CLI shows ids)."""
        import bisect

        if self._by_id is None:
            self._by_id = {eid: i for i, eid in enumerate(self.ids)}
            self._sorted_ids = sorted(self.ids)
        i = self._by_id.get(event_id)
        if i is None:
            at = bisect.bisect_left(self._sorted_ids, event_id)
            found = self._sorted_ids[at:at + 2]
            if not found or not found[0].startswith(event_id) or (len(found) > 1 and found[1].startswith(event_id)):
                return None
            i = self._by_id[found[0]]
        return self.records[i]

    def _naming(self, needle: str, *, equal_in: tuple[str, ...] = (), part_of: tuple[str, ...] = ()) -> np.ndarray:
        """A mask of the events whose value in a column of ``equal_in`` equals ``needle``, or in
        a column of ``part_of`` contains it (both case-insensitive). Callers must not change it."""
        n = needle.lower()
        key = (n, equal_in, part_of)
        cached = self.masks.get(key)
        if cached is not None:
            self.masks.move_to_end(key)
            return cached
        mask = np.zeros(len(self), dtype=bool)
        for name, exact in [(c, True) for c in equal_in] + [(c, False) for c in part_of]:
            codes, values = self.columns[name]
            wanted = np.fromiter(((v == n) if exact else (n in v) for v in values), dtype=bool, count=len(values))
            if wanted.any():
                mask |= wanted[codes]
        self.masks[key] = mask
        self._mask_bytes += _held(key, mask)
        while len(self.masks) > 1 and self._mask_bytes > self.MASK_CACHE_BYTES:
            old_key, old = self.masks.popitem(last=False)
            self._mask_bytes -= _held(old_key, old)
        return mask

    def select(self, flt: EventFilter) -> tuple[int, np.ndarray]:
        """(how many events match, the positions of the page's events)."""
        mask = np.ones(len(self), dtype=bool)
        if flt.since:
            mask &= self.date_max >= flt.since.toordinal()
        if flt.until:
            mask &= self.date_min <= flt.until.toordinal()
        if flt.place:
            mask &= self._naming(flt.place, part_of=("place", "admin1", "place_mention"))
        if flt.actor:
            mask &= self._naming(flt.actor, equal_in=("actor1_id", "actor2_id"),
                                 part_of=("actor1_name", "actor2_name"))
        if flt.event_type:
            mask &= self._naming(flt.event_type, equal_in=("event_type", "sub_event_type"))
        if flt.bbox:
            w, s, e, n = flt.bbox
            with np.errstate(invalid="ignore"):
                mask &= (self.lon >= w) & (self.lon <= e) & (self.lat >= s) & (self.lat <= n)
        hits = self.words.containing(flt.text, within=mask) if flt.text else np.flatnonzero(mask)
        stop = None if flt.limit is None else flt.offset + flt.limit
        return int(hits.size), hits[flt.offset:stop]

    def day_counts(self, flt: EventFilter) -> list[tuple[dt.date, str, int]]:
        """(day, event type, events) for every day and type with events matching the filter
        (its page ignored), by the day each event is shown on; for the page's chart.

        A day and type pair is one code, so the grouping is one ``np.unique`` with counts."""
        _, hits = self.select(dataclasses.replace(flt, limit=None, offset=0))
        codes, names = self.columns["event_type"]
        kinds = len(names)
        keys, counts = np.unique(self.date[hits].astype(np.int64) * kinds + codes[hits], return_counts=True)
        return [(dt.date.fromordinal(int(k // kinds)), self.type_names[int(k % kinds)], int(n))
                for k, n in zip(keys.tolist(), counts.tolist())]

    def page_json(self, flt: EventFilter) -> bytes:
        """One page of ``GET /api/events``."""
        total, page = self.select(flt)
        return event_page(self.records[page], total, flt.limit, flt.offset)

    def page_geojson(self, flt: EventFilter) -> bytes:
        """The same page as a GeoJSON FeatureCollection."""
        total, page = self.select(flt)
        return feature_collection(self.features[page[self.located[page]]], total, flt.limit, flt.offset)
