"""Location annotations of re3d (CENTCOM, State Department, UK Government prose).

The data stays in ../shared/data (not copied here). About a quarter of the annotations are
common nouns ("the city", "the camp", "a hospital") that name no place, so the bar is a
floor against regressions; the printed figures are what to watch.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def gaz():
    """The gazetteer (compiled into the cache on first use)."""
    from warmap.places import load_gazetteer

    return load_gazetteer()

RE3D = Path(__file__).resolve().parents[4] / "shared" / "data" / "re3d"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not RE3D.is_dir(), reason="re3d data not available at ../shared/data/re3d")
def test_re3d_locations_resolve(gaz) -> None:
    docs = {d["_id"]: d["text"] for f in RE3D.glob("*/documents.json") for d in _jsonl(f)}
    locs = [e for f in RE3D.glob("*/entities.json") for e in _jsonl(f) if e["type"] == "Location"]
    found = {doc_id: gaz.find(text) for doc_id, text in docs.items()}
    resolved = [e for e in locs if gaz.resolve(e["value"]).best is not None]
    proper = [e for e in locs if e["value"].removeprefix("the ").removeprefix("The ")[:1].isupper()]
    proper_ok = [e for e in proper if gaz.resolve(e["value"]).best is not None]
    in_text = [e for e in locs if any(m.start < e["end"] and e["begin"] < m.end for m in found[e["documentId"]])]
    missed = Counter(e["value"] for e in proper if gaz.resolve(e["value"]).best is None)
    print(f"\nre3d Location annotations: {len(locs)}; resolve(): {len(resolved) / len(locs):.3f}; "
          f"capitalised names: {len(proper_ok) / len(proper):.3f} of {len(proper)}; "
          f"found by find(): {len(in_text) / len(locs):.3f}")
    print("unresolved names:", missed.most_common(30))
    assert len(resolved) / len(locs) >= 0.70
    assert len(proper_ok) / len(proper) >= 0.87


@pytest.mark.skipif(not RE3D.is_dir(), reason="re3d data not available at ../shared/data/re3d")
def test_re3d_common_nouns_name_no_place(gaz) -> None:
    """ "here", "this camp", "six oil refinement stills": no town anywhere (coordinates excepted)."""
    locs = [e for f in RE3D.glob("*/entities.json") for e in _jsonl(f) if e["type"] == "Location"]
    lower = [e["value"] for e in locs if not any(c.isupper() for c in e["value"]) and not any(c.isdigit() for c in e["value"])]
    assert len(lower) > 100
    assert [(v, gaz.resolve(v).best.name) for v in lower if gaz.resolve(v).best is not None] == []
