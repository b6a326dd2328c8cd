"""The PostgreSQL/PostGIS store: the team store, with the DuckDB store's behaviour.

``--db postgresql://USER@HOST/DBNAME`` (or ``WARMAP_DB``) opens one. The tables are the
DuckDB store's (documents, events, control_claims, relations, meta), with PostGIS
geometry (points, SRID 4326) on ``events``, ``control_claims``, ``places`` (every place
an event or a claim names) and ``control_intervals`` (who held which place when,
recomputed for the places a batch touches), so QGIS opens them as layers as they are.

Several ingests may write at once: a document is known by its content hash
(``doc_id``, the primary key) and by the hash of its raw input (``raw_id``, unique); each
batch is one transaction whose documents go in with ``INSERT ... ON CONFLICT DO
NOTHING RETURNING``, and only the events, claims and relations of the documents that
transaction inserted follow them. A second writer of the same document waits for the
first's commit and then skips it: nothing lost, nothing twice.

The export record of each event, claim and relation is kept as ``json`` (its text as
written), so reading an event back gives exactly what was written, as in DuckDB.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pyarrow as pa

from warmap.errors import StoreError
from warmap.export.codec import claim_from_dict, claim_to_dict, relation_from_dict, relation_to_dict
from warmap.records import Article, ControlClaim, Event, Relation
from warmap.store import schema
from warmap.store.duck import Store, _documents_table, _naming_query, event_row
from warmap.store.schema import SCHEMA_VERSION, warmap_version
from warmap.timeline.control import control_timeline, interval_to_dict, place_key

__all__ = ["PostgresStore", "is_postgres_url", "postgres_schema", "redact"]

_POINT = ("geom geometry(Point, 4326) GENERATED ALWAYS AS (CASE WHEN lon IS NOT NULL AND lat IS NOT NULL "
          "THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED")

#: What ``warmap control PLACE`` looks claims up by (``Store.control_claims_naming``): made
#: with the schema, and by the migration to schema 6 for an older store.
_CLAIM_NAME_INDEXES = """
CREATE INDEX IF NOT EXISTS claims_name ON control_claims (lower(place));
CREATE INDEX IF NOT EXISTS claims_mention ON control_claims (lower(place_mention));
"""

#: What PostgreSQL adds to the DuckDB store's tables (``schema._SCHEMA``, created first):
#: the raw input's hash unique, references to documents, points, places and control intervals.
_POSTGIS = f"""
CREATE UNIQUE INDEX IF NOT EXISTS documents_raw_id ON documents (raw_id);
ALTER TABLE events ADD FOREIGN KEY (doc_id) REFERENCES documents (doc_id),
    ADD COLUMN place_key TEXT, ADD COLUMN {_POINT};
ALTER TABLE control_claims ADD FOREIGN KEY (doc_id) REFERENCES documents (doc_id),
    ADD COLUMN place_key TEXT, ADD COLUMN lat DOUBLE PRECISION, ADD COLUMN lon DOUBLE PRECISION,
    ADD COLUMN {_POINT};
