"""The store's schema, its version, and opening a file as a warmap store.

A store records its schema version (and the warmap version that wrote it) in the
``meta`` table. Opening a file:

- a missing file is created with the current schema;
- anything that is not a warmap store (a folder, a device, a CSV, a Parquet file, a text
  file, a DuckDB database of another schema) is refused, never written to;
- a store written by a newer warmap is refused ("written by warmap X.Y; upgrade");
- an older store is copied aside (``NAME.schemaN.bak``) and then migrated in one
  transaction, so a failed migration leaves the store as it was, and the copy remains.

>>> import duckdb
>>> con = duckdb.connect()
>>> prepare(con, ":memory:")
>>> con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
True
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import duckdb

from warmap.errors import StoreError

__all__ = ["SCHEMA_VERSION", "open_connection", "prepare", "warmap_version", "version_key", "describe_file"]

#: 1: the first store; 2: events.place_mention; 3: documents keep their raw input
#: (raw, raw_id, raw_options) and the warmap version that analysed them (analysed_by);
#: 4: reviews (analysts' decisions on events, kept through re-ingest; ``warmap.review``);
#: 5: the merged view (merged_events, merged_members; ``warmap.timeline.incremental``);
#: 6: control_claims.place_mention (the report's spelling of the place), so ``warmap control
#: PLACE`` finds a place's claims by their columns without reading every claim's record.
SCHEMA_VERSION = 6

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    published DATE,
    author TEXT,
    outlet TEXT,
    dateline TEXT,
    url TEXT,
    text TEXT NOT NULL,
    ingested_at TIMESTAMP,
    raw_id TEXT,
    raw TEXT,
    raw_options JSON,
    analysed_by TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    date DATE NOT NULL,
    date_min DATE NOT NULL,
    date_max DATE NOT NULL,
    date_precision TEXT NOT NULL,
    actor1_id TEXT,
    actor1_name TEXT,
    actor2_id TEXT,
    actor2_name TEXT,
    place TEXT,
    country TEXT,
    admin1 TEXT,
    lat DOUBLE,
    lon DOUBLE,
    geo_precision INTEGER,
    fatalities INTEGER,
    confidence DOUBLE,
    sentence TEXT,
    place_mention TEXT,
    record JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS control_claims (
    doc_id TEXT NOT NULL,
    place TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    date_min DATE NOT NULL,
    date_max DATE NOT NULL,
    record JSON NOT NULL,
    place_mention TEXT
);
CREATE TABLE IF NOT EXISTS relations (
    doc_id TEXT NOT NULL,
    actor1_id TEXT NOT NULL,
    actor2_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    date_min DATE NOT NULL,
    date_max DATE NOT NULL,
    record JSON NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
"""

#: Analysts' decisions, one row per decision on one report (the latest per review_key holds).
_REVIEWS = """CREATE TABLE IF NOT EXISTS reviews (
    review_key TEXT NOT NULL,
    event_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    reviewed_at TIMESTAMP NOT NULL,
    decision TEXT NOT NULL,
    changes JSON NOT NULL,
    note TEXT,
    record JSON NOT NULL
)"""
_SCHEMA += _REVIEWS + ";\n"

#: Events merged from several reports (the events table's columns; ``sentence`` holds every
#: report's sentence, one a line) and the reports each was merged from: kept current per
#: batch by ``warmap.timeline.incremental``.
_MERGED = (
    "CREATE TABLE IF NOT EXISTS merged_events AS SELECT * FROM events WITH NO DATA",
    "CREATE TABLE IF NOT EXISTS merged_members (event_id TEXT NOT NULL, merged_id TEXT NOT NULL)",
)
_SCHEMA += "".join(sql + ";\n" for sql in _MERGED)


def _merge_stored(con: duckdb.DuckDBPyConnection) -> None:
    from warmap.timeline.incremental import rebuild_merged

    rebuild_merged(con)

#: What takes a store of schema N to N + 1 (run inside the migration's one transaction).
_MIGRATIONS: dict[int, tuple[str | Callable[[duckdb.DuckDBPyConnection], None], ...]] = {
    1: (
        "ALTER TABLE events ADD COLUMN place_mention TEXT",
        "UPDATE events SET place_mention = json_extract_string(record, '$.location.mention')",
    ),
    2: (
        "ALTER TABLE documents ADD COLUMN raw_id TEXT",
        "ALTER TABLE documents ADD COLUMN raw TEXT",
        "ALTER TABLE documents ADD COLUMN raw_options JSON",
        "ALTER TABLE documents ADD COLUMN analysed_by TEXT",
    ),
    3: (_REVIEWS,),
    4: (*_MERGED, _merge_stored),
    5: (  # SQL PostgreSQL reads too; IF NOT EXISTS: a newer store relabelled older keeps its column
        "ALTER TABLE control_claims ADD COLUMN IF NOT EXISTS place_mention TEXT",
        "UPDATE control_claims SET place_mention = record -> 'place' ->> 'mention'",
    ),
}
_WARMAP_TABLES = {"meta", "documents", "events"}
_DUCKDB_MAGIC = b"DUCK"

#: How long to wait for another process's lock on the file (a server taking its snapshot
#: holds one for about a second) before giving up.
LOCK_WAIT_SECONDS = 15.0


