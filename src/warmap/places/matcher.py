"""Finding alias keys in running text.

The text is cut into words, each word folded with :func:`fold_word`, and the folded
words joined into a "key text" that an Aho-Corasick automaton scans in one pass. Each
key-text word remembers the original word it came from, so every hit maps back to exact
character offsets in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from .normalise import WORD_RE, fold_word

__all__ = ["Token", "KeyText", "Span", "key_text", "build_automaton", "scan"]

_fold = lru_cache(maxsize=200_000)(fold_word)
# Anything but spaces, hyphens and apostrophes between two words breaks a name.
_JOINER = re.compile(r"[\s\-–‐'’]*")


class Token(NamedTuple):
    """One word of the article: offsets in the text and its folded key ("" for articles).
    (A named tuple: made for every word of every article, three times cheaper than a frozen
    dataclass.)"""

    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class KeyText:
    """The article's words, and the folded text the automaton scans."""

    tokens: list[Token]
    text: str
    # key-text offset of a word's first character -> token index, and of its last + 1
    starts: dict[int, int]
    ends: dict[int, int]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of tokens ``[first, last]`` whose folded words equal an alias key."""

    first: int
    last: int
    key: str


def key_text(text: str) -> KeyText:
    """Fold the words of ``text``; a ``|`` stands where punctuation breaks a name."""
    tokens: list[Token] = []
    parts: list[str] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    pos = 0
    prev_end = -1
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        key = _fold(m.group())
        # (the usual gap, one space, is told without cutting it out of the text)
        if prev_end >= 0 and (s != prev_end + 1 or text[prev_end] != " ") and _breaks_name(text[prev_end:s]):
            parts.append(" |")
            pos += 2
        i = len(tokens)
        tokens.append(tuple.__new__(Token, (s, e, key)))   # (Token(...) runs a Python __new__)
        prev_end = e
        if key:
            parts.append(" ")
            parts.append(key)
            starts[pos + 1] = i
            pos += 1 + len(key)
            ends[pos] = i
    parts.append(" ")
    return KeyText(tokens, "".join(parts), starts, ends)


def _breaks_name(gap: str) -> bool:
    return _JOINER.fullmatch(gap) is None or "\n\n" in gap


def build_automaton(keys: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton over `` key `` (space-padded, so hits fall on word boundaries)."""
    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(f" {key} ", key)
    auto.make_automaton()
    return auto


def scan(auto: ahocorasick.Automaton, kt: KeyText) -> list[Span]:
    """Every alias hit in the key text, overlapping ones included."""
    out: list[Span] = []
    for end, key in auto.iter(kt.text):
        # the hit is " key " ending at `end`; the key itself spans [end - len(key), end)
        first = kt.starts.get(end - len(key))
        last = kt.ends.get(end)
        if first is not None and last is not None:
            out.append(Span(first, last, key))
    return out
