"""The characters a regular expression's match can begin with, so a search can try it only
at the words that begin with one of them (``triggers.TriggerLexicon.find``).

Python's ``re`` skips ahead by a pattern's first characters only when the pattern starts with
them; a trigger pattern starts with ``\\b``, so ``finditer`` tries every alternative of every
trigger at every position. Reading the parsed pattern once gives the set to test instead.

>>> sorted(first_chars(re.compile(r"\\b(?:grenades?|hand\\s+grenades?)\\b", re.I)))
['G', 'H', 'g', 'h']
>>> first_chars(re.compile(r"\\b(?:\\w+\\s+)?attack"))  # a match can begin with any word character
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from re import _constants as sre  # the parser's opcodes (stable since Python 3.11)
from re import _parser

__all__ = ["first_chars", "word_starts", "matches_at"]

_WORD_START = re.compile(r"\b\w")


def word_starts(text: str) -> list[int]:
    """Offsets of the first character of every word (where ``\\b`` then a word character holds)."""
    return [m.start() for m in _WORD_START.finditer(text)]


def matches_at(pattern: re.Pattern[str], firsts: frozenset[str] | None, text: str,
               starts: Sequence[int], lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``'s matches (left to right, each search from the end of
    the last match) for a pattern whose matches begin at a word: it is tried only at the word
    starts ``starts`` (sorted offsets into ``text``) whose character is in ``firsts`` (from
    :func:`first_chars`; a non-ASCII one may fold onto one of them). With ``firsts`` None,
    finditer itself."""
    hi = len(text) if hi is None else hi
    if firsts is None:
        yield from pattern.finditer(text, lo, hi)
        return
    end = lo
    for p in starts[bisect_left(starts, lo):bisect_left(starts, hi)]:
        if p >= end and (text[p] in firsts or not text[p].isascii()):
            m = pattern.match(text, p, hi)
            if m is not None:
                yield m
                end = m.end()


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character (both cases) that a non-empty match of ``pattern`` can begin with, or None
    when that cannot be told from the pattern (then every position must be tried). Lookarounds
    are passed over, so the set may be larger than needed, never smaller."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    found = _sequence(list(parsed))
    if found is None or found[1]:
        return None  # unknown, or a match can be empty
    return frozenset(c for ch in found[0] for c in (ch, ch.lower(), ch.upper()))


def _sequence(items: list) -> tuple[set[str], bool] | None:
    """(first characters, can be empty) of a sequence of parsed items."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.AT:
            continue
        one = _item(op, av)
        if one is None:
            return None
        chars |= one[0]
        if not one[1]:
            return chars, False
    return chars, True


def _item(op, av) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is sre.LITERAL:
                chars.add(chr(a))
            elif o is sre.RANGE and a[1] - a[0] <= 200:
                chars |= {chr(x) for x in range(a[0], a[1] + 1)}
            else:
                return None  # a category (\w, \d), a negated set ...
        return chars, False
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            one = _sequence(list(alternative))
            if one is None:
                return None
            chars |= one[0]
            empty |= one[1]
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        one = _sequence(list(sub))
        return None if one is None else (one[0], one[1] or low == 0)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    return None
