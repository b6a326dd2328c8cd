"""The FastAPI application: JSON API under ``/api``, the map page at ``/``.

This module is the one place that maps errors to HTTP: every error leaves as
``{"error": "..."}`` with a message saying what to fix. It also bounds request
size and sets the security headers (a Content-Security-Policy that allows only
the page's own scripts, since article text shown on the page is untrusted).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from warmap.api.headers import CSP, SECURITY_HEADERS, error_body
from warmap.api.limits import LIMITS_ENV, ServerLimits, uvicorn_options
from warmap.api.protocol import protocol_for
from warmap.api.params import BadRequest, events_query
from warmap.api.served import Served, keep_current, load
from warmap.api.routes import _ERRORS, router
from warmap.api.reviews import ReviewSettings
from warmap.api.reviews import router as review_router
from warmap.errors import StoreError, WarmapError

__all__ = ["create_app", "app_from_env", "serve", "server_options", "CSP", "MAX_QUERY_BYTES", "SERVER_OPTIONS", "ServerLimits"]

MAX_QUERY_BYTES = 4096
#: Seconds after the server starts listening that the word index for ``q=`` is built (in a
#: thread): its CPU (0.4 s at 100,000 events) would otherwise delay the first answers (``bench/bench_serve_start.py``).
WORD_INDEX_AFTER = 1.0
_HEADERS = SECURITY_HEADERS
log = logging.getLogger("uvicorn.error")


def _static_dir() -> Path:
    return Path(str(files("warmap.web"))) / "static"


def _error(status: int, message: str) -> Response:
    return Response(error_body(message), status_code=status, media_type="application/json", headers=_HEADERS)


class _Guard:
    """ASGI middleware in front of everything: answers HEAD as GET without the body,
    refuses over-long query strings, answers repeated event queries from the page cache
    (read-only servers), adds the security headers to every response, and turns any
    error nothing else handled into a JSON 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in _HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message = {**message, "headers": headers}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}  # HEAD: the GET's headers, no body
            await send(message)

        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        try:
            await self._answer(scope, receive, send_with_headers)
        except Exception:
            log.exception("error answering %s %s", scope["method"], scope.get("path"))
            if started:
                raise  # part of a response is out: only closing the connection is left
            msg = "the server failed on this request (the error is in its log): please report it"
            await _error(500, msg)(scope, receive, send_with_headers)

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        if len(scope.get("query_string", b"")) > MAX_QUERY_BYTES:
            msg = f"query string longer than {MAX_QUERY_BYTES} bytes: narrow the filters"
            await _error(414, msg)(scope, receive, send)
            return
        pages = scope["app"].state.served.pages if "app" in scope else None
        if pages is not None and scope["method"] == "GET" and scope["path"] == "/api/events":
            asked = events_query(scope.get("query_string", b""))
            body = pages.get(asked) if asked is not None else None
            if body is not None:
                await Response(body, media_type="application/json")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _allowed(request: Request) -> str:
    """The methods every route on the request's path answers (Starlette names the first's only)."""
    def answers(method: str) -> bool:
        scope = {**request.scope, "method": method}
        return any(r.matches(scope)[0] is Match.FULL for r in request.app.router.routes)

    # HEAD is any GET route's (_Guard answers it as a GET without the body)
    return ", ".join(m for m in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE") if answers("GET" if m == "HEAD" else m))


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(db_path: str, *, read_only: bool = True, pool_size: int = 4,
               page_cache_bytes: int = 256 * 2**20, reload_seconds: float = 2.0,
               review: ReviewSettings | None = None, served: Served | None = None) -> FastAPI:
    """The warmap HTTP app over the store at ``db_path``.

    Read-only (the default) with a pool, it answers from an in-memory snapshot of the
    store, so ``warmap ingest`` can write to the file meanwhile; every ``reload_seconds``
    (0: never) it looks whether the file changed and, if so, swaps in a new snapshot. It
    keeps up to ``page_cache_bytes`` of event pages it was asked for twice (0: none).
    ``pool_size`` connections are kept open between requests (0: the file is opened for
    each request, with no snapshot, index or cache). ``review``: whether it takes review
    decisions, and with which token (``warmap.api.reviews``; off by default).

    >>> app = create_app(":memory:", read_only=False)
    >>> "/api/events" in app.openapi()["paths"]
    True
    """
    options = dict(read_only=read_only, pool_size=pool_size, page_cache_bytes=page_cache_bytes)
    served = load(db_path, **options) if served is None else served

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        watcher = words = None
        if served.index is not None:
            words = asyncio.get_running_loop().call_later(WORD_INDEX_AFTER, lambda: app.state.served.build_word_index())
        if served.index is not None and reload_seconds > 0:
            watcher = asyncio.create_task(keep_current(app.state, db_path, reload_seconds, **options))
        yield
        if words is not None:
            words.cancel()
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
    app.state.review = review or ReviewSettings()
    app.include_router(router)
    app.include_router(review_router, responses=_ERRORS)  # the errors every route may answer
    static = _static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    @app.exception_handler(BadRequest)
    async def bad_request(_: Request, exc: BadRequest) -> Response:
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> Response:
        return _error(422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        msg = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "no such path: the API lives under /api (see /openapi.json)"
        response = _error(exc.status_code, str(msg))
        response.headers.update(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            response.headers["Allow"] = _allowed(request)
        return response

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> Response:
        return _error(503, str(exc))

    @app.exception_handler(WarmapError)
    async def warmap_error(_: Request, exc: WarmapError) -> Response:
        return _error(500, str(exc))

    app.add_middleware(_Guard)
    return app


DB_ENV = "WARMAP_DB"


def app_from_env() -> FastAPI:
    """The app over the store named by ``$WARMAP_DB``: how each of several worker
    processes builds its own copy (uvicorn starts workers from an import string), with
    the page cache of ``$WARMAP_SERVE_LIMITS``."""
    import os

    db_path = os.environ.get(DB_ENV)
    if not db_path:
        raise StoreError(f"set {DB_ENV} to the store's path (warmap serve does this)")
    return create_app(db_path, page_cache_bytes=ServerLimits.from_env().page_cache_mb * 2**20)


#: How ``warmap serve`` (and ``bench/bench_api.py``) run uvicorn. The standard asyncio loop:
#: under 200 connections uvloop served some connections over and over while others waited
#: seconds. No access log unless asked: with it, 14% fewer requests/s (README, "Measured").
SERVER_OPTIONS: dict[str, Any] = {"loop": "asyncio", "log_level": "info", "access_log": False}


def server_options(limits: ServerLimits) -> dict[str, Any]:
    """``uvicorn.Config`` keywords for a server in this process held to ``limits``: the
    guarded protocol (``warmap.api.limits``) and uvicorn's own settings.

    >>> server_options(ServerLimits(keep_alive=3))["timeout_keep_alive"]
    3
    """
    return {**SERVER_OPTIONS, **uvicorn_options(limits), "http": protocol_for(limits)}
