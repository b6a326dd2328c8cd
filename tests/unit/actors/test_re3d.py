"""Organisation annotations of re3d (real CENTCOM, State Department, UK Government prose).

The data stays in ../shared/data (not copied here). Many annotations are not conflict
actors at all ("We", "UN", "France"), so the bar is a floor against regressions, and the
printed figures are what to watch.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from warmap.actors import load_actors

RE3D = Path(__file__).resolve().parents[4] / "shared" / "data" / "re3d"
PRONOUNS = {"we", "they", "it", "our", "their", "us", "you", "them", "its", "others", "s family", "text"}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not RE3D.is_dir(), reason="re3d data not available at ../shared/data/re3d")
def test_re3d_organisations_resolve() -> None:
    actors = load_actors()
    docs = {d["_id"]: d["text"] for f in RE3D.glob("*/documents.json") for d in _jsonl(f)}
    orgs = [e for f in RE3D.glob("*/entities.json") for e in _jsonl(f) if e["type"] == "Organisation"]
    found = {doc_id: actors.find(text) for doc_id, text in docs.items()}
    resolved = [o for o in orgs if actors.resolve(o["value"]) is not None]
    in_text = [o for o in orgs if any(m.start < o["end"] and o["begin"] < m.end for m in found.get(o["documentId"], []))]
    named = [o for o in orgs if o["value"].strip().lower() not in PRONOUNS]
    resolved_named = [o for o in resolved if o["value"].strip().lower() not in PRONOUNS]
    missed = Counter(o["value"] for o in named if actors.resolve(o["value"]) is None)
    print(f"re3d Organisation annotations: {len(orgs)}; resolve(): {len(resolved) / len(orgs):.3f}; "
          f"without pronouns: {len(resolved_named) / len(named):.3f}; found in context: {len(in_text) / len(orgs):.3f}")
    print("most frequent unresolved:", missed.most_common(25))
    assert len(resolved) / len(orgs) >= 0.50


@pytest.mark.skipif(not RE3D.is_dir(), reason="re3d data not available at ../shared/data/re3d")
def test_re3d_international_bodies_are_no_actors() -> None:
    """The UN, the EU, civilian ministries and 'the international community' are not armed actors
    (a ministry of defence is its state's military, as ACLED codes it)."""
    actors = load_actors()
    orgs = [e["value"] for f in RE3D.glob("*/entities.json") for e in _jsonl(f) if e["type"] == "Organisation"]
    bodies = [v for v in orgs if re.search(r"\bUN\b|United Nations|Security Council|European Union|\bEU\b|"
                                           r"Ministry of (?!Defen)|Department of (?:State|the Treasury)|State Department|international community", v)]
    assert len(bodies) > 40
    assert [v for v in bodies if actors.resolve(v) is not None] == []