ALTER TABLE relations ADD FOREIGN KEY (doc_id) REFERENCES documents (doc_id);
CREATE TABLE IF NOT EXISTS places (
    place_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    geonames_id BIGINT,
    kind TEXT,
    {_POINT}
);
CREATE TABLE IF NOT EXISTS control_intervals (
    place_key TEXT NOT NULL,
    place TEXT NOT NULL,
    country TEXT,
    actor_id TEXT NOT NULL,
    actor_name TEXT,
    start_date DATE,
    end_date DATE,
    disputed BOOLEAN NOT NULL,
    confidence DOUBLE PRECISION,
    record JSON NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    {_POINT}
);
-- DuckDB numbers rows by itself (rowid), and warmap.review orders decisions by it.
ALTER TABLE reviews ADD COLUMN rowid BIGSERIAL;
CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST (geom);
CREATE INDEX IF NOT EXISTS places_geom ON places USING GIST (geom);
CREATE INDEX IF NOT EXISTS claims_doc ON control_claims (doc_id);
CREATE INDEX IF NOT EXISTS claims_place ON control_claims (place_key);{_CLAIM_NAME_INDEXES}CREATE INDEX IF NOT EXISTS claims_geom ON control_claims USING GIST (geom);
CREATE INDEX IF NOT EXISTS relations_doc ON relations (doc_id);
CREATE INDEX IF NOT EXISTS intervals_place ON control_intervals (place_key);
CREATE INDEX IF NOT EXISTS intervals_geom ON control_intervals USING GIST (geom);
"""


def postgres_schema() -> str:
    """The whole PostgreSQL schema: the DuckDB store's tables in PostgreSQL's words, then
    what PostGIS adds (so a column added to the DuckDB schema is in a new PostgreSQL store too).

    >>> "geometry(Point, 4326)" in postgres_schema() and "DOUBLE PRECISION" in postgres_schema()
    True
    """
    return _in_postgres(schema._SCHEMA) + _POSTGIS


def _in_postgres(ddl: str) -> str:
    """The DuckDB store's DDL in PostgreSQL's words (``DOUBLE`` is ``DOUBLE PRECISION``)."""
    return re.sub(r"\bDOUBLE\b(?! PRECISION)", "DOUBLE PRECISION", ddl)


_WARMAP_TABLES = {"meta", "documents", "events"}
#: The DuckDB store's tables that a snapshot makes again rather than copies.
_DERIVED = {"meta", "merged_events", "merged_members"}
#: Migration steps of the DuckDB store that keep what this store does not (the merged view).
_DUCKDB_ONLY_STEPS = {"_merge_stored"}
#: Tables PostGIS itself puts in a database; they do not make it "another schema".
_POSTGIS_TABLES = {"spatial_ref_sys"}
#: Taken (for the transaction) by whoever creates the schema, so two first ingests do not race.
_SCHEMA_LOCK = 0x7761726D6170  # "warmap"
#: The DuckDB store's order of claims and relations: dates, then the record's text compared
#: byte by byte (DuckDB's way; the "C" collation), never the order writers happened to insert in.
_CLAIM_ORDER = 'date_min, date_max, record::text COLLATE "C"'
#: Tries of a batch that PostgreSQL aborted to break a deadlock or a serialisation conflict.
_RETRIES = 3


def is_postgres_url(db: str) -> bool:
    """Whether ``--db`` names a PostgreSQL database rather than a DuckDB file.

    >>> is_postgres_url("postgresql://analyst@db.example/warmap"), is_postgres_url("warmap.duckdb")
    (True, False)
    """
    return db.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL with its password hidden, for messages.

    >>> redact("postgresql://me:secret@host/db")
    'postgresql://me:***@host/db'
    """
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def change_stamp(url: str) -> tuple:
    """Something that changes when a writer commits to the PostgreSQL store at ``url`` (rows
    written to its tables, as PostgreSQL counts them, and the documents), for a server to
    know when to take a new snapshot; never raises (an unreachable store gives its own stamp)."""
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as con:
            return tuple(con.execute(
                "SELECT (SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables), "
                "(SELECT count(*) FROM documents)").fetchone())
    except psycopg.Error as exc:
        return ("unreadable", type(exc).__name__)


