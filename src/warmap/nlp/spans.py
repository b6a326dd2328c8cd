"""Mentions found by the sentence they lie in, without scanning the whole article.

An article of a few MB holds tens of thousands of place, actor and date mentions and
thousands of sentences; filtering every mention for every sentence costs their product
(minutes for a 1 MB text). ``SpanIndex`` sorts the mentions by start once and answers
each sentence with two binary searches, in the order the mentions were given.

>>> from collections import namedtuple
>>> M = namedtuple("M", "start end")
>>> index = SpanIndex([M(30, 34), M(2, 6), M(10, 18), M(16, 40)])
>>> index.inside(0, 20)
[M(start=2, end=6), M(start=10, end=18)]
>>> index.starting_in(10, 31)
[M(start=30, end=34), M(start=10, end=18), M(start=16, end=40)]
>>> index.any_starting_in(19, 29)
False
>>> index.any_containing(19), index.any_containing(40), index.any_enclosing(11, 18)
(True, False, True)
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Generic, NamedTuple, Protocol, TypeVar

__all__ = ["Span", "SpanIndex"]


class Span(NamedTuple):
    """A bare ``(start, end)`` span, for spans that are plain tuples."""

    start: int
    end: int


class _Span(Protocol):
    @property
    def start(self) -> int | None: ...

    @property
    def end(self) -> int | None: ...


T = TypeVar("T", bound=_Span)


class SpanIndex(Generic[T]):
    """Items with ``start``/``end`` character offsets, looked up by a span of text.

    Items whose ``start`` is None are never found. Answers keep the items' given order,
    so code that used to filter the list gets the same list.
    """

    def __init__(self, items: Sequence[T]):
        self.items = list(items)
        keyed = sorted((x.start, i) for i, x in enumerate(self.items) if x.start is not None)
        self._starts = [s for s, _ in keyed]
        self._order = [i for _, i in keyed]
        # the furthest end among the items starting at or before each sorted position
        self._reach = list(itertools.accumulate(
            (self.items[i].end if self.items[i].end is not None else -1 for i in self._order), max))

    def _between(self, lo: int, hi: int) -> list[int]:
        """Positions (in the given order) of the items with ``lo <= start < hi``."""
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_left(self._starts, hi, a)
        return sorted(self._order[a:b])

    def starting_in(self, start: int, end: int) -> list[T]:
        """The items that start in ``[start, end)``."""
        return [self.items[i] for i in self._between(start, end)]

    def inside(self, start: int, end: int) -> list[T]:
        """The items wholly inside ``[start, end]``: ``start <= item.start`` and ``item.end <= end``."""
        return [x for i in self._between(start, end + 1)
                if (x := self.items[i]).end is not None and x.end <= end]

    def any_starting_in(self, start: int, end: int) -> bool:
        """True when some item starts in ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end

    def any_enclosing(self, start: int, end: int) -> bool:
        """True when some item holds all of ``[start, end)``: ``item.start <= start`` and ``end <= item.end``."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._reach[i]

    def any_containing(self, pos: int) -> bool:
        """True when some item covers ``pos``: ``item.start <= pos < item.end``."""
        return self.any_enclosing(pos, pos + 1)
