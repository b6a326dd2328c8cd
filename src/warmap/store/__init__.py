"""The store: an embedded DuckDB file (the default), or a PostgreSQL/PostGIS database
for a team (``--db postgresql://...``); ``open_store`` picks by the name.

>>> with open_store(":memory:") as store:
...     store.count_events()
0
"""

from __future__ import annotations

from pathlib import Path

from warmap.store.duck import DEFAULT_DB, EventFilter, Store, default_db_path, event_row
from warmap.store.postgres import PostgresStore, change_stamp, is_postgres_url, redact

__all__ = ["Store", "PostgresStore", "EventFilter", "DEFAULT_DB", "default_db_path", "event_row", "open_store",
           "server_copy", "change_stamp", "is_postgres_url", "redact"]


def open_store(db: str | Path, *, read_only: bool = False) -> Store | PostgresStore:
    """The store ``db`` names: a ``postgresql://`` (or ``postgres://``) URL opens a
    ``PostgresStore``, anything else a DuckDB file (``Store``). Both have the same methods."""
    if isinstance(db, str) and is_postgres_url(db):
        return PostgresStore(db, read_only=read_only)
    return Store(db, read_only=read_only)


def server_copy(db: str | Path) -> Store:
    """What a read-only server answers from: a private copy of a DuckDB file
    (``Store.file_copy``), or of a PostgreSQL store, in memory (``PostgresStore.snapshot``)."""
    if isinstance(db, str) and is_postgres_url(db):
        return PostgresStore.snapshot(db)
    return Store.file_copy(db)
