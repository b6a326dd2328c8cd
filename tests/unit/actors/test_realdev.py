"""Actor mentions of ../shared/data/realdev's gold, resolved in their article as the pipeline does.

Each gold actor with a ``mention`` is looked up in its cleaned article: the mention inside
the gold sentence, and the actor ``find`` gives there (with the article's country from the
gazetteer). Right means the gold id, its parent or a sub-unit of it (the event scorer's rule);
a wrong actor is worse than none. The halves of tests/realdev/split.toml are reported apart:
tune on ``tuning``, only read the held-back figures.

    pytest -q -s tests/unit/actors/test_realdev.py
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from warmap.actors import load_actors
from warmap.ingest import article_from_text
from warmap.places import load_gazetteer

ROOT = Path(__file__).resolve().parents[3]
REALDEV = ROOT.parent / "shared" / "data" / "realdev"
SPLIT = ROOT / "tests" / "realdev" / "split.toml"


def _outcomes() -> list[tuple[str, str, str, str, str | None]]:
    """(half, document, mention, gold id, found id or None) for every gold actor mention."""
    actors, gazetteer = load_actors(), load_gazetteer()
    halves = tomllib.loads(SPLIT.read_text(encoding="utf-8"))
    half_of = {p: name for name, prefixes in halves.items() for p in prefixes}
    out = []
    for path in sorted((REALDEV / "gold").glob("*.jsonl")):
        corpus = REALDEV / "corpus" / f"{path.stem}.txt"
        text = article_from_text(corpus.read_text(encoding="utf-8"), source=str(corpus)).text
        found = actors.find(text, country=gazetteer.country_context(text))
        for line in path.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            sentence = event["sources"][0]["sentence"]
            for role in ("actor1", "actor2"):
                gold = event.get(role)
                if not gold or not gold.get("mention"):
                    continue
                at = _locate(_norm(text), _norm(sentence), _norm(gold["mention"]))
                if at < 0:
                    got = "?"  # the sentence or mention is not in the cleaned text
                else:
                    end = at + len(gold["mention"])
                    hits = [m for m in found if m.start < end and at < m.end]
                    got = hits[0].actor.id if hits else None
                out.append((half_of[path.stem[:3]], path.stem[:3], gold["mention"], gold["id"], got))
    return out


def _locate(text: str, sentence: str, mention: str) -> int:
    """Where the gold mention is: in its sentence, else the last time before it (a strike
    list's heading names the striker once), else the next time after it, else -1."""
    s = text.find(sentence)
    if s < 0:
        return -1
    at = text.find(mention, s, s + len(sentence))
    if at < 0:
        at = text.rfind(mention, 0, s)
    return at if at >= 0 else text.find(mention, s)


def _norm(text: str) -> str:
    return text.translate(_QUOTES)


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"})


def _right(actors, gold: str, got: str) -> bool:
    g = actors.get(gold) if gold in actors else None
    f = actors.get(got)
    return got == gold or f.parent == gold or (g is not None and g.parent == got)


@pytest.mark.skipif(not REALDEV.is_dir(), reason="realdev not available at ../shared/data/realdev")
def test_realdev_gold_actor_mentions_resolve_in_context() -> None:
    actors = load_actors()
    rows = _outcomes()
    tally: dict[str, Counter] = {}
    for half, doc, mention, gold, got in rows:
        if got == "?":
            verdict = "unlocated"
        else:
            verdict = "none" if got is None else ("right" if _right(actors, gold, got) else "wrong")
        tally.setdefault(half, Counter())[verdict] += 1
        tally.setdefault("all", Counter())[verdict] += 1
        if half == "tuning" and verdict != "right":
            print(f"  {verdict:5} {doc} {mention!r}: gold {gold}, found {got}")
    for half, c in tally.items():
        n = sum(c.values())
        print(f"realdev gold actor mentions, {half}: {n}; right {c['right']} ({c['right'] / n:.2f}), "
              f"wrong {c['wrong']}, none {c['none']}, not located in the cleaned text {c['unlocated']}")
    assert tally["all"]["right"] / sum(tally["all"].values()) >= 0.90
    assert tally["all"]["wrong"] <= 3
