"""An in-memory column index of a read-only store, for answering ``GET /api/events``.

A read-only server sees a store that does not change, so it can hold every event's
filter columns as arrays and its export record as ready JSON bytes (in the Arrow buffers
the store's answer came in; a page's GeoJSON features are spliced around them). A request
is then a few vectorised comparisons and a join of byte strings (well under a millisecond
on 100,000 events) instead of two SQL queries. The filters mean what the store's
``EventFilter`` means (``warmap.store.duck._where``): substring, case-insensitive matches
for names and sentence words, exact ids and types. A server's index holds the events
merged across reports (``load(merged=True)``: the store's merged view, kept by
``timeline.incremental``), as the export does, so loading it merges nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from warmap.api.render import event_page, feature, feature_collection, public_paths
from warmap.store import EventFilter, Store

__all__ = ["EventIndex", "WordIndex", "Records"]

_WORD = re.compile(r"\w+")
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def _held(key: tuple, mask: np.ndarray) -> int:
    """Memory a cached mask holds: the array (``sys.getsizeof`` counts its buffer), the
    key's text and the dictionary entry."""
    return sys.getsizeof(mask) + len(repr(key)) + 200


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
        """The index of ``sentences``. Words are runs of the characters ``\\w`` matches, as
        ``_WORD`` finds them, found in all the text at once with numpy (each distinct character
        asked of ``_WORD`` once) and counted by pyarrow: no Python loop over words."""
        lowered = [s.lower() for s in sentences]
        text = "\n".join(lowered)  # "\n" is no word character: no word spans two sentences
        ascii_only = text.isascii()  # then a character is a byte (a common case; a quarter of the memory)
        data = text.encode("ascii") if ascii_only else text.encode("utf-8", "surrogatepass")
        chars = (np.frombuffer(data, dtype=np.uint8) if ascii_only
                 else np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
        del text
        is_word = np.zeros(int(chars.max()) + 1 if chars.size else 1, dtype=bool)
        is_word[chars] = True
        seen = np.flatnonzero(is_word)  # the distinct characters, each then asked once
        is_word[seen] = [_WORD.fullmatch(chr(c)) is not None for c in seen.tolist()]
        edges = np.diff(is_word[chars].view(np.int8), prepend=np.int8(0), append=np.int8(0))
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        del edges
        at = (starts, ends)
        if not ascii_only:  # UTF-8 offsets: each character's bytes before it
            extra = ((chars >= 0x80).view(np.int8) + (chars >= 0x800) + (chars >= 0x10000)).cumsum(dtype=np.int64)
            before = np.concatenate(([0], extra))
            del extra
            at = (starts + before[starts], ends + before[ends])
            del before
        del chars
        # Every word then the gap after it, as one string array; the words are every other one.
        bounds = np.empty(2 * starts.size, dtype=np.int64)
        bounds[0::2], bounds[1::2] = at
        pieces = pa.LargeStringArray.from_buffers(max(bounds.size - 1, 0), pa.py_buffer(bounds if bounds.size else
                                                                                       np.zeros(1, np.int64)),
                                                  pa.py_buffer(data))
        encoded = pieces.take(pa.array(np.arange(0, bounds.size - 1, 2))).dictionary_encode()
        del pieces, bounds, at, ends, data
        vocab = encoded.dictionary.to_pylist()
        first = np.concatenate(([0], np.cumsum([len(s) + 1 for s in lowered], dtype=np.int64)))
        in_sentence = np.searchsorted(first, starts, side="right") - 1
        n = max(len(lowered), 1)
        # Each (word, sentence) once, grouped by word, sentence numbers ascending within a word.
        pairs = np.sort(encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64) * n + in_sentence)
        pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))[:pairs.size]]  # (np.unique: 30x slower)
        counts = np.bincount(pairs // n, minlength=len(vocab))
        lengths = np.fromiter((len(w) + 1 for w in vocab), dtype=np.int64, count=len(vocab))
        return cls(
            sentences=lowered,
            vocabulary="".join(w + "\n" for w in vocab),
            word_starts=np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64),
            postings=(pairs % n).astype(np.int32),
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


#: A record that names a document by an absolute path (or one climbing out with ``..``, or
#: from a home folder): ``public_paths`` cuts it before it is served; the rest are served as stored.
_PRIVATE_PATH = r'"document":\s*"(/|~|[A-Za-z]:|\\\\)|"document":\s*"[^"]*\.\.'


class Records:
    """Every event's export record as served (JSON bytes), by index position, held in the
    Arrow buffers they were read into: no Python object per record.

    >>> import pyarrow as pa
    >>> r = Records.build([pa.array(['{"a": 1}', '{"b": 2}'])], np.array([1, 0]))
    >>> r[0], [bytes(x) for x in r[np.array([0, 1])]]
    (b'{"b": 2}', [b'{"b": 2}', b'{"a": 1}'])
    """

    def __init__(self, chunks: list[memoryview], chunk: np.ndarray, start: np.ndarray, stop: np.ndarray) -> None:
        self._chunks, self._chunk, self._start, self._stop = chunks, chunk, start, stop

    @classmethod
    def build(cls, arrays: list[pa.Array], positions: np.ndarray) -> Records:
        """From string arrays read in any order, and each record's position (concatenated)."""
        n = len(positions)
        chunk, start, stop = (np.zeros(n, dtype=np.int32), np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64))
        chunks: list[memoryview] = []
        at = 0
        for arr in arrays:
            arr = arr.cast(pa.large_string())
            offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset:arr.offset + len(arr) + 1]
            here = positions[at:at + len(arr)]
            chunk[here], start[here], stop[here] = len(chunks), offsets[:-1], offsets[1:]
            chunks.append(memoryview(arr.buffers()[2] or b""))
            at += len(arr)
        return cls(chunks, chunk, start, stop)

    def __len__(self) -> int:
        return len(self._chunk)

    def __getitem__(self, at):
        if isinstance(at, (int, np.integer)):
            return bytes(self._chunks[self._chunk[at]][self._start[at]:self._stop[at]])
        chunks = self._chunks
        return [chunks[c][a:b] for c, a, b in zip(self._chunk[at].tolist(), self._start[at].tolist(),
                                                   self._stop[at].tolist())]


