"""The DuckDB store: documents (with the raw input each was cleaned from), events,
their sources and evidence, control claims and relations.

A document is known by the hash of its raw input (``raw_id``) and by the hash of its
cleaned text (``doc_id``, which events cite): the first recognises a file read again after
the cleaning rules changed, the second the same article from another source.

All writes go through ``Store.write_batch`` (ingest) and ``Store.replace_documents``
(``warmap reanalyse``), one transaction per batch, so an interrupted run leaves the
store as it was before that batch. Each event row also keeps its full export record
(JSON), so reading an event back gives exactly what was written. Opening, schema
versions and migrations: ``warmap.store.schema``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warmap.errors import StoreError
from warmap.export.codec import (
    claim_from_dict,
    claim_to_dict,
    event_from_dict,
    event_to_dict,
    relation_from_dict,
    relation_to_dict,
)
from warmap.records import Article, ControlClaim, Event, RawInput, Relation
from warmap.timeline.incremental import refresh_merged, removal_seeds
from warmap.store.schema import describe_file, open_connection, prepare, version_key, warmap_version

__all__ = ["Store", "EventFilter", "DEFAULT_DB", "default_db_path"]

DEFAULT_DB = "warmap.duckdb"


def default_db_path() -> str:
    """``WARMAP_DB`` if set, else ``./warmap.duckdb``."""
    return os.environ.get("WARMAP_DB") or DEFAULT_DB


@dataclass(frozen=True)
class EventFilter:
    """What ``Store.events`` narrows by; every field optional."""

    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    actor: str | None = None
    event_type: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    limit: int | None = None
    offset: int = 0


class Store:
    """A warmap store in one DuckDB file.

    >>> store = Store(":memory:")
    >>> store.count_events()
    0
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = str(path) if path is not None else default_db_path()
        # Refuses what is no warmap store; migrates an older one (see store/schema.py).
        self._con = open_connection(self.path, read_only)

    @classmethod
    def snapshot(cls, path: str | Path) -> Store:
        """A read-only copy of the store at ``path``, held in memory.

        The file is read once and let go, so ``warmap ingest`` can write to it while a
        server answers from the copy. Fails with a ``StoreError`` while a writer holds the
        file (DuckDB lets one process write or several read, not both).
        """
        path = str(path)
        if not Path(path).exists():
            raise StoreError(f"no store at {path}: run 'warmap ingest FOLDER' first, or pass --db PATH")
        if (what := describe_file(Path(path))) is not None:
            raise StoreError(f"{path} is {what}, not a warmap store; pass --db a warmap store")
        con = duckdb.connect(":memory:")
        con.execute("SET enable_progress_bar = false")  # a server's terminal is for its log
        try:
            con.execute("ATTACH ? AS source (READ_ONLY)", [path])
            con.execute("COPY FROM DATABASE source TO memory")
            con.execute("DETACH source")
            prepare(con, path)  # an older store is migrated in the copy, the file left alone
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"cannot read store {path}: {exc}") from exc
        except StoreError:
            con.close()
            raise
        return cls._over(con, path)

    @classmethod
    def file_copy(cls, path: str | Path) -> Store:
        """A read-only copy of the store at ``path`` in a private temporary file, for a server.

        Unlike ``snapshot`` nothing is loaded: the copy is read from disk as queries need
        it, so taking one costs a file copy, and memory stays what the queries hold. The
        file is held (read-only, so no writer can commit) only while it is copied; the copy
        (in a hidden folder beside the store, or the temporary folder when that one cannot
        be written) is unlinked at once and goes when the store is closed. Fails with a ``StoreError``
        while a writer holds the file.
        """
        import shutil
        import tempfile

        path = str(path)
        if not Path(path).exists():
            raise StoreError(f"no store at {path}: run 'warmap ingest FOLDER' first, or pass --db PATH")
        if (what := describe_file(Path(path))) is not None:
            raise StoreError(f"{path} is {what}, not a warmap store; pass --db a warmap store")
        try:  # beside the store, on its disk (a temporary folder may be memory: tmpfs)
            folder = Path(tempfile.mkdtemp(prefix=".warmap-serve-", dir=Path(path).parent))
        except OSError:  # a folder the server may not write to
            folder = Path(tempfile.mkdtemp(prefix="warmap-serve-"))
        try:
            try:
                held = duckdb.connect(path, read_only=True)  # no writer commits while we copy
            except duckdb.Error as exc:
                raise StoreError(f"cannot read store {path}: {exc}") from exc
            try:
                for suffix in ("", ".wal"):
                    if Path(path + suffix).exists():
                        shutil.copyfile(path + suffix, folder / ("store.duckdb" + suffix))
            finally:
                held.close()
            store = cls(folder / "store.duckdb", read_only=True)  # an older store is migrated in the copy
            store._con.execute("SET enable_progress_bar = false")
            store.path = path
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the open copy lives on until closed
        return store

    @classmethod
    def _over(cls, con: duckdb.DuckDBPyConnection, path: str) -> Store:
        store = cls.__new__(cls)
        store.path, store._con = path, con
        return store

    def cursor(self) -> Store:
        """Another handle on the same database, for another thread (a DuckDB connection
        must not serve two threads at once)."""
        return Store._over(self._con.cursor(), self.path)

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------
    def known_documents(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these content hashes (of cleaned text) the store already holds."""
        ids = list(set(doc_ids))
        if not ids:
            return set()
        rows = self._con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def known_articles(self, articles: Iterable[Article]) -> set[str]:
        """The ``doc_id`` of each of these articles the store already holds: the same raw
        input (even if this warmap cleans it into other text than the one that stored
        it), or the same cleaned text from another source."""
        articles = list(articles)
        by_raw = {raw_id(a): a.doc_id for a in articles if a.raw is not None}
        known = self.known_documents(a.doc_id for a in articles)
        if by_raw:
            rows = self._con.execute(
                "SELECT raw_id FROM documents WHERE raw_id IN (SELECT unnest(?))", [list(by_raw)]
            ).fetchall()
            known |= {by_raw[r[0]] for r in rows}
        return known

    def write_batch(
        self,
        articles: Sequence[Article],
        events: Sequence[Event],
        claims: Sequence[ControlClaim] = (),
        relations: Sequence[Relation] = (),
    ) -> int:
        """Add new articles with their events, control claims and relations in one
        transaction; returns the number of documents added.

        Articles already in the store (same raw input, or same cleaned text) are left as
        they are, with their events, so re-ingesting changes nothing.
        """
        known = self.known_articles(articles)
        fresh: dict[str, Article] = {}
        raws: set[str | None] = set()
        for a in articles:
            key = raw_id(a)
            if a.doc_id not in known and a.doc_id not in fresh and (key is None or key not in raws):
                fresh[a.doc_id] = a
                raws.add(key)
        if not fresh:
            return 0
        new_events = [e for e in events if e.sources and e.sources[0].doc_id in fresh]
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        docs = _documents_table(list(fresh.values()), [now] * len(fresh))
        with self._transaction():
            written = self._insert(docs, new_events,
                                   [c for c in claims if c.source.doc_id in fresh],
                                   [r for r in relations if r.source.doc_id in fresh])
            refresh_merged(self._con, [e.id for e in new_events], written=written)  # the merges this batch touches
        return len(fresh)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: all of it is written, or (on any error) none of it."""
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            yield
            con.execute("COMMIT")
        except BaseException as exc:
            con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"could not write to {self.path}: {exc}") from exc
            raise

    def _insert(self, docs: pa.Table, events: Sequence[Event], claims: Sequence[ControlClaim],
                relations: Sequence[Relation]) -> dict[str, dict[str, Any]]:
        """Insert documents with their events, claims and relations (inside a transaction).

        Returns the inserted events' export records by id, for merging without reading them
        back; an id given twice or already stored is left out, as the insert keeps only one
        of its records."""
        con = self._con
        records = [event_to_dict(e) for e in events]
        rows = [event_row(e, r) for e, r in zip(events, records)]
        ids = [e.id for e in events]
        clash = {i for i, n in Counter(ids).items() if n > 1}
        if ids:
            clash |= {r[0] for r in con.execute("SELECT id FROM events WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
        written = {i: r for i, r in zip(ids, records) if i not in clash}
        cols = list(_EVENT_COLUMNS)
        ev = pa.table({c: pa.array([r[c] for r in rows], _EVENT_COLUMNS[c]) for c in cols})
        try:
            con.register("_docs", docs)
            con.execute(f"INSERT INTO documents ({', '.join(docs.column_names)}) "
                        f"SELECT {', '.join(docs.column_names)} FROM _docs")
            if rows:
                con.register("_events", ev)
                con.execute(
                    f"INSERT OR IGNORE INTO events ({', '.join(cols)}) "
                    f"SELECT {', '.join(cols)} FROM _events"
                )
            # claims and relations as one table each: one statement, not one per row
            _insert_rows(con, "control_claims", _CLAIM_COLUMNS, [
                [c.source.doc_id, c.place.place.name, c.actor.actor.id, c.kind,
                 c.when.date_min, c.when.date_max, json.dumps(claim_to_dict(c)), c.place.mention]
                for c in claims])
            _insert_rows(con, "relations", _RELATION_COLUMNS, [
                [r.source.doc_id, r.actor1.actor.id, r.actor2.actor.id, r.kind,
                 r.when.date_min, r.when.date_max, json.dumps(relation_to_dict(r))] for r in relations])
        finally:
            for name in ("_docs", "_events", "_rows"):
                try:
                    con.unregister(name)
                except duckdb.Error:
                    pass
        return written

    # -- analysing again -------------------------------------------------
    def documents_to_reanalyse(self, since_version: str | None = None) -> list[str]:
        """Ids of the documents to analyse again, in source order: all of them, or with
        ``since_version`` those analysed by an older warmap (or by one not recorded)."""
        rows = self._con.execute("SELECT doc_id, analysed_by FROM documents ORDER BY source, doc_id").fetchall()
        if since_version is None:
            return [r[0] for r in rows]
        floor = version_key(since_version)
        return [r[0] for r in rows if r[1] is None or version_key(r[1]) < floor]

    def stored_articles(self, doc_ids: Sequence[str]) -> list[Article]:
        """The stored articles with these ids, each with the raw input it was cleaned from
        (``raw`` None for documents stored before warmap kept it)."""
        rows = self._con.execute(
            "SELECT doc_id, source, text, title, published, author, outlet, dateline, url, raw, raw_options "
            "FROM documents WHERE doc_id IN (SELECT unnest(?)) ORDER BY source, doc_id", [list(doc_ids)]
        ).fetchall()
        out = []
        for r in rows:
            raw = None
            if r[9] is not None:
                opts = json.loads(r[10] or "{}")
                pub = opts.get("published")
                raw = RawInput(r[9], bool(opts.get("html")), dt.date.fromisoformat(pub) if pub else None,
                               opts.get("title"), opts.get("url"))
            out.append(Article(doc_id=r[0], source=r[1], text=r[2], title=r[3], published=r[4],
                               author=r[5], outlet=r[6], dateline=r[7], url=r[8], raw=raw))
        return out

    def replace_documents(
        self,
        replaced: Sequence[tuple[str, Article]],
        events: Sequence[Event],
        claims: Sequence[ControlClaim] = (),
        relations: Sequence[Relation] = (),
    ) -> list[tuple[str, str]]:
        """Put analysed-again articles in place of the stored ones, in one transaction:
        each ``(old doc_id, article)`` pair's document, events, control claims and relations
        are replaced by the new ones (events, claims and relations are matched to the new
        article by its ``doc_id``). Returns ``(old doc_id, reason)`` for the pairs left as
        they were: an article now cleaned into the same text as another stored document."""
        olds = [old for old, _ in replaced]
        taken = {r[0] for r in self._con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?)) "
            "AND doc_id NOT IN (SELECT unnest(?))", [[a.doc_id for _, a in replaced], olds]).fetchall()}
        kept: list[tuple[str, str]] = []
        todo: dict[str, tuple[str, Article]] = {}
        for old, a in replaced:
            if a.doc_id in taken or a.doc_id in todo:
                other = a.doc_id if a.doc_id in taken else todo[a.doc_id][0]
                kept.append((old, f"now cleans to the same text as document {other[:12]}; left as it was"))
            else:
                todo[a.doc_id] = (old, a)
        if not todo:
            return kept
        old_ids = [old for old, _ in todo.values()]
        stamps = dict(self._con.execute(
            "SELECT doc_id, ingested_at FROM documents WHERE doc_id IN (SELECT unnest(?))", [old_ids]).fetchall())
        docs = _documents_table([a for _, a in todo.values()], [stamps.get(old) for old, _ in todo.values()])
        with self._transaction():
            gone, touched = removal_seeds(self._con, old_ids)  # merges the replaced events were in
            for table in ("events", "control_claims", "relations", "documents"):
                self._con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [old_ids])
            new_events = [e for e in events if e.sources and e.sources[0].doc_id in todo]
            written = self._insert(docs, new_events,
                                   [c for c in claims if c.source.doc_id in todo],
                                   [r for r in relations if r.source.doc_id in todo])
            refresh_merged(self._con, touched | {e.id for e in new_events}, removed=gone, written=written)
        return kept

    # -- reading ---------------------------------------------------------
    def count_events(self) -> int:
        return self._con.execute("SELECT count(*) FROM events").fetchone()[0]

    def count_documents(self) -> int:
        return self._con.execute("SELECT count(*) FROM documents").fetchone()[0]

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        """Events matching the filter, oldest first."""
        return [event_from_dict(json.loads(r[3])) for r in self.event_records(flt or EventFilter())]

    def event_records(self, flt: EventFilter) -> list[tuple[str, float | None, float | None, str]]:
        """(id, lat, lon, export record as JSON text) for the filter's page, oldest first:
        what the HTTP API sends, without decoding and re-encoding every record."""
        where, params = _where(flt)
        # Sort and page on the narrow columns first, then fetch only those records:
        # sorting the JSON column itself is an order of magnitude slower.
        page = f"SELECT id, date FROM events {where} ORDER BY date, id"
        if flt.limit is not None:
            page += " LIMIT ? OFFSET ?"
            params += [flt.limit, flt.offset]
        sql = (f"SELECT e.id, e.lat, e.lon, e.record FROM ({page}) p JOIN events e ON e.id = p.id "
               "ORDER BY p.date, p.id")
        return [tuple(r) for r in self._con.execute(sql, params).fetchall()]  # type: ignore[misc]

    def count_matching(self, flt: EventFilter) -> int:
        where, params = _where(flt)
        return self._con.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0]

    def event(self, event_id: str) -> Event | None:
        """One event by id, or by a unique id prefix (as the CLI shows short ids)."""
        rows = self._con.execute(
            "SELECT record FROM events WHERE id = ? OR starts_with(id, ?) LIMIT 2",
            [event_id, event_id],
        ).fetchall()
        exact = [r for r in rows if json.loads(r[0])["id"] == event_id]
        if exact:
            return event_from_dict(json.loads(exact[0][0]))
        if len(rows) == 1:
            return event_from_dict(json.loads(rows[0][0]))
        return None

    def document(self, doc_id: str) -> Article | None:
        row = self._con.execute(
            "SELECT doc_id, source, text, title, published, author, outlet, dateline, url "
            "FROM documents WHERE doc_id = ? OR starts_with(doc_id, ?) LIMIT 1",
            [doc_id, doc_id],
        ).fetchone()
        if row is None:
            return None
        return Article(
            doc_id=row[0], source=row[1], text=row[2], title=row[3], published=row[4],
            author=row[5], outlet=row[6], dateline=row[7], url=row[8],
        )

    def documents(self) -> list[Article]:
        ids = [r[0] for r in self._con.execute("SELECT doc_id FROM documents ORDER BY source").fetchall()]
        return [d for d in (self.document(i) for i in ids) if d is not None]

    def control_claims(self, place: str | None = None) -> list[ControlClaim]:
        """Every stored control claim, optionally for one place name, oldest first."""
        sql = "SELECT record FROM control_claims"
        params: list[Any] = []
        if place:
            sql += " WHERE place ILIKE ?"
            params.append(place)
        sql += " ORDER BY date_min, date_max, record"  # the record breaks ties: the same order every time
        return [claim_from_dict(json.loads(r[0])) for r in self._con.execute(sql, params).fetchall()]

    def control_claims_naming(self, words: str, names: Sequence[str] = ()) -> list[ControlClaim]:
        """The stored control claims a place query could mean, oldest first, found in the
        database by their columns (only those records are read and decoded): the place's
        name or key is ``words`` ("Tikrit", "Tikrit (IQ)", "Tikrit, IQ"), its name one of
        ``names``, or the report named it ``words``; any case. ``timeline.control.claims_for``
        narrows them as ``control_at`` does."""
        sql, params = _naming_query(words, names)
        return [claim_from_dict(json.loads(r[0])) for r in self._con.execute(
            f"SELECT record FROM ({sql}) AS named ORDER BY date_min, date_max, record", params).fetchall()]

    def relations(self, actor: str | None = None) -> list[Relation]:
        """Every stored relation, optionally those involving one actor id, oldest first."""
        sql = "SELECT record FROM relations"
        params: list[Any] = []
        if actor:
            sql += " WHERE actor1_id = ? OR actor2_id = ?"
            params += [actor, actor]
        sql += " ORDER BY date_min, date_max, record"  # the record breaks ties: the same order every time
        return [relation_from_dict(json.loads(r[0])) for r in self._con.execute(sql, params).fetchall()]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a read query (for named queries elsewhere in the package)."""
        return self._con.execute(sql, list(params)).fetchall()

    def query_batches(self, sql: str, params: Sequence[Any] = (), rows: int = 20_000) -> pa.RecordBatchReader:
        """Run a read query and stream its result as Arrow batches of about ``rows`` rows
        (for readers of many rows: no Python object per value)."""
        return self._con.sql(sql, params=list(params) or None).to_arrow_reader(rows)

    def write(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one writing statement for each of ``rows``, all in one transaction (for
        tables kept by other modules: ``warmap.review``)."""
        with self._transaction():
            for params in rows:
                self._con.execute(sql, list(params))


