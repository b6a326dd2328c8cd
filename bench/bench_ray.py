"""Ingest on Ray against one process: articles per second and peak memory per worker.

Builds ``--articles`` distinct articles of about 700 words from the bundled corpus (as
``bench_ingest.py`` does), then ingests them into a fresh store three ways, each in a
process of its own: one process (``--engine local``), and a local Ray instance with 1 and
with 2 workers (``--engine ray --jobs N``). For each it prints the wall time (start-up and
model loading included, as a user waits for them), articles per second, the ratio to one
process, the time to the first analysed chunk (start-up: Ray, the models) and the rate after
it (the steady state a long feed sees), and the peak resident memory (VmHWM) of the process that does the analysis: the
one process itself, or each Ray worker (``ray::_Analyser``, read from /proc while it runs); and
for Ray, the CPU time of the driver (reading, the known-document check, writing, Ray's client):
the rate one driver can feed is about 1 / (its CPU seconds an article).
Then the machine's load, since the cores are shared.

Run: .venv/bin/python bench/bench_ray.py [--articles 200] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_kb(pid: int) -> int:
    """A process's peak resident memory (VmHWM) in KB, 0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _ray_workers() -> list[int]:
    """Process ids of the Ray actors that analyse articles (their title is ray::_Analyser...)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "cmdline").read_bytes().startswith(b"ray::_Analyser"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _watch_workers(peaks: dict[int, int], stop: threading.Event, every: float = 0.5) -> None:
    """Record each Ray worker's peak memory, until told to stop."""
    mine = None
    while not stop.wait(every):
        pids = _ray_workers()
        if mine is None and pids:
            mine = set(pids)  # the actors this run started (the first seen; the run waits for them)
        for pid in pids:
            if pid in (mine or ()):
                peaks[pid] = max(peaks.get(pid, 0), _peak_kb(pid))


def run_one(folder: Path, engine: str, workers: int, db: Path) -> dict:
    """One ingest of ``folder`` into the fresh store ``db``, in this process; what it measured."""
    from warmap.pipeline import ingest
    from warmap.store import Store

    peaks: dict[int, int] = {}
    stop = threading.Event()
    watcher = threading.Thread(target=_watch_workers, args=(peaks, stop), daemon=True)
    watcher.start()
    with Store(db) as store:
        start = time.perf_counter()
        first: list[tuple[float, int]] = []  # when the first chunk came back (models loaded), and its size

        def progress(n: int) -> None:
            if not first:
                first.append((time.perf_counter(), n))

        report = ingest(store, [folder], engine=engine, jobs=workers, progress=progress)
        end = time.perf_counter()
        seconds = end - start
    stop.set()
    watcher.join()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    self_kb = usage.ru_maxrss
    return {"engine": engine, "workers": workers, "articles": report.added, "events": report.events,
            "seconds": seconds, "driver_cpu_s": usage.ru_utime + usage.ru_stime, "first_chunk_s": first[0][0] - start,
            "steady_rate": (report.added - first[0][1]) / (end - first[0][0]), "driver_peak_mb": self_kb / 1024,
            "worker_peak_mb": sorted(kb / 1024 for kb in peaks.values()) if engine == "ray" else [self_kb / 1024]}


def _contents(db: Path) -> dict[str, list]:
    """What an ingest wrote: documents, events (as stored), control claims, relations."""
    from warmap.store import Store

    with Store(db, read_only=True) as store:
        return {"documents": store.query("SELECT doc_id, source, text FROM documents ORDER BY doc_id"),
                "events": store.query("SELECT id, record FROM events ORDER BY id"),
                "claims": sorted(map(str, store.control_claims())), "relations": sorted(map(str, store.relations()))}


def _differences(a: dict[str, list], b: dict[str, list]) -> str:
    """Which tables differ, and by how many rows each way."""
    out = []
    for table in a:
        x, y = set(map(str, a[table])), set(map(str, b[table]))
        if x != y:
            out.append(f"{table}: {len(x - y)} only in one process's, {len(y - x)} only in Ray's")
    return "; ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Ray worker counts to try")
    ap.add_argument("--one", nargs=4, metavar=("FOLDER", "ENGINE", "WORKERS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:  # a child: one measured run, printed as JSON
        print(json.dumps(run_one(Path(args.one[0]), args.one[1], int(args.one[2]), Path(args.one[3]))))
        return
    from bench_ingest import build_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        words = build_corpus(folder, args.articles)
        print(f"{args.articles} articles, {words:,} words; {os.cpu_count()} cores")
        runs = [("local", 1)] + [("ray", n) for n in args.workers]
        results = []
        for engine, n in runs:
            db = Path(tmp) / f"{engine}{n}.duckdb"
            out = subprocess.run([sys.executable, __file__, "--one", str(folder), engine, str(n), str(db)],
                                 check=True, capture_output=True, text=True).stdout
            results.append(json.loads(out.strip().splitlines()[-1]) | {"contents": _contents(db)})
    base = results[0]["articles"] / results[0]["seconds"]
    steady = results[0]["steady_rate"]
    print(f"{'run':<22}{'seconds':>9}{'articles/s':>12}{'ratio':>7}{'1st chunk s':>12}{'after it /s':>12}{'ratio':>7}"
          "  peak memory per worker (MB)")
    for r in results:
        rate = r["articles"] / r["seconds"]
        name = "one process" if r["engine"] == "local" else f"ray, {r['workers']} worker(s)"
        print(f"{name:<22}{r['seconds']:>9.1f}{rate:>12.2f}{rate / base:>7.2f}{r['first_chunk_s']:>12.1f}"
              f"{r['steady_rate']:>12.2f}{r['steady_rate'] / steady:>7.2f}  "
              + ", ".join(f"{mb:.0f}" for mb in r["worker_peak_mb"])
              + (f" (driver {r['driver_peak_mb']:.0f} MB, {r['driver_cpu_s']:.1f} CPU s: "
                 f"{1000 * r['driver_cpu_s'] / r['articles']:.0f} ms an article)" if r["engine"] == "ray" else ""))
    for r in results[1:]:
        same = r["contents"] == results[0]["contents"]
        print(f"ray, {r['workers']} worker(s): store {'identical to' if same else 'DIFFERENT from'} one process's"
              + ("" if same else f" ({_differences(results[0]['contents'], r['contents'])})"))
    print("load average (1, 5, 15 min):", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