def _codes_of(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """Small-integer codes for a column with few distinct values, and the values (None as "")."""
    encoded = pc.fill_null(column, "").combine_chunks().dictionary_encode()
    values = encoded.dictionary.to_pylist()
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp), values


def _events_sql(merged: bool, cols: str, order: str = " ORDER BY date, id") -> str:
    if merged:
        from warmap.timeline.incremental import MERGED_EVENTS

        return MERGED_EVENTS.format(cols=cols, where="") + order
    return f"SELECT {cols} FROM events {order}"


@dataclass
class EventIndex:
    """Every event's filter columns, in the store's order (date, then id)."""

    ids: list[str]
    heads: np.ndarray  # each located event's GeoJSON feature up to its properties (bytes; None until asked)
    records: Records  # each event's record, as served
    located: np.ndarray
    date_min: np.ndarray
    date_max: np.ndarray
    date: np.ndarray  # the day each event is shown on (day numbers, as ``date.toordinal``)
    lat: np.ndarray
    lon: np.ndarray
    sentences: pa.ChunkedArray  # the supporting sentences (a merged event's, one a line)
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
    _words: WordIndex | None = None  # built on the first search by words
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, store: Store, *, merged: bool = False) -> EventIndex:
        """The index of the store's events; ``merged``: of the events with the reports of one
        happening from several articles merged into one (the store's merged view, kept by
        ``timeline.incremental``), whose supporting sentences are all searched.

        Two scans: the narrow columns in the store's order, then the records in any order
        (sorting them would cost a copy of every record), placed by id."""
        names = ("event_type", "sub_event_type", "actor1_id", "actor1_name", "actor2_id",
                 "actor2_name", "place", "admin1", "place_mention")
        narrow = pa.Table.from_batches(
            list(store.query_batches(_events_sql(merged, f"id, date_min, date_max, date, lat, lon, sentence, "
                                                         f"{', '.join(names)}"))))
        if narrow.num_rows == 0:
            narrow = pa.table({c: pa.array([], pa.string()) for c in narrow.column_names})
        sorted_ids = narrow.column("id").combine_chunks()
        arrays, order = [], []
        for batch in store.query_batches(_events_sql(merged, f"id, record::VARCHAR AS record, "
                                                             f"regexp_matches(record, '{_PRIVATE_PATH}') AS private",
                                                 order="")):
            recs = batch.column(1)
            private = batch.column(2).to_numpy(zero_copy_only=False)
            if private.any():  # no ingesting machine's paths
                texts = recs.to_pylist()
                recs = pa.array([public_paths(t) if p else t for t, p in zip(texts, private.tolist())], pa.string())
            arrays.append(recs)
            order.append(batch.column(0))
        # One lookup for all batches: each call builds its own hash table of the 100,000 ids.
        positions = (pc.index_in(pa.chunked_array(order, pa.string()), value_set=sorted_ids).to_numpy(zero_copy_only=False)
                     .astype(np.int64))

        def days(name: str) -> np.ndarray:
            col = pc.cast(narrow.column(name), pa.date32()).cast(pa.int32()).to_numpy(zero_copy_only=False)
            return (col + _EPOCH_ORDINAL).astype(np.int32)

        def floats(name: str) -> np.ndarray:
            return pc.cast(narrow.column(name), pa.float64()).to_numpy(zero_copy_only=False).astype(np.float64)

        stored = {name: _codes_of(narrow.column(name)) for name in names}
        columns = {name: (codes, [v.lower() for v in values]) for name, (codes, values) in stored.items()}
        lat, lon = floats("lat"), floats("lon")
        ids = sorted_ids.to_pylist()
        return cls(
            ids=ids,
            heads=np.empty(len(ids), dtype=object),
            records=Records.build(arrays, positions),
            located=~(np.isnan(lat) | np.isnan(lon)),
            date_min=days("date_min"),
            date_max=days("date_max"),
            date=days("date"),
            lat=lat,
            lon=lon,
            sentences=pc.fill_null(narrow.column("sentence"), ""),
            columns=columns,
            type_names=stored["event_type"][1],
        )

    @property
    def words(self) -> WordIndex:
        """The word index of the supporting sentences, built on first use (0.4 s of CPU
        at 100,000 events): a server starts without it."""
        with self._lock:
            if self._words is None:
                self._words = WordIndex.build(self.sentences.to_pylist())
            return self._words

    def features(self, at: np.ndarray) -> list[bytes]:
        """The GeoJSON features of the events at these positions (all located):
        ``render.feature``, spliced from each event's head (made on its first page, then
        kept) and its record."""
        heads = self.heads
        for i in at[np.equal(heads[at], None)].tolist():
            heads[i] = feature(self.ids[i], float(self.lat[i]), float(self.lon[i]), b"")[:-1]  # less its "}"
        return [head + record + b"}" for head, record in zip(heads[at].tolist(), self.records[at])]

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
        return self.records[int(i)]

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
        return feature_collection(self.features(page[self.located[page]]), total, flt.limit, flt.offset)