_EVENT_COLUMNS: dict[str, pa.DataType] = {
    "id": pa.string(),
    "doc_id": pa.string(),
    "event_type": pa.string(),
    "sub_event_type": pa.string(),
    "date": pa.date32(),
    "date_min": pa.date32(),
    "date_max": pa.date32(),
    "date_precision": pa.string(),
    "actor1_id": pa.string(),
    "actor1_name": pa.string(),
    "actor2_id": pa.string(),
    "actor2_name": pa.string(),
    "place": pa.string(),
    "country": pa.string(),
    "admin1": pa.string(),
    "lat": pa.float64(),
    "lon": pa.float64(),
    "geo_precision": pa.int32(),
    "fatalities": pa.int32(),
    "confidence": pa.float64(),
    "sentence": pa.string(),
    "place_mention": pa.string(),
    "record": pa.string(),
}


def event_row(e: Event, record: dict[str, Any] | None = None) -> dict[str, Any]:
    """The events table's columns for one event (also what the API's in-memory index holds);
    ``record`` is its ``event_to_dict``, when the caller has it already."""
    loc = e.location.place if e.location else None
    return {
        "id": e.id,
        "doc_id": e.sources[0].doc_id,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "date": e.when.date,
        "date_min": e.when.date_min,
        "date_max": e.when.date_max,
        "date_precision": e.when.precision,
        "actor1_id": e.actor1.actor.id if e.actor1 else None,
        "actor1_name": e.actor1.actor.name if e.actor1 else None,
        "actor2_id": e.actor2.actor.id if e.actor2 else None,
        "actor2_name": e.actor2.actor.name if e.actor2 else None,
        "place": loc.name if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_precision": e.location.geo_precision if e.location else None,
        "fatalities": e.fatalities,
        "confidence": e.confidence,
        "sentence": e.sources[0].sentence,
        "place_mention": e.location.mention if e.location else None,
        "record": json.dumps(record if record is not None else event_to_dict(e), ensure_ascii=False),
    }


