"""Ingest with several processes stores exactly what one process stores."""

from pathlib import Path

import pytest

from warmap.pipeline import ingest
from warmap.store import Store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _contents(path: Path) -> tuple[list, list, list]:
    with Store(path, read_only=True) as store:
        return (store.query("SELECT doc_id, text FROM documents ORDER BY doc_id"),
                store.query("SELECT id, record FROM events ORDER BY id"),
                [sorted(map(str, store.control_claims())), sorted(map(str, store.relations()))])


def test_two_processes_store_what_one_stores(tmp_path):
    reports = {}
    for jobs in (1, 2):
        with Store(tmp_path / f"jobs{jobs}.duckdb") as store:
            # small batches and chunks, so articles really are spread over both workers
            reports[jobs] = ingest(store, [ROOT / "samples" / "corpus"], jobs=jobs, batch_size=10, parse_chunk=3)
    one, two = _contents(tmp_path / "jobs1.duckdb"), _contents(tmp_path / "jobs2.duckdb")
    assert len(one[1]) > 50
    assert one == two
    assert (reports[1].added, reports[1].events) == (reports[2].added, reports[2].events)
