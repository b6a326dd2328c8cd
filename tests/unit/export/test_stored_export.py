"""JSON Lines streamed from the store's records are the bytes the decoding path writes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from warmap.export.writers import write_events, write_stored_jsonl
from warmap.store import Store

sys.path.insert(0, str(Path(__file__).parents[1] / "timeline"))
from test_incremental import _corpus  # noqa: E402


def _decoded(store: Store, merged: bool, path: Path) -> bytes:
    from warmap.cli import _export_events

    events, status = _export_events(store, merged, False)
    write_events(events, "jsonl", path, review=status)
    return path.read_bytes()


@pytest.mark.parametrize("merged", [True, False])
def test_streamed_lines_are_the_decoded_ones(tmp_path, merged):
    corpus = _corpus(6)
    with Store(":memory:") as store:
        store.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        n = write_stored_jsonl(store, tmp_path / "fast.jsonl", merged=merged)
        slow = _decoded(store, merged, tmp_path / "slow.jsonl")
        assert n == slow.count(b"\n") and n > 10
        assert (n < store.count_events()) == merged
        assert (tmp_path / "fast.jsonl").read_bytes() == slow


def test_a_store_with_review_decisions_is_not_streamed(tmp_path):
    corpus = _corpus(7)
    with Store(":memory:") as store:
        store.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        store.query("INSERT INTO reviews SELECT 'k', 'e', 'd', 'ana', now(), 'reject', '{}', NULL, '{}'")
        assert write_stored_jsonl(store, tmp_path / "x.jsonl") is None
        assert not (tmp_path / "x.jsonl").exists()
