"""How ``warmap serve`` starts: the store's snapshot and index are read in a thread while
the web framework (FastAPI, pydantic, uvicorn: about half a second of imports) is imported.

DuckDB lets go of the GIL while it copies the file and runs the index's scans, so on a
machine with a free core the two overlap; on a busy one they take turns, as before. What
the server answers is the same: the app is made over the snapshot read here
(``create_app(served=...)``), with the options it would have read it with.
``bench/bench_serve_start.py`` times the command.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

from warmap.api.limits import LIMITS_ENV, ServerLimits, uvicorn_options

__all__ = ["serve"]


class _Reading:
    """``load(path, **options)`` run in a thread; ``result()`` waits for it and raises what it raised."""

    def __init__(self, path: str, **options: Any) -> None:
        from warmap.api.served import load  # imported here, not in the thread

        self._out: list[Any] = []
        self._thread = threading.Thread(target=self._run, args=(load, path, options), name="warmap-snapshot", daemon=True)
        self._thread.start()

    def _run(self, load: Any, path: str, options: dict[str, Any]) -> None:
        try:
            self._out.append(load(path, **options))
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, raised there
            self._out.append(exc)

    def result(self) -> Any:
        self._thread.join()
        (out,) = self._out
        if isinstance(out, BaseException):
            raise out
        return out


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          access_log: bool = False, limits: ServerLimits | None = None, review: Any = None) -> None:
    """Run the app with uvicorn until interrupted (``warmap serve``), each process held
    to ``limits`` (header size and count, request timeout, connections, page cache).

    With ``workers`` > 1, that many processes share the port, each with its own
    snapshot of the store and in-memory index.
    """
    limits = limits or ServerLimits()
    if workers <= 1:
        started = time.perf_counter()
        print(f"reading {db_path} into memory...", file=sys.stderr, flush=True)
        page_cache_bytes = limits.page_cache_mb * 2**20
        reading = _Reading(db_path, page_cache_bytes=page_cache_bytes)
        import uvicorn

        from warmap.api.app import create_app, server_options

        # fails here with a clear error if the store cannot be read
        app = create_app(db_path, page_cache_bytes=page_cache_bytes, review=review, served=reading.result())
        index = app.state.served.index
        merged = f"{len(index):,} events merged across reports, " if index is not None else ""
        print(f"{merged}ready in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
        uvicorn.run(app, host=host, port=port, **{**server_options(limits), "access_log": access_log})
        return
    import uvicorn

    from warmap.api.app import DB_ENV, SERVER_OPTIONS
    from warmap.store import open_store

    # Each worker reads the store itself; here only check, once and cheaply, that it can.
    with open_store(db_path, read_only=True) as store:
        reports = store.count_events()
    print(f"{workers} workers each reading {reports:,} stored reports into memory...", file=sys.stderr, flush=True)
    os.environ[DB_ENV] = str(db_path)
    os.environ[LIMITS_ENV] = limits.to_env()  # the workers' protocol and page cache read it
    options = {**SERVER_OPTIONS, **uvicorn_options(limits), "access_log": access_log,
               "http": "warmap.api.protocol:GuardedHttpProtocol"}
    uvicorn.run("warmap.api.app:app_from_env", factory=True, host=host, port=port, workers=workers, **options)
