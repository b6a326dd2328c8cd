"""Server start-up on a 100,000-event store: seconds until the first answer, peak memory.

Builds (or reuses, with ``--db``) the synthetic store of ``bench_api.py`` (written through
``Store.write_batch`` in batches of 1,000 articles, as ``warmap ingest`` writes), starts
the read-only server as ``warmap serve`` runs it in a fresh process, and times it from the
process start until ``GET /api/summary`` answers; peak RSS is the worker's ``VmHWM``.
With ``--add N`` it then ingests N more events in one batch while the server runs and
times how long until the server answers with them (the snapshot swap).

Target (issue 11): under 2 s and 500 MB at 100,000 events.

With ``--batches N`` it first times N batches of 100 articles written into a copy of the
store (what keeping the merged view costs an ingest).

Run: .venv/bin/python bench/bench_serve_start.py [--events 100000] [--db PATH] [--runs 3] [--add 1000] [--batches 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from bench_api import _start, build_store, ensure_store  # noqa: E402


def _cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system) a process has used: start-up cost apart from the machine's load."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _events_served(base: str) -> int:
    return httpx.get(base + "/api/summary", timeout=5).json()["events"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="reuse (or build once into) this store instead of a temporary one")
    ap.add_argument("--runs", type=int, default=3, help="server starts to time")
    ap.add_argument("--add", type=int, default=0, help="then ingest this many more events while serving")
    ap.add_argument("--batches", type=int, default=0,
                    help="first time this many batches of 100 articles (1,000 events) written into a copy of the store")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = ensure_store(args.db or str(Path(tmp) / "bench.duckdb"), args.events)
        if args.batches:
            import shutil

            from warmap.store import Store

            copy = str(Path(tmp) / "batches.duckdb")
            shutil.copyfile(path, copy)
            Store(copy).close()  # migrated first if it is older, outside the timing
            took = [build_store(copy, 1000, batch_articles=100, seed=100 + i) for i in range(args.batches)]
            print("one batch of 100 articles (1,000 events) written in " + ", ".join(f"{t:.2f}" for t in took) + " s",
                  flush=True)
        took, peaks, cpu = [], [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            procs, sock, base = _start(path, 4, 1)  # prints "server up in ..."
            took.append(time.perf_counter() - t0)
            from bench_api import _peak_rss_mib

            peaks.append(max(_peak_rss_mib(p.pid) for p in procs))
            cpu.append(max(_cpu_seconds(p.pid) for p in procs))
            if args.add and _ == args.runs - 1:
                before = _events_served(base)
                t1 = time.perf_counter()
                build_store(path, args.add, seed=int(time.time()))
                wrote = time.perf_counter() - t1
                while _events_served(base) == before:
                    time.sleep(0.1)
                print(f"added {args.add} events in one ingest ({wrote:.1f} s); served {time.perf_counter() - t1:.1f} s "
                      f"after the ingest began; peak RSS now {max(_peak_rss_mib(p.pid) for p in procs):.0f} MiB",
                      flush=True)
            for p in procs:
                p.terminate()
                p.join()
            sock.close()
        print(f"start-up (process start to first answer) over {args.runs} runs: median {statistics.median(took):.2f} s "
              f"(min {min(took):.2f}, max {max(took):.2f}); peak RSS median {statistics.median(peaks):.0f} MiB "
              f"(max {max(peaks):.0f}); worker CPU time median {statistics.median(cpu):.2f} s; "
              f"load average {Path('/proc/loadavg').read_text().split()[0]}")


if __name__ == "__main__":
    main()
