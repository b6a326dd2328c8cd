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


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie waits only for its reaper


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
def test_workers_die_when_the_parent_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(300):
        (reports / f"r{i:03}.txt").write_text(f"Report {i}. Rebels shelled the town of Saraqib on Monday, activists said.")
    parent = subprocess.Popen(
        [sys.executable, "-m", "warmap", "--db", str(tmp_path / "w.duckdb"), "ingest", "-q", "--jobs", "2", str(reports)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        workers: list[int] = []
        deadline = time.monotonic() + 90
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            workers = [p for p in _children(parent.pid)
                       if b"multiprocessing" in Path(f"/proc/{p}/cmdline").read_bytes()
                       and b"resource_tracker" not in Path(f"/proc/{p}/cmdline").read_bytes()]
            time.sleep(0.1)
        assert len(workers) == 2, "the workers never started"
        time.sleep(1.0)  # let them get past their start-up
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 15
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [w for w in workers if _alive(w)]
        for w in left:  # do not leave them running, whatever the outcome
            os.kill(w, signal.SIGKILL)
        assert not left, "workers outlived their parent"
    finally:
        if parent.poll() is None:
            parent.kill()
