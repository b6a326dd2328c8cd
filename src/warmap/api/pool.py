"""A small pool of store connections shared by the HTTP routes.

One DuckDB connection must not serve two threads at the same time. FastAPI runs
plain ``def`` routes in a thread pool, so each request borrows a ``Store`` of its
own and gives it back. Opening a store per request costs a catalogue read; the pool
keeps a handful open (``bench/bench_api.py`` measures both). Over a snapshot (an
in-memory copy, ``Store.snapshot``) the pool hands out cursors on that copy.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from contextlib import contextmanager

from warmap.store import Store, open_store

__all__ = ["StorePool"]


class StorePool:
    """Up to ``size`` open stores on one file; ``size=0`` opens one per request.

    >>> pool = StorePool(":memory:", size=1, read_only=False)
    >>> with pool.store() as s:
    ...     s.count_events()
    0
    """

    def __init__(self, path: str, *, size: int = 4, read_only: bool = True, snapshot: Store | None = None) -> None:
        self.path = path
        self.size = size
        self.read_only = read_only
        self.snapshot = snapshot
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        if size:
            # Fail at start-up, with the store's own message, not on the first request.
            self._idle.put(self._open())

    def _open(self) -> Store:
        if self.snapshot is not None:
            return self.snapshot.cursor()
        return open_store(self.path, read_only=self.read_only)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """Borrow a store for one request."""
        if not self.size:
            with self._open() as s:
                yield s
            return
        try:
            s = self._idle.get_nowait()
        except queue.Empty:
            s = self._open()
        try:
            yield s
        finally:
            if self._idle.qsize() < self.size:
                self._idle.put(s)
            else:
                s.close()

    def close(self) -> None:
        """Close every idle store (at server shutdown); a snapshot's copy goes with the
        last handle on it."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
