"""SpanIndex answers what filtering every mention for every sentence answered, in log time."""

import random
from collections import namedtuple

from warmap.nlp.spans import Span, SpanIndex

M = namedtuple("M", "start end")


def test_same_answers_as_a_scan_in_the_given_order():
    rng = random.Random(3)
    items = []
    for _ in range(400):
        start = rng.randrange(0, 5000)
        items.append(M(start, start + rng.randrange(0, 40)))
    items.append(M(None, None))  # a date with no offsets is never found
    index = SpanIndex(items)
    for _ in range(300):
        s = rng.randrange(0, 5000)
        e = s + rng.randrange(0, 300)
        assert index.inside(s, e) == [m for m in items if m.start is not None and s <= m.start and m.end <= e]
        assert index.starting_in(s, e) == [m for m in items if m.start is not None and s <= m.start < e]
        assert index.any_starting_in(s, e) == any(m.start is not None and s <= m.start < e for m in items)
        assert index.any_containing(s) == any(m.start is not None and m.start <= s < m.end for m in items)
        assert index.any_enclosing(s, e) == any(m.start is not None and m.start <= s and e <= m.end for m in items)


def test_plain_tuples_as_spans():
    index = SpanIndex([Span(s, e) for s, e in [(10, 20), (0, 5)]])
    assert index.any_containing(12) and not index.any_containing(7)
