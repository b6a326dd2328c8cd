"""What a server answers from, and how a read-only server keeps it current.

A read-only server answers from a snapshot of the store (a private copy of the file,
read as queries need it, so the file stays free for ``warmap ingest``), an index of its
events with the reports of one happening merged into one event (the store's merged view,
as ``warmap export`` writes them) and a cache of the pages it sent. When the file changes, a new snapshot is taken and swapped in whole:
a request in flight finishes on the one it started with.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

from warmap.api.cache import PageCache
from warmap.api.index import EventIndex
from warmap.api.pool import StorePool
from warmap.errors import StoreError
from warmap.store import change_stamp, is_postgres_url, server_copy

__all__ = ["Served", "file_stamp", "load", "keep_current"]

log = logging.getLogger("uvicorn.error")  # printed with the server's own lines


@dataclass
class Served:
    """The stores, event index and page cache of one snapshot (index and cache: read-only
    servers only)."""

    pool: StorePool
    index: EventIndex | None = None
    pages: PageCache | None = None
    stamp: tuple = ()  # the file's ``file_stamp`` when the snapshot was taken

    def build_word_index(self) -> None:
        """Build the index's word index for ``q=`` searches in a thread, so the first search
        does not wait long (0.4 s of CPU at 100,000 events; a search asked meanwhile
        waits for it). Not at load: it would delay a starting server's first answers."""
        if self.index is not None:
            index = self.index
            threading.Thread(target=lambda: index.words, name="warmap-word-index", daemon=True).start()


def file_stamp(path: str) -> tuple:
    """Size and modification time of the store and its write-ahead log: changes when a
    writer commits (for a PostgreSQL store, its own count of rows written)."""
    if is_postgres_url(path):
        return change_stamp(path)
    out: list[Any] = []
    for p in (path, path + ".wal"):
        try:
            st = os.stat(p)
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [None, None]
    return tuple(out)


def load(path: str, *, read_only: bool = True, pool_size: int = 4, page_cache_bytes: int = 256 * 2**20) -> Served:
    """Open what a server answers from. Read-only with a pool: a snapshot, its index and
    a page cache; otherwise stores opened on the file itself."""
    if not (read_only and pool_size) or path == ":memory:":
        return Served(StorePool(path, size=pool_size, read_only=read_only))
    stamp = file_stamp(path)
    snapshot = server_copy(path)  # a DuckDB file's copy, or a PostgreSQL store's
    try:
        index = EventIndex.load(snapshot, merged=True)
    except BaseException:
        snapshot.close()
        raise
    pages = PageCache(page_cache_bytes) if page_cache_bytes else None
    return Served(StorePool(path, size=pool_size, snapshot=snapshot), index, pages, stamp)


async def keep_current(state: Any, path: str, interval: float, **options: Any) -> None:
    """Every ``interval`` seconds, take a new snapshot if the file changed and put it in
    ``state.served``. While the file cannot be read (a writer holds it, or it was replaced
    for a moment by something that is not a readable store), keep the old one and try
    again at the next tick: nothing read from the file stops the watcher."""
    while True:
        await asyncio.sleep(interval)
        old: Served = state.served
        if file_stamp(path) == old.stamp:
            continue
        try:
            state.served = await run_in_threadpool(load, path, **options)
        except StoreError as exc:
            log.info("store changed but cannot be read yet (%s); serving the previous snapshot", exc)
            continue
        except Exception as exc:  # noqa: BLE001 - whatever an unreadable file raises, keep serving
            log.warning("store changed but reading it failed (%s: %s); serving the previous snapshot, "
                        "trying again in %g s", type(exc).__name__, exc, interval)
            continue
        state.served.build_word_index()
        n = len(state.served.index) if state.served.index is not None else "?"
        log.info("store changed: now serving %s events", n)
        old.pool.close()
