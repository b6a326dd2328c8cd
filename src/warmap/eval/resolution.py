"""Scoring place and actor resolution against test lists (TSV files an analyst can extend).

Places: ``spelling  name  country  lat  lon`` -- correct when the resolved place lies
within ``max_km`` of the expected coordinates. Actors: ``text  mention  expected  country``
-- correct when ``find`` gives a mention covering the expected words with the expected id
(``NONE``: correct when nothing is found there).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from warmap.errors import GoldError
from warmap.eval.score import distance_km

__all__ = ["ResolutionScore", "score_places", "score_actors"]


@dataclass
class ResolutionScore:
    correct: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def _rows(path: str | Path, columns: set[str]) -> list[dict[str, str]]:
    p = Path(path)
    if not p.exists():
        raise GoldError(f"no test list at {p}")
    lines = [line for line in p.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    if rows and not columns <= rows[0].keys():
        raise GoldError(f"{p}: needs the tab-separated columns {', '.join(sorted(columns))}")
    return rows


def score_places(path: str | Path, *, max_km: float = 25.0) -> ResolutionScore:
    """Resolve every spelling in the list; count those within ``max_km``."""
    from warmap.places import load_gazetteer

    gazetteer = load_gazetteer()
    out = ResolutionScore()
    for row in _rows(path, {"spelling", "country", "lat", "lon"}):
        out.total += 1
        best = gazetteer.resolve(row["spelling"], country=row["country"] or None).best
        km = distance_km(best.lat, best.lon, float(row["lat"]), float(row["lon"])) if best else None
        if km is not None and km <= max_km:
            out.correct += 1
        else:
            got = f"{best.name} ({km:.0f} km off)" if best else "nothing"
            out.misses.append(f"{row['spelling']!r}: expected {row.get('name', '?')}, got {got}")
    return out


def score_actors(path: str | Path) -> ResolutionScore:
    """Find actors in every sentence of the list; count the expected mention resolved right."""
    from warmap.actors import load_actors

    actors = load_actors()
    out = ResolutionScore()
    for row in _rows(path, {"text", "mention", "expected", "country"}):
        out.total += 1
        text, mention = row["text"], row["mention"]
        at = text.find(mention)
        found = actors.find(text, country=row["country"] or None)
        hit = [m for m in found if at >= 0 and m.start < at + len(mention) and m.end > at]
        expected = row["expected"]
        if (hit and hit[0].actor.id == expected) or (not hit and expected.upper() == "NONE"):
            out.correct += 1
        else:
            got = hit[0].actor.id if hit else "nothing"
            out.misses.append(f"{mention!r} in {text!r}: expected {row['expected']}, got {got}")
    return out
