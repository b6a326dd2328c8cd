"""Exports streamed from the store's records are what the decoding path writes: the same
bytes of JSON Lines, the same Parquet rows and types; and a PostgreSQL store, which does not
stream (it keeps no merged view), writes through the decoding path what DuckDB streams."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import pyarrow.parquet as pq

from warmap.export.writers import write_events, write_stored
from warmap.store import PostgresStore, Store

sys.path.insert(0, str(Path(__file__).parents[1] / "timeline"))
from test_incremental import _corpus  # noqa: E402


def _decoded(store: Store, merged: bool, fmt: str, path: Path) -> int:
    from warmap.cli import _export_events

    events, status = _export_events(store, merged, False)
    return write_events(events, fmt, path, review=status)


@pytest.mark.parametrize("merged", [True, False])
def test_streamed_exports_are_the_decoded_ones(tmp_path, merged):
    corpus = _corpus(6)
    with Store(":memory:") as store:
        store.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        n = write_stored(store, "jsonl", tmp_path / "fast.jsonl", merged=merged)
        assert n == _decoded(store, merged, "jsonl", tmp_path / "slow.jsonl") and n > 10
        assert (n < store.count_events()) == merged
        assert (tmp_path / "fast.jsonl").read_bytes() == (tmp_path / "slow.jsonl").read_bytes()
        assert write_stored(store, "parquet", tmp_path / "fast.parquet", merged=merged) == n
        _decoded(store, merged, "parquet", tmp_path / "slow.parquet")
        fast, slow = pq.read_table(tmp_path / "fast.parquet"), pq.read_table(tmp_path / "slow.parquet")
        assert fast.schema.remove_metadata() == slow.schema.remove_metadata()
        assert fast.to_pylist() == slow.to_pylist()
        assert write_stored(store, "csv", tmp_path / "x.csv") is None  # CSV is written from decoded events


def test_a_store_with_review_decisions_is_not_streamed(tmp_path):
    corpus = _corpus(7)
    with Store(":memory:") as store:
        store.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        store.query("INSERT INTO reviews SELECT 'k', 'e', 'd', 'ana', now(), 'reject', '{}', NULL, '{}'")
        assert write_stored(store, "jsonl", tmp_path / "x.jsonl") is None
        assert not (tmp_path / "x.jsonl").exists()


@pytest.mark.parametrize("merged", [True, False])
def test_postgres_writes_what_duckdb_streams(pg_url, tmp_path, merged):
    corpus = _corpus(6)
    with Store(":memory:") as duck, PostgresStore(pg_url) as pg:
        for store in (duck, pg):
            store.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        assert write_stored(pg, "jsonl", tmp_path / "pg.jsonl", merged=merged) is None
        assert not (tmp_path / "pg.jsonl").exists()
        n = write_stored(duck, "jsonl", tmp_path / "duck.jsonl", merged=merged)
        assert _decoded(pg, merged, "jsonl", tmp_path / "pg.jsonl") == n and n > 10
        assert (tmp_path / "pg.jsonl").read_bytes() == (tmp_path / "duck.jsonl").read_bytes()
        write_stored(duck, "parquet", tmp_path / "duck.parquet", merged=merged)
        _decoded(pg, merged, "parquet", tmp_path / "pg.parquet")
        assert pq.read_table(tmp_path / "pg.parquet").to_pylist() == pq.read_table(tmp_path / "duck.parquet").to_pylist()