@lru_cache(maxsize=1)
def warmap_version() -> str:
    """The installed warmap's version ("0.1.0"), recorded with what it writes."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("warmap")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def version_key(v: str) -> tuple[int, ...]:
    """A version string as numbers to compare: "0.10.1" > "0.9" (letters end a part).

    >>> version_key("0.10.1") > version_key("0.9")
    True
    """
    key = []
    for part in v.split("."):
        digits = ""
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        key.append(int(digits or 0))
        if len(digits) < len(part):
            break
    return tuple(key)


def describe_file(path: Path) -> str | None:
    """What a path is when it is not something warmap may open as a store or write
    over ("a folder", "a Parquet file", ...); None for a DuckDB database file."""
    try:
        st = path.stat()
    except OSError:
        return None
    if stat.S_ISDIR(st.st_mode):
        return "a folder"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a device, FIFO or socket)"
    if st.st_size == 0:
        return "an empty file"
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError as exc:
        raise StoreError(f"cannot read {path} ({exc.strerror or exc}); check its permissions") from exc
    if head[8:12] == _DUCKDB_MAGIC:
        return None
    if head.startswith(b"PAR1"):
        return "a Parquet file"
    if head.startswith(b"SQLite format 3"):
        return "an SQLite database"
    if b"\x00" not in head:
        return "a text file (CSV, JSON or other text)"
    return "not a DuckDB database"


def _refuse(path: str, what: str) -> StoreError:
    return StoreError(
        f"{path} is {what}, not a warmap store; refusing to open it (it would be overwritten). "
        "Pass --db a warmap store, or a new file name to create one"
    )


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:  # locked, corrupt, not a DuckDB file
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise StoreError(f"cannot open store {path}: {exc}") from exc
            time.sleep(0.2)


def open_connection(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the warmap store at ``path``, checked and brought to the current
    schema (an older store is backed up and migrated, even when opened to read)."""
    if path == ":memory:":
        con = duckdb.connect(path)
        prepare(con, path)
        return con
    p = Path(path)
    if p.exists() or p.is_symlink():
        what = describe_file(p)
        if what is not None:
            raise _refuse(path, what)
    elif read_only:
        raise StoreError(f"no store at {path}: run 'warmap ingest FOLDER' first, or pass --db PATH")
    con = _connect(path, read_only)
    try:
        found = _schema_version(con, path)
        if found == SCHEMA_VERSION or (found is None and not read_only):
            if found is None:
                prepare(con, path)
            return con
        if found is None:
            raise _refuse(path, "an empty DuckDB database")
    except BaseException:
        con.close()
        raise
    # An older store: migrate it, with a writing connection, after a copy.
    con.close()
    try:
        con = _connect(path, False)
    except StoreError as exc:
        raise StoreError(
            f"store {path} has schema {found}, older than this warmap's {SCHEMA_VERSION}, and migrating it "
            f"needs write access: {exc}"
        ) from exc
    try:
        prepare(con, path, backup=_backup)
    finally:
        con.close()
    return _connect(path, read_only)


def prepare(con: duckdb.DuckDBPyConnection, path: str,
            backup: Callable[[duckdb.DuckDBPyConnection, str, int], None] | None = None) -> None:
    """Check that ``con`` holds a warmap store of a schema this warmap reads, create the
    schema in an empty database, and migrate an older one in one transaction (after
    ``backup(con, path, old_version)`` when given)."""
    found = _schema_version(con, path)
    if found == SCHEMA_VERSION:
        return
    if found is None:
        con.execute(_SCHEMA)
        _stamp(con)
        return
    if backup is not None:
        backup(con, path, found)
    try:
        con.execute("BEGIN TRANSACTION")
        for version in range(found, SCHEMA_VERSION):
            for step in _MIGRATIONS[version]:
                step(con) if callable(step) else con.execute(step)
        _stamp(con)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(
            f"could not migrate store {path} from schema {found} to {SCHEMA_VERSION}: {exc}; "
            "the store is as it was"
        ) from exc


def _stamp(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?), ('warmap_version', ?)",
                [str(SCHEMA_VERSION), warmap_version()])


def _schema_version(con: duckdb.DuckDBPyConnection, path: str) -> int | None:
    """The store's schema version; None for an empty database. Refuses a database of
    another schema and a store newer than this warmap."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()"
    ).fetchall()}
    if not tables:
        return None
    meta: dict[str, str] = {}
    if _WARMAP_TABLES <= tables:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    version = meta.get("schema_version", "")
    if not version.isdigit():
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise _refuse(path, f"a DuckDB database of another schema (tables {shown})")
    if int(version) > SCHEMA_VERSION:
        writer = meta.get("warmap_version") or f"a newer version (store schema {version})"
        raise StoreError(
            f"store {path} was written by warmap {writer}; upgrade warmap to open it "
            f"(this is warmap {warmap_version()}, which reads store schema {SCHEMA_VERSION} and older)"
        )
    return int(version)


def _backup(con: duckdb.DuckDBPyConnection, path: str, version: int) -> None:
    """Copy the store file aside before migrating it: ``NAME.schemaN.bak`` (numbered if taken)."""
    con.execute("CHECKPOINT")  # everything in the file itself, none of it in the WAL
    target = Path(f"{path}.schema{version}.bak")
    n = 1
    while target.exists():
        target = Path(f"{path}.schema{version}.bak{n}")
        n += 1
    try:
        shutil.copy2(path, target)
    except OSError as exc:
        raise StoreError(
            f"store {path} has schema {version}, older than this warmap's {SCHEMA_VERSION}, and "
            f"could not be copied to {target} before migrating it ({exc.strerror or exc}); "
            "free some space or check permissions, then run again"
        ) from exc
    os.utime(target)  # the copy's date says when it was made
