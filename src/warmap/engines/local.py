"""The ``local`` engine: this process, or a pool of ``jobs`` processes on this machine.

Each pool process loads the models (a few seconds, ~300-450 MB) and ends with the ingest,
even when it is killed outright (``warmap.workers.die_with_parent``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from warmap.engines import EngineError, Mapper

__all__ = ["open_mapper"]


@contextmanager
def open_mapper(*, jobs: int | None = None, address: str | None = None) -> Iterator[Mapper]:
    """``map`` itself for one job; a spawned process pool's ``map`` for more."""
    if address is not None:
        raise EngineError("--address names a cluster, and the local engine has none; use --engine ray with it")
    if (jobs or 1) <= 1:
        yield map
        return
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from warmap.workers import die_with_parent

    # workers end with this process, even when it is killed outright (kill -9)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        yield pool.map
