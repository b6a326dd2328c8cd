"""What one client may cost the server: the limits of ``warmap serve``, declared once.

``warmap.api.protocol.GuardedHttpProtocol`` holds each connection to them:

- the request line and headers together over ``header_bytes``, or more than ``headers``
  header lines: 431 (a few hundred KB at most are read before the refusal);
- a request not received whole within ``request_timeout`` seconds of the connection being
  ready for it: 408, and the connection is closed (a client sending one byte at a time
  included); a response the client does not read for that long: the connection is dropped;
- more than ``connections`` open connections: the new one gets 503 and is closed;
- an idle keep-alive connection is closed after ``keep_alive`` seconds (uvicorn's own).

Every refusal is the JSON error body with the security headers (``warmap.api.headers``).
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ServerLimits", "uvicorn_options", "LIMITS_ENV"]

LIMITS_ENV = "WARMAP_SERVE_LIMITS"


@dataclass(frozen=True)
class ServerLimits:
    """The limits of ``warmap serve``, each with its flag's help (``warmap serve --help``).

    >>> ServerLimits().header_bytes, ServerLimits.help("header_bytes")
    (65536, 'Most bytes of request line and headers one request may send (more: 431).')
    """

    header_bytes: int = field(default=64 * 1024, metadata={
        "help": "Most bytes of request line and headers one request may send (more: 431)."})
    headers: int = field(default=100, metadata={
        "help": "Most header lines one request may send (more: 431)."})
    request_timeout: float = field(default=10.0, metadata={
        "help": "Seconds a client has to send a whole request, or to take in a response, before its connection is closed."})
    connections: int = field(default=256, metadata={
        "help": "Most open connections per server process (more: 503)."})
    keep_alive: int = field(default=5, metadata={
        "help": "Seconds an idle keep-alive connection stays open."})
    page_cache_mb: int = field(default=256, metadata={
        "help": "Megabytes of repeated event pages each server process keeps (0: none)."})

    @classmethod
    def help(cls, name: str) -> str:
        return next(f.metadata["help"] for f in dataclasses.fields(cls) if f.name == name)

    def to_env(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_env(cls) -> ServerLimits:
        """The limits ``warmap serve`` put in ``$WARMAP_SERVE_LIMITS`` for its worker
        processes, or the defaults."""
        raw = os.environ.get(LIMITS_ENV)
        return cls(**json.loads(raw)) if raw else cls()


def uvicorn_options(limits: ServerLimits) -> dict[str, Any]:
    """uvicorn settings that go with ``limits`` (the protocol itself is passed apart)."""
    return {"timeout_keep_alive": limits.keep_alive}
