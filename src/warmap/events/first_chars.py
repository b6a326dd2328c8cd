"""The characters a regular expression's match can begin with, so a search can try it only
at the words that begin with one of them (``dates.find_dates``).

Python's ``re`` skips ahead by a pattern's first characters only when the pattern starts with
them; a trigger pattern starts with ``\\b``, so ``finditer`` tries every alternative of every
trigger at every position. Reading the parsed pattern once gives the set to test instead.

>>> sorted(first_chars(re.compile(r"\\b(?:grenades?|hand\\s+grenades?)\\b", re.I)))
['G', 'H', 'g', 'h']
>>> first_chars(re.compile(r"\\b(?:\\w+\\s+)?attack"))  # a match can begin with any word character

:func:`first_pairs` does the same for a match's first two characters, which tell the
triggers apart far better than one, and :func:`alternatives` splits a pattern into its
top-level alternatives, so that at a word only those that can begin with its first two
characters are tried (``triggers.TriggerLexicon``).

>>> sorted(first_pairs(re.compile(r"\\b(?:grenades?|hand\\s+grenades?)\\b", re.I)))
['gr', 'ha']
>>> first_pairs(re.compile(r"\\b(?:IS|I)\\b"))  # a match can be one character long
>>> alternatives(r"air\\s*strikes?|(?:fir|launch)(?:ed|es)|[|]bomb")
['air\\\\s*strikes?', '(?:fir|launch)(?:ed|es)', '[|]bomb']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from re import _constants as sre  # the parser's opcodes (stable since Python 3.11)
from re import _parser

__all__ = ["first_chars", "first_pairs", "alternatives", "guarded", "word_starts", "matches_at"]

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


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for the characters its match can begin with in front: the
    same matches, but ``search`` tries the alternatives only where one can begin (a word
    list under IGNORECASE is otherwise tried at every word boundary, one word at a time).
    ``pattern`` itself when those characters cannot be told.

    >>> guarded(re.compile(r"\\b(?:said|told|\\d+)\\b")).pattern
    '(?=(?i:[\\\\dst]))(?:\\\\b(?:said|told|\\\\d+)\\\\b)'
    """
    try:
        found = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)), categories=True)
    except (re.error, TypeError):
        return pattern
    if found is None or found[1] or not found[0]:
        return pattern  # unknown, or a match can be empty
    # case-insensitive, so that a part under (?i:...) in a case-sensitive pattern is let through
    chars = "".join(sorted(c if len(c) > 1 else re.escape(c) for c in found[0]))
    try:
        return re.compile(f"(?=(?i:[{chars}]))(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags at the pattern's start
        return pattern


def _sequence(items: list, categories: bool = False) -> tuple[set[str], bool] | None:
    """(first characters, can be empty) of a sequence of parsed items; with ``categories``
    a class such as \\d in it is one of them, written as such."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.AT:
            continue
        one = _item(op, av, categories)
        if one is None:
            return None
        chars |= one[0]
        if not one[1]:
            return chars, False
    return chars, True


def _item(op, av, categories: bool) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is sre.LITERAL:
                chars.add(chr(a))
            elif o is sre.RANGE and a[1] - a[0] <= 200:
                chars |= {chr(x) for x in range(a[0], a[1] + 1)}
            elif categories and o is sre.CATEGORY and a in _CATEGORIES:
                chars.add(_CATEGORIES[a])
            else:
                return None  # a category (\w, \d), a negated set ...
        return chars, False
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), categories)
    if op is sre.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            one = _sequence(list(alternative), categories)
            if one is None:
                return None
            chars |= one[0]
            empty |= one[1]
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        one = _sequence(list(sub), categories)
        return None if one is None else (one[0], one[1] or low == 0)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    return None


_ASCII = [chr(i) for i in range(128)]
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_FLAGS = re.IGNORECASE | re.ASCII | re.DOTALL  # the flags that change which character a set matches


def first_pairs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every two-character ASCII text (lowercased) that a match of ``pattern`` can begin with,
    or None when a match can be shorter than two characters or that cannot be told from the
    pattern. A match that begins with a non-ASCII character is not described: look at such a
    text with the whole pattern. Lookarounds are passed over, so the set may be larger than
    needed, never smaller."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    found = _pair_sequence(list(parsed), parsed.state.flags)
    if found is None or any(len(p) < 2 for p in found):
        return None
    return frozenset(found)


def _pair_sequence(items: list, flags: int) -> set[str] | None:
    """The texts, cut to two characters, that a sequence of parsed items can match
    (a shorter one: the match can end there)."""
    texts = {""}
    for op, av in items:
        one = _pair_item(op, av, flags)
        if one is None:
            return None
        texts = _then(texts, one)
        if all(len(t) == 2 for t in texts):
            break
    return texts


def _then(heads: set[str], tails: set[str]) -> set[str]:
    """Each of ``heads`` followed by each of ``tails``, cut to two characters."""
    return {h if len(h) == 2 else (h + t)[:2] for h in heads for t in ([""] if len(h) == 2 else tails)}


def _pair_item(op, av, flags: int) -> set[str] | None:
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
        return _ascii_matching(op, av, flags)
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return _pair_sequence(list(sub), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _pair_sequence(list(av), flags)
    if op is sre.BRANCH:
        texts: set[str] = set()
        for alternative in av[1]:
            one = _pair_sequence(list(alternative), flags)
            if one is None:
                return None
            texts |= one
        return texts
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        one = _pair_sequence(list(sub), flags)
        if one is None:
            return None
        # Two repetitions or more begin alike once cut to two characters.
        texts = set()
        for times in {min(k, 2) for k in range(low, min(high, low + 2) + 1)}:
            repeated = {""}
            for _ in range(times):
                repeated = _then(repeated, one)
            texts |= repeated
        return texts
    return None


def _ascii_matching(op, av, flags: int) -> set[str] | None:
    """The ASCII characters (lowercased) that one single-character item matches, found by
    matching each against the item written out again."""
    if op is sre.ANY:
        source = "."
    elif op is sre.LITERAL:
        source = re.escape(chr(av))
    elif op is sre.NOT_LITERAL:
        source = "[^" + re.escape(chr(av)) + "]"
    else:
        parts = []
        for o, a in av:
            if o is sre.NEGATE:
                parts.insert(0, "^")
            elif o is sre.LITERAL:
                parts.append(re.escape(chr(a)))
            elif o is sre.RANGE:
                parts.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
            elif o is sre.CATEGORY and a in _CATEGORIES:
                parts.append(_CATEGORIES[a])
            else:
                return None
        source = "[" + "".join(parts) + "]"
    one = re.compile(source, flags & _FLAGS)
    return {c.lower() for c in _ASCII if one.fullmatch(c)}


def alternatives(source: str) -> list[str] | None:
    """The top-level alternatives of a pattern's text (those of ``a|b(c|d)`` are ``a`` and
    ``b(c|d)``): the ``|`` outside any group or character set; None when its brackets do not
    pair up. Matching at one position, the pattern matches as its first alternative that
    matches there does."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i += 2 if source[i + 1:i + 2] == "^" else 1
            i += source[i:i + 1] == "]"  # a ']' first in the set is one of its characters
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts if depth == 0 else None
