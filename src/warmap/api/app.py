"""The FastAPI application: JSON API under ``/api``, the map page at ``/``.

This module is the one place that maps errors to HTTP: every error leaves as
``{"error": "..."}`` with a message saying what to fix. It also bounds request
size and sets the security headers (a Content-Security-Policy that allows only
the page's own scripts, since article text shown on the page is untrusted).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from warmap.api.cache import page_key
from warmap.api.params import BadRequest
from warmap.api.served import keep_current, load
from warmap.api.routes import router
from warmap.errors import StoreError, WarmapError

__all__ = ["create_app", "app_from_env", "serve", "CSP", "MAX_QUERY_BYTES", "SERVER_OPTIONS"]

MAX_QUERY_BYTES = 4096

#: Scripts, styles, data and images from this server only; no inline script, no frames.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _static_dir() -> Path:
    return Path(str(files("warmap.web"))) / "static"


class _Guard:
    """ASGI middleware: refuse over-long query strings, answer repeated event queries from
    the page cache (read-only servers), and add the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > MAX_QUERY_BYTES:
            msg = f"query string longer than {MAX_QUERY_BYTES} bytes: narrow the filters"
            await JSONResponse({"error": msg}, status_code=414, headers=_HEADERS)(scope, receive, send)
            return
        pages = scope["app"].state.served.pages if "app" in scope else None
        if pages is not None and scope["method"] == "GET":
            body = pages.get(page_key(scope))
            if body is not None:
                await Response(body, media_type="application/json", headers=_HEADERS)(scope, receive, send)
                return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in _HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(db_path: str, *, read_only: bool = True, pool_size: int = 4,
               page_cache_bytes: int = 256 * 2**20, reload_seconds: float = 2.0) -> FastAPI:
    """The warmap HTTP app over the store at ``db_path``.

    Read-only (the default) with a pool, it answers from an in-memory snapshot of the
    store, so ``warmap ingest`` can write to the file meanwhile; every ``reload_seconds``
    (0: never) it looks whether the file changed and, if so, swaps in a new snapshot. It
    keeps up to ``page_cache_bytes`` of event pages it was asked for twice (0: none).
    ``pool_size`` connections are kept open between requests (0: the file is opened for
    each request, with no snapshot, index or cache).

    >>> app = create_app(":memory:", read_only=False)
    >>> "/api/events" in app.openapi()["paths"]
    True
    """
    options = dict(read_only=read_only, pool_size=pool_size, page_cache_bytes=page_cache_bytes)
    served = load(db_path, **options)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        watcher = None
        if served.index is not None and reload_seconds > 0:
            watcher = asyncio.create_task(keep_current(app.state, db_path, reload_seconds, **options))
        yield
        if watcher is not None:
            watcher.cancel()
        app.state.served.pool.close()

    app = FastAPI(
        lifespan=lifespan,
        title="warmap",
        summary="Conflict events (ACLED taxonomy) extracted from news reports, with evidence",
        version="0.1.0",
        docs_url=None,  # the Swagger page loads scripts from a CDN; /openapi.json stays
        redoc_url=None,
    )
    app.state.served = served
    app.include_router(router)
    static = _static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    @app.exception_handler(BadRequest)
    async def bad_request(_: Request, exc: BadRequest) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _validation_message(exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "no such path: the API lives under /api (see /openapi.json)"
        return JSONResponse({"error": str(msg)}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=503)

    @app.exception_handler(WarmapError)
    async def warmap_error(_: Request, exc: WarmapError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=500)

    app.add_middleware(_Guard)
    return app


DB_ENV = "WARMAP_DB"


def app_from_env() -> FastAPI:
    """The app over the store named by ``$WARMAP_DB``: how each of several worker
    processes builds its own copy (uvicorn starts workers from an import string)."""
    import os

    db_path = os.environ.get(DB_ENV)
    if not db_path:
        raise StoreError(f"set {DB_ENV} to the store's path (warmap serve does this)")
    return create_app(db_path)


#: How ``warmap serve`` (and ``bench/bench_api.py``) run uvicorn. The standard asyncio loop:
#: under 200 connections uvloop served some connections over and over while others waited
#: seconds. No access log unless asked: with it, 14% fewer requests/s (README, "Measured").
SERVER_OPTIONS: dict[str, Any] = {"loop": "asyncio", "log_level": "info", "access_log": False}


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          access_log: bool = False) -> None:
    """Run the app with uvicorn until interrupted (``warmap serve``).

    With ``workers`` > 1, that many processes share the port, each with its own
    snapshot of the store and in-memory index.
    """
    import os
    import sys
    import time

    import uvicorn

    options = {**SERVER_OPTIONS, "access_log": access_log}
    if workers <= 1:
        started = time.perf_counter()
        print(f"reading {db_path} into memory...", file=sys.stderr, flush=True)
        app = create_app(db_path)  # fails here with a clear error if the store cannot be read
        index = app.state.served.index
        merged = f"{len(index):,} events merged across reports, " if index is not None else ""
        print(f"{merged}ready in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
        uvicorn.run(app, host=host, port=port, **options)
        return
    # Each worker reads the store itself; here only check, once and cheaply, that it can.
    from warmap.store import Store

    with Store(db_path, read_only=True) as store:
        reports = store.count_events()
    print(f"{workers} workers each reading {reports:,} stored reports into memory...", file=sys.stderr, flush=True)
    os.environ[DB_ENV] = str(db_path)
    uvicorn.run("warmap.api.app:app_from_env", factory=True, host=host, port=port, workers=workers, **options)
