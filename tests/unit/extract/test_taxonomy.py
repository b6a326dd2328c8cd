"""ACLED's 25 sub-event types from reports of any war (cases in taxonomy_cases.toml).

Each case is one short report: the events it must give (all of one type) or, for a
near-miss, none at all (or only the other sub-type it really reports)."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from warmap.events.ontology import SUB_EVENT_TYPES, check
from warmap.ingest import article_from_text
from warmap.pipeline import analyse_many

CASES = tomllib.loads((Path(__file__).parent / "taxonomy_cases.toml").read_text("utf-8"))["case"]


def _id(case: dict) -> str:
    sub = case.get("not") or case["expect"][1]
    return f"{'no ' if 'not' in case else ''}{sub}: {case['text'][:40]}"


@pytest.fixture(scope="module")
def produced() -> dict[str, list]:
    """Every case's events, parsed in one batch (one article a case)."""
    articles = [article_from_text(c["text"], published=dt.date.fromisoformat(c["published"])) for c in CASES]
    return {c["text"]: a.events for c, a in zip(CASES, analyse_many(articles))}


def _param(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=False)] if "xfail" in case else []
    return pytest.param(case, marks=marks, id=_id(case))


@pytest.mark.slow  # about 300 short articles parsed in one batch: ~4 s once the models are loaded
@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict, produced: dict[str, list]) -> None:
    events = produced[case["text"]]
    got = sorted({(e.event_type, e.sub_event_type) for e in events})
    if "not" in case:
        assert all(sub != case["not"] for _, sub in got), (case["why"], got)
    if "expect" not in case:
        assert got == [], (case.get("why"), got)
        return
    assert got == [tuple(case["expect"])]
    if "actor1" in case:
        assert any(e.actor1 is not None and e.actor1.actor.id == case["actor1"] for e in events), \
            [(e.actor1 and e.actor1.actor.id) for e in events]


def test_cases_cover_every_sub_event_type_in_several_habits() -> None:
    positives: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    near_misses: Counter[str] = Counter()
    for c in CASES:
        if "xfail" in c:
            continue
        assert c["habit"] in {"wire", "acled", "monitor", "release", "local"}, c["text"]
        if "expect" in c:
            check(*c["expect"])
        if "not" in c:
            assert c["not"] in SUB_EVENT_TYPES and c.get("why"), c["text"]
            near_misses[c["not"]] += 1
        else:
            counts[c["expect"][1]] += 1
            positives.setdefault(c["expect"][1], set()).add(c["habit"])
    for sub in SUB_EVENT_TYPES:
        assert counts[sub] >= 3, f"{sub}: {counts[sub]} positive cases"
        assert len(positives[sub]) >= 3, f"{sub}: habits {positives[sub]}"
        assert near_misses[sub] >= 1, f"{sub}: no near-miss"
