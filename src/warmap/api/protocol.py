"""The connection guard: uvicorn's httptools protocol, holding each client to
``warmap.api.limits.ServerLimits``.

uvicorn with httptools reads request headers of any size into memory, keeps a connection
that never finishes its request open for ever, takes any number of connections, and
waits for ever on a client that does not read its response. This subclass closes each of
those doors (what each limit means: ``warmap.api.limits``); every refusal is the JSON
error body with the security headers (``warmap.api.headers``).

What uvicorn offers itself falls short: ``h11_max_incomplete_event_size`` bounds headers
for the h11 parser only (not httptools) and answers a bare 400; ``limit_concurrency``
answers a plain-text 503, only once a whole request has been read, and counts idle
connections too; ``timeout_keep_alive`` (used, ``--keep-alive``) starts only after a first
response and restarts on every byte received, so it closes neither a connection that never
sends a request nor one that sends it a byte at a time.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from warmap.api.headers import raw_error_response
from warmap.api.limits import ServerLimits

__all__ = ["GuardedHttpProtocol", "protocol_for"]


class GuardedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, holding each connection to ``limits``."""

    limits: ClassVar[ServerLimits | None] = None  # None: from the environment (worker processes)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if type(self).limits is None:
            type(self).limits = ServerLimits.from_env()
        self._limits: ServerLimits = type(self).limits  # type: ignore[assignment]
        self._in_head = True  # reading a request line and headers (not a body)
        self._head_bytes = 0
        self._header_lines = 0
        self._refusal: tuple[int, str] | None = None
        self._refused = False
        self._deadline: asyncio.TimerHandle | None = None
        self._stalled: asyncio.TimerHandle | None = None

    # -- connection life --------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self._limits.connections:
            self._refuse(503, f"the server has {self._limits.connections} connections open: try again shortly")
            return
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        if self._in_head:
            self._head_bytes += len(data)
        super().data_received(data)  # parse: the callbacks below may refuse the request
        if self._refusal is None and self._in_head and self._head_bytes > self._limits.header_bytes:
            self._refusal = (431, f"request line and headers over {self._limits.header_bytes} bytes: send less")
        if self._refusal is not None:
            self._refuse(*self._refusal)

    def send_400_response(self, msg: str) -> None:
        """A request the parser cannot read: uvicorn's own 400 is plain text without the
        security headers; this one is the JSON error like every other."""
        self._refuse(400, "malformed HTTP request: send HTTP/1.1 with a request line and headers")

    # -- parser callbacks -------------------------------------------------------------

    def on_message_begin(self) -> None:
        self._in_head = True
        self._header_lines = 0
        super().on_message_begin()

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_lines += 1
        if self._header_lines > self._limits.headers:
            self._refusal = self._refusal or (431, f"more than {self._limits.headers} header lines: send fewer")
            return
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        if self._refusal is not None:
            return  # the app never sees a refused request
        self._in_head = False
        self._head_bytes = 0
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if self._refusal is None:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if self._refusal is not None:
            return
        self._in_head = True  # what comes next is the next request's head
        self._cancel(self._deadline)
        self._deadline = None
        super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self._arm()  # no request queued behind it: the next one has the same time to arrive

    # -- a client that does not read ------------------------------------------------------

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._stalled is None:
            self._stalled = self.loop.call_later(self._limits.request_timeout, self._drop)

    def resume_writing(self) -> None:
        super().resume_writing()
        self._cancel(self._stalled)
        self._stalled = None

    # -- helpers ------------------------------------------------------------------------

    def _arm(self) -> None:
        self._cancel(self._deadline)
        self._deadline = self.loop.call_later(self._limits.request_timeout, self._timed_out)

    def _timed_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if self._in_head and (self.cycle is None or self.cycle.response_complete):
            self._refuse(408, f"request not received within {self._limits.request_timeout:g} s")
        else:  # a body that stopped coming: a response may be under way, so just close
            self._drop()

    def _drop(self) -> None:
        self._stalled = None
        self._refused = True
        self._cancel_timers()
        if not self.transport.is_closing():
            self.transport.abort()

    def _refuse(self, status: int, message: str) -> None:
        self._refused = True
        self._cancel_timers()
        if not self.transport.is_closing():
            # a 408 is routine (browsers open connections they may never use): not a warning
            level = logging.DEBUG if status == 408 else logging.WARNING
            self.logger.log(level, "refused a request from %s: %s %s", _who(self.client), status, message)
            self.transport.write(raw_error_response(status, message))
            self.transport.close()

    def _cancel_timers(self) -> None:
        for timer in (self._deadline, self._stalled):
            self._cancel(timer)
        self._deadline = self._stalled = None

    @staticmethod
    def _cancel(timer: asyncio.TimerHandle | None) -> None:
        if timer is not None:
            timer.cancel()


def _who(client: tuple[str, int] | None) -> str:
    return f"{client[0]}:{client[1]}" if client else "a client"


def protocol_for(limits: ServerLimits) -> type[GuardedHttpProtocol]:
    """A protocol class bound to ``limits``, for ``uvicorn.Config(http=...)`` in this
    process (worker processes use ``GuardedHttpProtocol`` with ``$WARMAP_SERVE_LIMITS``)."""
    return type("BoundGuardedHttpProtocol", (GuardedHttpProtocol,), {"limits": limits})
