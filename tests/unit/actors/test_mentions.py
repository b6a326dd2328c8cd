"""Accuracy of ActorDictionary.find on hand-written report sentences (mentions.tsv).

Each row: a sentence (or two, for context), the mention in it, the expected actor id
(NONE: nothing may be found there) and the article's country.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from warmap.actors import load_actors

ROWS = list(csv.DictReader((Path(__file__).parent / "mentions.tsv").open(encoding="utf-8"), delimiter="\t"))


def _judge(row: dict[str, str]) -> str | None:
    """None when find() gets the row right, else what it found instead."""
    text, mention, expected = row["text"], row["mention"], row["expected"]
    start = text.index(mention)
    end = start + len(mention)
    found = [m for m in load_actors().find(text, country=row["country"] or None) if m.start < end and start < m.end]
    if expected == "NONE":
        return None if not found else f"found {[(m.mention, m.actor.id) for m in found]}"
    if any(m.actor.id == expected for m in found):
        return None
    return f"found {[(m.mention, m.actor.id) for m in found] or 'nothing'}"


def test_there_are_enough_rows() -> None:
    assert len(ROWS) >= 150


def test_accuracy() -> None:
    misses = [(r, why) for r in ROWS if (why := _judge(r)) is not None]
    for r, why in misses:
        print(f"MISS {r['mention']!r} -> {r['expected']} in {r['text']!r}: {why}")
    accuracy = 1 - len(misses) / len(ROWS)
    print(f"actor mention accuracy {accuracy:.3f} ({len(ROWS) - len(misses)}/{len(ROWS)})")
    assert accuracy >= 0.95


@pytest.mark.parametrize("row", [r for r in ROWS if r["expected"] != "NONE"][:40], ids=lambda r: r["mention"])
def test_offsets_match_text(row: dict[str, str]) -> None:
    text = row["text"]
    for m in load_actors().find(text, country=row["country"] or None):
        assert text[m.start:m.end] == m.mention
