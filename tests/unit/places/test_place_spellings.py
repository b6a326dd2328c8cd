"""Accuracy on real-world spellings of Syrian and Iraqi places (spellings.tsv)."""

from __future__ import annotations

import pytest

import csv
import math
from pathlib import Path


@pytest.fixture(scope="module")
def gaz():
    """The gazetteer (compiled into the cache on first use)."""
    from warmap.places import load_gazetteer

    return load_gazetteer()

LIST = Path(__file__).with_name("spellings.tsv")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = 0.5 - math.cos((lat2 - lat1) * p) / 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * (1 - math.cos((lon2 - lon1) * p)) / 2
    return 12742 * math.asin(math.sqrt(a))


def _rows() -> list[dict[str, str]]:
    lines = [ln for ln in LIST.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_list_is_large_enough() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert {r["country"] for r in rows} >= {"SY", "IQ"}


def test_spellings_resolve_within_25_km(gaz) -> None:
    rows = _rows()
    misses = []
    for r in rows:
        best = gaz.resolve(r["spelling"]).best
        if best is None or best.country != r["country"] or _km(best.lat, best.lon, float(r["lat"]), float(r["lon"])) > 25:
            got = "nothing" if best is None else f"{best.name} {best.country} ({best.lat:.3f}, {best.lon:.3f})"
            misses.append(f"{r['spelling']!r}: expected {r['name']} {r['country']}, got {got}")
    accuracy = 1 - len(misses) / len(rows)
    print(f"\n{len(rows)} spellings, accuracy {accuracy:.3f}")
    for m in misses:
        print("  MISS", m)
    assert accuracy >= 0.95, "\n".join(misses)
