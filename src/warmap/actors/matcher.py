"""One Aho-Corasick pass over folded text: every alias and generic phrase, longest match wins.

Keys are folded (lower case, unified quotes and dashes), so one automaton serves every
spelling; the case rule of the alias a key came from is checked against the original text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from .aliases import CaseRule, case_ok, case_rule, fold

__all__ = ["Pattern", "Hit", "Matcher", "BLOCK", "SPECIFIC", "GENERIC"]

BLOCK, SPECIFIC, GENERIC = 0, 1, 2


@dataclass(frozen=True)
class Pattern:
    """One spelling to look for and what it stands for (an actor id, or a generic rule index)."""

    surface: str
    kind: int
    target: str | int
    rule: CaseRule


@dataclass(frozen=True)
class Hit:
    """A selected match: ``text[start:end]`` is ``pattern.surface`` up to case and folding."""

    start: int
    end: int
    pattern: Pattern


_NEGATING = ("anti-", "counter-", "non-")


class Matcher:
    """Compiled patterns; ``scan`` returns non-overlapping hits in text order."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        table: dict[str, list[Pattern]] = {}
        for p in patterns:
            key = fold(p.surface)
            if key.strip():
                table.setdefault(key, []).append(p)
        self.keys: dict[str, tuple[Pattern, ...]] = {}
        self._auto = ahocorasick.Automaton()
        for key, pats in table.items():
            ordered = tuple(sorted(pats, key=lambda p: p.kind))
            self.keys[key] = ordered
            self._auto.add_word(key, (len(key), ordered))
        self._auto.make_automaton()

    @staticmethod
    def pattern(surface: str, kind: int, target: str | int) -> Pattern:
        """A pattern with the case rule its surface implies."""
        return Pattern(surface, kind, target, case_rule(surface))

    def scan(self, text: str) -> list[Hit]:
        """Non-overlapping hits, longest first, then blocks before actors before generics."""
        folded = fold(text)
        n = len(folded)
        cands: list[tuple[int, int, int, Pattern]] = []
        for last, (length, pats) in self._auto.iter(folded):
            start, end = last - length + 1, last + 1
            if start > 0 and folded[start - 1].isalnum():
                continue
            if end < n and folded[end].isalnum():
                continue
            compound = end + 1 < n and folded[end] == "-" and folded[end + 1].isalpha()  # "rebel-held"
            for p in pats:
                if compound and p.kind == GENERIC:
                    continue
                if p.kind != BLOCK and start > 0 and folded[start - 1] == "-":
                    if p.kind == GENERIC or folded[max(0, start - 8):start].endswith(_NEGATING):
                        continue
                if case_ok(p.rule, text, start, end, p.surface):
                    cands.append((start, end, p.kind, p))
                    break
        cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
        taken = bytearray(n)
        hits: list[Hit] = []
        for start, end, _, p in cands:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            hits.append(Hit(start, end, p))
        hits.sort(key=lambda h: h.start)
        return hits
