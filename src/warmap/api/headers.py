"""What every response carries, whoever writes it: the security headers and the JSON
error body.

Both the app (``warmap.api.app``) and the connection guard that refuses a request before
the app sees it (``warmap.api.limits``) answer through these, so a 431 from the protocol
and a 404 from a route look the same to a client.
"""

from __future__ import annotations

import http
import json

__all__ = ["CSP", "SECURITY_HEADERS", "error_body", "raw_error_response"]

#: Scripts, styles, data and images from this server only; no inline script, no frames.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def error_body(message: str) -> bytes:
    """The body of every error: ``{"error": "..."}``.

    >>> error_body("no such path")
    b'{"error":"no such path"}'
    """
    return json.dumps({"error": message}, ensure_ascii=False, separators=(",", ":")).encode()


def raw_error_response(status: int, message: str) -> bytes:
    """A whole HTTP/1.1 error response, written straight to a connection that is then
    closed (the guard's refusals, before any request reaches the app).

    >>> raw_error_response(431, "too big").split(b"\\r\\n")[0]
    b'HTTP/1.1 431 Request Header Fields Too Large'
    """
    body = error_body(message)
    lines = [f"HTTP/1.1 {status} {http.HTTPStatus(status).phrase}",
             "content-type: application/json",
             f"content-length: {len(body)}",
             "connection: close",
             *(f"{k.lower()}: {v}" for k, v in SECURITY_HEADERS.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body