_CLAIM_COLUMNS = (("doc_id", pa.string()), ("place", pa.string()), ("actor_id", pa.string()), ("kind", pa.string()),
                  ("date_min", pa.date32()), ("date_max", pa.date32()), ("record", pa.string()),
                  ("place_mention", pa.string()))
_RELATION_COLUMNS = (("doc_id", pa.string()), ("actor1_id", pa.string()), ("actor2_id", pa.string()),
                     ("kind", pa.string()), ("date_min", pa.date32()), ("date_max", pa.date32()), ("record", pa.string()))


def _naming_query(words: str, names: Sequence[str]) -> tuple[str, list[Any]]:
    """The control claims (record, date_min, date_max) ``control_claims_naming`` fetches, in
    SQL both stores read, and its parameters: those whose place is named ``words``, the name
    in ``words`` given as a key ("Tikrit (IQ)", "Tikrit, IQ": any country, narrowed later), or
    one of ``names``; then those the report named ``words``. Each part tests one column, so
    DuckDB filters as it scans and reads only the matching records; the database lowers both
    sides, so they agree.

    >>> _naming_query(" Tikrit (IQ) ", ["Tikrit"])[1]
    ['Tikrit (IQ)', 'Tikrit', 'Tikrit', 'Tikrit (IQ)', 'Tikrit (IQ)', 'Tikrit', 'Tikrit']
    """
    q = words.strip()
    head = q.rpartition(" (")[0] if q.endswith(")") else q.rpartition(", ")[0]
    place_names = [q, *([head] if head else []), *names]
    is_named = f"lower(place) IN ({', '.join(['lower(?)'] * len(place_names))})"
    cols = "SELECT record, date_min, date_max FROM control_claims WHERE "
    return (f"{cols}{is_named} UNION ALL {cols}lower(place_mention) = lower(?) AND NOT ({is_named})",
            [*place_names, q, *place_names])


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[tuple[str, pa.DataType]],
                 rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values in ``columns`` order) into ``table`` in one statement, through
    an Arrow table registered as ``_rows`` (unregistered after; on an error, by the caller)."""
    if not rows:
        return
    con.register("_rows", pa.table({name: pa.array([r[i] for r in rows], kind) for i, (name, kind) in enumerate(columns)}))
    names = ", ".join(name for name, _kind in columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rows")
    con.unregister("_rows")


def raw_id(article: Article) -> str | None:
    """SHA-256 of the raw input an article was cleaned from (None when not known): how
    the store knows a document whatever this warmap's cleaning makes of it."""
    if article.raw is None:
        return None
    return hashlib.sha256(article.raw.text.encode("utf-8", "surrogatepass")).hexdigest()