def _no_nul(value: Any) -> Any:
    """PostgreSQL's text holds no NUL character (DuckDB's does): one that got into a raw
    input past the binary check is kept as U+FFFD, so the batch is not lost for it."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def _retryable(exc: BaseException) -> bool:
    """A batch PostgreSQL rolled back for a reason another try can get past."""
    import psycopg

    return isinstance(exc.__cause__, (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _dialect(sql: str) -> str:
    """The DuckDB store's SQL for psycopg: ``?`` as ``%s`` (a literal ``%`` doubled), and
    the lists it unnests (of ids) typed as text arrays.

    >>> _dialect("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?)) AND place ILIKE '%a'")
    "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(%s::text[])) AND place ILIKE '%%a'"
    """
    return sql.replace("%", "%%").replace("unnest(?)", "unnest(?::text[])").replace("?", "%s")


class _Connection:
    """A psycopg connection that takes the DuckDB store's SQL (``_dialect``), gives JSON
    back as its text (as DuckDB does), and turns errors into ``StoreError``."""

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.types.json import set_json_loads

        self.url = url
        try:
            self.raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {redact(url)}: {_one_line(exc)}") from exc
        set_json_loads(lambda text: text if isinstance(text, str) else bytes(text).decode(), context=self.raw)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        import psycopg

        try:
            return self.raw.execute(_dialect(sql), list(params or ()))
        except psycopg.Error as exc:
            raise StoreError(f"store {redact(self.url)}: {_one_line(exc)}") from exc

    def close(self) -> None:
        self.raw.close()


class PostgresStore(Store):
    """A warmap store in a PostgreSQL database with PostGIS: the DuckDB ``Store``'s reading
    methods over a PostgreSQL connection, and its own writing (``ON CONFLICT``, places,
    control intervals).

    ``PostgresStore("postgresql://warmap@localhost/warmap")`` creates the schema (and the
    ``postgis`` extension, which needs a role allowed to create it) in an empty database.
    """

    _con: _Connection  # type: ignore[assignment]
    #: No Arrow streaming of DuckDB's SQL (the export's fast path reads DuckDB's merged view,
    #: which this store does not keep): readers that look for it take the records instead.
    query_batches = None  # type: ignore[assignment]

    def __init__(self, url: str, *, read_only: bool = False) -> None:  # noqa: D107 - the class says it
        self.path, self.read_only = url, read_only
        self._con = _Connection(url)
        try:
            self._prepare()
            if read_only:
                self._con.execute("SET default_transaction_read_only = on")
        except BaseException:
            self._con.close()
            raise

    @classmethod
    def snapshot(cls, path: str | Any) -> Store:
        """A read-only DuckDB copy of the store at the URL ``path``, held in memory, with
        the DuckDB store's merged view made (what a server answers from, as
        ``Store.snapshot`` for a file): read once, so ingests go on meanwhile."""
        import duckdb

        from warmap.store.schema import prepare
        from warmap.timeline.incremental import rebuild_merged

        con = duckdb.connect(":memory:")
        con.execute("SET enable_progress_bar = false")  # a server's terminal is for its log
        try:
            prepare(con, ":memory:")
            with cls(str(path), read_only=True) as pg, pg._con.raw.transaction():
                pg._con.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")  # one moment's store
                for table in (r[0] for r in con.execute(
                        "SELECT table_name FROM information_schema.tables ORDER BY table_name").fetchall()):
                    if table in _DERIVED:
                        continue
                    cols = [r[0] for r in con.execute(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                        "ORDER BY ordinal_position", [table]).fetchall()]
                    rows = pg._con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
                    if not rows:
                        continue
                    data = pa.table({c: pa.array([r[i] for r in rows]) for i, c in enumerate(cols)})
                    con.register("_rows", data)
                    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _rows")
                    con.unregister("_rows")
            rebuild_merged(con)
        except BaseException:
            con.close()
            raise
        return Store._over(con, str(path))

    @classmethod
    def file_copy(cls, path: str | Any) -> Store:
        """What a server answers from; for PostgreSQL, the in-memory copy of ``snapshot``."""
        return cls.snapshot(path)

    def cursor(self) -> PostgresStore:
        """Another connection to the same database, for another thread."""
        return PostgresStore(self.path, read_only=self.read_only)

    # -- schema ----------------------------------------------------------
    def _prepare(self) -> None:
        """Refuse a database of another schema or of another warmap schema; create the
        schema in an empty one (under a lock, so two first writers do not race)."""
        found = self._schema_version()
        if found == SCHEMA_VERSION:
            return
        if found is None and self.read_only:
            raise StoreError(f"no store at {redact(self.path)}: run 'warmap ingest FOLDER' first, or pass --db PATH")
        if found is not None:
            self._migrate(found)
            return
        with self._transaction():
            self._con.execute("SELECT pg_advisory_xact_lock(?)", [_SCHEMA_LOCK])
            if self._schema_version() is not None:
                return  # another writer made it meanwhile
            try:
                self._con.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            except StoreError as exc:
                raise StoreError(
                    f"cannot create the postgis extension in {redact(self.path)} ({exc.__cause__}); install PostGIS "
                    "(Debian: postgresql-15-postgis-3) and run 'CREATE EXTENSION postgis' there as a role allowed to"
                ) from exc
            self._con.raw.execute(postgres_schema())
            self._con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('warmap_version', ?)",
                              [str(SCHEMA_VERSION), warmap_version()])

    def _migrate(self, found: int) -> None:
        """Bring a store of an older schema to this one in one transaction (PostgreSQL's DDL
        is transactional: a failed step leaves the store as it was), with the DuckDB store's
        migration steps in PostgreSQL's words; the steps that keep DuckDB's merged view are
        left out (this store does not keep it)."""
        try:
            with self._transaction():
                self._con.execute("SELECT pg_advisory_xact_lock(?)", [_SCHEMA_LOCK])
                found = self._schema_version() or found  # another process may have migrated it meanwhile
                for version in range(found, SCHEMA_VERSION):
                    for step in schema._MIGRATIONS[version]:
                        if callable(step):
                            if getattr(step, "__name__", "") in _DUCKDB_ONLY_STEPS:
                                continue
                            raise StoreError(f"step {getattr(step, '__name__', step)} of the migration from schema "
                                             f"{version} runs on DuckDB only")
                        self._con.raw.execute(_in_postgres(step))
                self._con.raw.execute(_CLAIM_NAME_INDEXES)
                self._con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
                self._con.execute("UPDATE meta SET value = ? WHERE key = 'warmap_version'", [warmap_version()])
        except StoreError as exc:
            raise StoreError(f"could not migrate store {redact(self.path)} from schema {found} to {SCHEMA_VERSION} "
                             f"({exc}); the store is as it was. Export it (warmap export) and ingest again into an "
                             "empty database") from exc

    def _schema_version(self) -> int | None:
        tables = {r[0] for r in self._con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE'").fetchall()} - _POSTGIS_TABLES
        if not tables:
            return None
        meta: dict[str, str] = {}
        if _WARMAP_TABLES <= tables:
            meta = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        version = meta.get("schema_version", "")
        if not version.isdigit():
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(f"{redact(self.path)} is a PostgreSQL database of another schema (tables {shown}), "
                             "not a warmap store; refusing to write into it. Pass --db an empty database or a warmap store")
        if int(version) > SCHEMA_VERSION:
            writer = meta.get("warmap_version") or f"a newer version (store schema {version})"
            raise StoreError(f"store {redact(self.path)} was written by warmap {writer}; upgrade warmap to open it "
                             f"(this is warmap {warmap_version()}, which reads store schema {SCHEMA_VERSION})")
        return int(version)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: all of it is written, or (on any error) none of it."""
        import psycopg

        try:
            with self._con.raw.transaction():
                yield
        except StoreError:
            raise  # already says which store and why (its cause is the database's error)
        except psycopg.Error as exc:
            raise StoreError(f"could not write to {redact(self.path)}: {_one_line(exc)}") from exc

    # -- writing ---------------------------------------------------------
    def write_batch(
        self,
        articles: Sequence[Article],
        events: Sequence[Event],
        claims: Sequence[ControlClaim] = (),
        relations: Sequence[Relation] = (),
    ) -> int:
        """Add new articles with their events, control claims and relations in one
        transaction; returns the number of documents this call added. Articles already
        stored, by this or another writer (even one committing meanwhile), are left as they are."""
        known = self.known_articles(articles)
        fresh = [a for a in articles if a.doc_id not in known]
        if not fresh:
            return 0
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        docs = _documents_table(fresh, [now] * len(fresh))
        for attempt in range(_RETRIES):
            try:
                with self._transaction():
                    return len(self._insert(docs, events, claims, relations))
            except StoreError as exc:
                if not _retryable(exc) or attempt == _RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def replace_documents(
        self,
        replaced: Sequence[tuple[str, Article]],
        events: Sequence[Event],
        claims: Sequence[ControlClaim] = (),
        relations: Sequence[Relation] = (),
    ) -> list[tuple[str, str]]:
        """As ``Store.replace_documents``, in one transaction; the control intervals of the
        places whose claims go or come are recomputed in it. (The DuckDB store's merged view
        is not kept here: PostgreSQL readers merge as they read.)"""
        new_ids = [a.doc_id for _, a in replaced]
        olds = {old for old, _ in replaced}
        owner = {r[0]: r[0] for r in self._con.execute(
            "SELECT doc_id FROM documents WHERE doc_id = ANY(?)", [new_ids]).fetchall() if r[0] not in olds}
        kept: list[tuple[str, str]] = []
        todo: dict[str, str] = {}  # new doc_id -> the old one it replaces
        articles: list[Article] = []
        for old, a in replaced:
            other = owner.get(a.doc_id)
            if other is not None:
                kept.append((old, f"now cleans to the same text as document {other[:12]}; left as it was"))
                continue
            owner[a.doc_id] = old
            todo[a.doc_id] = old
            articles.append(a)
        if not todo:
            return kept
        old_ids = list(todo.values())
        stamps = dict(self._con.execute(
            "SELECT doc_id, ingested_at FROM documents WHERE doc_id = ANY(?)", [old_ids]).fetchall())
        docs = _documents_table(articles, [stamps.get(todo[a.doc_id]) for a in articles])
        with self._transaction():
            touched = {r[0] for r in self._con.execute(
                "SELECT DISTINCT place_key FROM control_claims WHERE doc_id = ANY(?)", [old_ids]).fetchall()}
            for table in ("events", "control_claims", "relations", "documents"):
                self._con.execute(f"DELETE FROM {table} WHERE doc_id = ANY(?)", [old_ids])
            self._insert(docs, events, claims, relations)
            self._refresh_intervals(touched)  # places whose old claims went
        return kept

    def _insert(self, docs: pa.Table, events: Sequence[Event], claims: Sequence[ControlClaim],
                relations: Sequence[Relation]) -> set[str]:
        """Insert the documents no one stored yet, then the events, claims and relations of
        those (inside a transaction); returns their ``doc_id``."""
        con = self._con.raw
        added: set[str] = set()
        # In doc_id order, so that two writers lock the rows they share in one order.
        rows = sorted(docs.to_pylist(), key=lambda d: d["doc_id"])
        cols = docs.column_names
        insert_doc = (f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))}) "
                      "ON CONFLICT DO NOTHING RETURNING doc_id")
        for row in rows:
            got = con.execute(insert_doc, [_no_nul(row[c]) for c in cols]).fetchone()
            if got is not None:
                added.add(got[0])
        new_events = [e for e in events if e.sources and e.sources[0].doc_id in added]
        new_claims = [c for c in claims if c.source.doc_id in added]
        new_relations = [r for r in relations if r.source.doc_id in added]
        places = {place_key(e.location.place): e.location.place for e in new_events if e.location}
        places.update({place_key(c.place.place): c.place.place for c in new_claims})
        with con.cursor() as cur:
            if places:
                cur.executemany(
                    "INSERT INTO places (place_key, name, country, admin1, lat, lon, geonames_id, kind) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                    [[k, p.name, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.kind]
                     for k, p in sorted(places.items())])
            if new_events:
                erows = [event_row(e) for e in new_events]
                ecols = list(erows[0])
                cur.executemany(
                    f"INSERT INTO events ({', '.join(ecols)}, place_key) VALUES ({', '.join(['%s'] * (len(ecols) + 1))}) "
                    "ON CONFLICT DO NOTHING",
                    [[*r.values(), place_key(e.location.place) if e.location else None]
                     for r, e in zip(erows, new_events)])
            if new_claims:
                cur.executemany(
                    "INSERT INTO control_claims (doc_id, place, actor_id, kind, date_min, date_max, record, "
                    "place_key, place_mention, lat, lon) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    [[c.source.doc_id, c.place.place.name, c.actor.actor.id, c.kind, c.when.date_min,
                      c.when.date_max, json.dumps(claim_to_dict(c)), place_key(c.place.place), c.place.mention,
                      c.place.place.lat, c.place.place.lon] for c in new_claims])
            if new_relations:
                cur.executemany(
                    "INSERT INTO relations (doc_id, actor1_id, actor2_id, kind, date_min, date_max, record) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    [[r.source.doc_id, r.actor1.actor.id, r.actor2.actor.id, r.kind, r.when.date_min,
                      r.when.date_max, json.dumps(relation_to_dict(r))] for r in new_relations])
        self._refresh_intervals({place_key(c.place.place) for c in new_claims})
        return added

    def _refresh_intervals(self, keys: set[str]) -> None:
        """Recompute the control intervals of these places from all their claims (inside a
        transaction). Each place is locked first, in one order, so that two writers touching
        one place take turns and the second sees the first's committed claims."""
        if not keys:
            return
        con, ordered = self._con.raw, sorted(keys)
        for key in ordered:
            con.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [key])
        claims = [claim_from_dict(json.loads(r[0])) for r in con.execute(
            f"SELECT record::text FROM control_claims WHERE place_key = ANY(%s) ORDER BY {_CLAIM_ORDER}",
            [ordered]).fetchall()]
        con.execute("DELETE FROM control_intervals WHERE place_key = ANY(%s)", [ordered])
        rows = [[key, iv.place.name, iv.place.country, iv.actor.id, iv.actor.name, iv.start, iv.end, iv.disputed,
                 iv.confidence, json.dumps(interval_to_dict(iv), ensure_ascii=False), iv.place.lat, iv.place.lon]
                for key, intervals in control_timeline(claims).items() for iv in intervals]
        if rows:
            with con.cursor() as cur:
                cur.executemany(
                    "INSERT INTO control_intervals (place_key, place, country, actor_id, actor_name, start_date, "
                    "end_date, disputed, confidence, record, lat, lon) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)

    # -- reading ---------------------------------------------------------
    def control_claims(self, place: str | None = None) -> list[ControlClaim]:
        """As ``Store.control_claims``, in the same order (ties broken by the record's bytes)."""
        where = " WHERE place ILIKE ?" if place else ""
        return [claim_from_dict(json.loads(r[0])) for r in self._con.execute(
            f"SELECT record::text FROM control_claims{where} ORDER BY {_CLAIM_ORDER}", [place] if place else []).fetchall()]

    def control_claims_naming(self, words: str, names: Sequence[str] = ()) -> list[ControlClaim]:
        """As ``Store.control_claims_naming``: the claims a place query could mean, found in
        the database by their columns (the place's name or key is ``words``, its name one of
        ``names``, or the report named it ``words``; any case)."""
        sql, params = _naming_query(words, names)
        return [claim_from_dict(json.loads(r[0])) for r in self._con.execute(
            f"SELECT record::text FROM ({sql}) AS named ORDER BY {_CLAIM_ORDER}", params).fetchall()]

    def relations(self, actor: str | None = None) -> list[Relation]:
        """As ``Store.relations``, in the same order (ties broken by the record's bytes)."""
        where = " WHERE actor1_id = ? OR actor2_id = ?" if actor else ""
        return [relation_from_dict(json.loads(r[0])) for r in self._con.execute(
            f"SELECT record::text FROM relations{where} ORDER BY {_CLAIM_ORDER}", [actor, actor] if actor else []).fetchall()]

    def events_near(self, lat: float, lon: float, km: float) -> list[str]:
        """Ids of the events within ``km`` of a point (great-circle distance on PostGIS's
        sphere: ``ST_DWithin`` on geography), oldest first."""
        return [r[0] for r in self._con.execute(
            "SELECT id FROM events WHERE ST_DWithin(geom::geography, "
            "ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?, false) ORDER BY date, id",
            [lon, lat, km * 1000.0]).fetchall()]
