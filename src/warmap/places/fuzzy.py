"""A guarded typo fallback for place names.

Only for long keys (6+ letters): short names sit too close to each other ("Raqa" is one
edit from many villages, and plain WRatio even sends it to Saraqib). Candidates come
from a single-deletion index (SymSpell's trick), so a lookup costs a few dict probes,
and the edit distance is then checked exactly: at most 1 edit for keys up to 8 letters,
2 for longer ones. A typo resolves only if one place wins alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

__all__ = ["TypoIndex", "MIN_LENGTH"]

MIN_LENGTH = 6


def _deletes(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))} | {key}


def max_edits(key: str) -> int:
    return 1 if len(key) <= 8 else 2


class TypoIndex:
    """Keys of one set of places (e.g. one country), searchable within a small edit distance."""

    def __init__(self, keys: Iterable[tuple[str, int]]) -> None:
        self._deletes: dict[str, set[str]] = defaultdict(set)
        self._places: dict[str, set[int]] = defaultdict(set)
        for key, place in keys:
            if len(key.replace(" ", "")) < MIN_LENGTH:
                continue
            self._places[key].add(place)
            for d in _deletes(key):
                self._deletes[d].add(key)

    def lookup(self, key: str) -> tuple[int, str, int] | None:
        """``(place, matched key, edits)`` when exactly one place is nearest, else None."""
        if len(key.replace(" ", "")) < MIN_LENGTH:
            return None
        limit = max_edits(key)
        found: dict[str, int] = {}
        for d in _deletes(key):
            for cand in self._deletes.get(d, ()):
                if cand not in found:
                    dist = Levenshtein.distance(key, cand, score_cutoff=limit)
                    if dist <= limit:
                        found[cand] = dist
        if not found:
            return None
        best = min(found.values())
        places = {p for k, dist in found.items() if dist == best for p in self._places[k]}
        if len(places) != 1:
            return None
        # a clear win: no other place within one more edit
        near = {p for k, dist in found.items() if dist <= best + 1 for p in self._places[k]}
        if best > 0 and len(near) > 1:
            return None
        key_hit = min((k for k, dist in found.items() if dist == best), key=len)
        return next(iter(places)), key_hit, best
