"""Encoded pages of a read-only server, kept by the filter that asked for them.

A read-only store does not change while it is served, so the same filter always gets
the same bytes. A map's users ask for the same windows again and again (the slider's
days, the same actor), and answering a repeat from here skips the framework, the
filters and the encoding: the front middleware in ``warmap.api.app`` sends it at once.

Pages are kept under the parsed filter (``warmap.api.params.events_query``), not the raw
query string: parameters the API does not know, their order and their spelling make no
new entry, so a flood of made-up query strings cannot fill the cache with copies.
Everything the cache holds (pages, keys, the record of what was asked once) counts
against its budget.
"""

from __future__ import annotations

import sys
from collections import OrderedDict

__all__ = ["PageCache", "held_bytes"]

_ENTRY_BYTES = 250  # an OrderedDict node, the key tuple and its filter object
_ASKED_BYTES = 120  # an OrderedDict node and an int, for a key asked for once


def held_bytes(key: object, body: bytes) -> int:
    """What keeping ``body`` under ``key`` costs in memory, roughly but never less than
    the body: the bytes object, the key's text and the bookkeeping around them.

    >>> held_bytes("a", b"x" * 1000) > 1000
    True
    """
    return sys.getsizeof(body) + len(repr(key)) + _ENTRY_BYTES


class PageCache:
    """Least-recently-used pages, at most ``max_bytes`` held in all.

    A page is kept the second time it is put, not the first: queries asked once (most of
    them, when users pan and filter freely) would only churn memory. What was asked once
    is remembered as the key's hash, so a flood of one-off queries costs a small fixed
    amount each, itself counted against ``max_bytes`` and forgotten oldest first.

    >>> c = PageCache(max_bytes=2500)
    >>> c.put("a", b"a" * 300); c.get("a") is None
    True
    >>> for key in "abcd": c.put(key, key.encode() * 300); c.put(key, key.encode() * 300)
    >>> c.get("a")[:3]
    b'aaa'
    >>> c.put("e", b"e" * 300); c.put("e", b"e" * 300)  # over 2500 bytes: "b", used longest ago, goes
    >>> c.get("b") is None, c.get("a") is not None, len(c), c.held <= 2500
    (True, True, 4, True)
    """

    def __init__(self, max_bytes: int = 256 * 2**20) -> None:
        self.max_bytes = max_bytes
        self.size = 0  # bytes held by the pages and their keys
        self._pages: OrderedDict[object, tuple[bytes, int]] = OrderedDict()
        self._asked: OrderedDict[int, None] = OrderedDict()  # hashes of keys put once, newest last

    def __len__(self) -> int:
        return len(self._pages)

    @property
    def held(self) -> int:
        """Bytes held in all: pages, keys and the record of keys asked for once."""
        return self.size + len(self._asked) * _ASKED_BYTES

    def get(self, key: object) -> bytes | None:
        found = self._pages.get(key)
        if found is None:
            return None
        self._pages.move_to_end(key)
        return found[0]

    def put(self, key: object, body: bytes) -> None:
        cost = held_bytes(key, body)
        if cost > self.max_bytes // 4 or key in self._pages:
            return  # one huge page must not flush everything else
        asked = hash(key)
        if asked not in self._asked:
            self._asked[asked] = None
            self._shrink()
            return
        del self._asked[asked]
        self._pages[key] = (body, cost)
        self.size += cost
        self._shrink()

    def _shrink(self) -> None:
        """Drop what was used longest ago until everything fits: one-off keys first (half
        the budget at most), then pages."""
        while self._asked and len(self._asked) * _ASKED_BYTES > self.max_bytes // 2:
            self._asked.popitem(last=False)
        while self._pages and self.held > self.max_bytes:
            _, (_, cost) = self._pages.popitem(last=False)
            self.size -= cost
        while self._asked and self.held > self.max_bytes:
            self._asked.popitem(last=False)