def _documents_table(articles: Sequence[Article], ingested: Sequence[dt.datetime | None]) -> pa.Table:
    """The documents table's rows for these articles, as analysed by this warmap."""
    def options(a: Article) -> str | None:
        if a.raw is None:
            return None
        r = a.raw
        return json.dumps({"html": r.html, "published": r.published.isoformat() if r.published else None,
                           "title": r.title, "url": r.url}, ensure_ascii=False)

    return pa.table(
        {
            "doc_id": [a.doc_id for a in articles],
            "source": [a.source for a in articles],
            "title": [a.title for a in articles],
            "published": pa.array([a.published for a in articles], pa.date32()),
            "author": [a.author for a in articles],
            "outlet": [a.outlet for a in articles],
            "dateline": [a.dateline for a in articles],
            "url": [a.url for a in articles],
            "text": [a.text for a in articles],
            "ingested_at": pa.array(list(ingested), pa.timestamp("us")),
            "raw_id": pa.array([raw_id(a) for a in articles], pa.string()),
            "raw": pa.array([a.raw.text if a.raw else None for a in articles], pa.string()),
            "raw_options": pa.array([options(a) for a in articles], pa.string()),
            "analysed_by": [warmap_version()] * len(articles),
        }
    )


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.since:
        clauses.append("date_max >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("date_min <= ?")
        params.append(flt.until)
    if flt.place:
        clauses.append(
            "(place ILIKE ? OR admin1 ILIKE ? OR place_mention ILIKE ?)"
        )
        params += [f"%{flt.place}%"] * 3
    if flt.actor:
        clauses.append(
            "(actor1_id = ? OR actor2_id = ? OR actor1_name ILIKE ? OR actor2_name ILIKE ?)"
        )
        params += [flt.actor, flt.actor, f"%{flt.actor}%", f"%{flt.actor}%"]
    if flt.event_type:
        clauses.append("(event_type = ? OR sub_event_type = ?)")
        params += [flt.event_type, flt.event_type]
    if flt.text:
        clauses.append("sentence ILIKE ?")
        params.append(f"%{flt.text}%")
    if flt.bbox:
        w, s, e, n = flt.bbox
        clauses.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params += [w, e, s, n]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
