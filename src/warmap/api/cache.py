"""Encoded pages of a read-only server, kept by the request that asked for them.

A read-only store does not change while it is served, so the same query always gets
the same bytes. A map's users ask for the same windows again and again (the slider's
days, the same actor), and answering a repeat from here skips the framework, the
filters and the encoding: the front middleware in ``warmap.api.app`` sends it at once.
"""

from __future__ import annotations

from collections import OrderedDict

__all__ = ["PageCache", "page_key"]


def page_key(scope: dict) -> tuple[str, bytes]:
    """What a page is kept under: the request's path and raw query string."""
    return scope["path"], scope.get("query_string", b"")


class PageCache:
    """Least-recently-used bytes, at most ``max_bytes`` of them in all.

    A page is kept the second time it is put, not the first: queries asked once (most of
    them, when users pan and filter freely) would only churn memory.

    >>> c = PageCache(max_bytes=40)
    >>> c.put("a", b"a" * 10); c.get("a") is None
    True
    >>> for key in "abcd": c.put(key, key.encode() * 10); c.put(key, key.encode() * 10)
    >>> c.get("a")
    b'aaaaaaaaaa'
    >>> c.put("e", b"e" * 10); c.put("e", b"e" * 10)  # over 40 bytes: "b", used longest ago, goes
    >>> c.get("b") is None, c.get("a") is not None, len(c), c.size
    (True, True, 4, 40)
    """

    def __init__(self, max_bytes: int = 256 * 2**20, remember: int = 100_000) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self._pages: OrderedDict[object, bytes] = OrderedDict()
        self._asked: OrderedDict[object, None] = OrderedDict()  # keys put once, newest last
        self._remember = remember

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, key: object) -> bytes | None:
        body = self._pages.get(key)
        if body is not None:
            self._pages.move_to_end(key)
        return body

    def put(self, key: object, body: bytes) -> None:
        if len(body) > self.max_bytes // 4 or key in self._pages:
            return  # one huge page must not flush everything else
        if key not in self._asked:
            self._asked[key] = None
            if len(self._asked) > self._remember:
                self._asked.popitem(last=False)
            return
        del self._asked[key]
        self._pages[key] = body
        self.size += len(body)
        while self.size > self.max_bytes:
            _, old = self._pages.popitem(last=False)
            self.size -= len(old)
