"""Server start-up on a 100,000-event store: seconds until the first answer, and where they go.

Builds (or reuses, with ``--db``) the synthetic store of ``bench_api.py`` (written through
``Store.write_batch`` in batches of 1,000 articles, as ``warmap ingest`` writes), runs the
command ``warmap --db STORE serve --port P`` itself in a new process and times it from the
process start until ``GET /api/summary`` answers (polled with a bare socket every 20 ms,
so the poller takes next to no CPU from the server). At that moment it reads the server's
CPU time (user + system, all threads), peak RSS (``VmHWM``) and, from
``/proc/PID/task/*/schedstat``, how long its main thread ran and how long it waited for a
CPU that other work held: wall = run + wait + the rest (sleeping, disk, lock waits). Then
it times the first ``q=`` search (the word index is built after the server is up).
With ``--add N`` it then ingests N more events in one batch while the server runs and
times how long until the server answers with them (the snapshot swap).

Target (issue 11): under 2 s and 500 MB at 100,000 events.

With ``--batches N`` it first times N batches of 100 articles written into a copy of the
store (what keeping the merged view costs an ingest).

Run: .venv/bin/python bench/bench_serve_start.py [--events 100000] [--db PATH] [--runs 3] [--add 1000] [--batches 3]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_api import _peak_rss_mib, build_store, ensure_store  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, target: str, timeout: float = 30.0) -> bytes | None:
    """The body of ``GET target``, or None while nothing listens on the port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            chunks = []
            while chunk := s.recv(1 << 16):
                chunks.append(chunk)
    except (ConnectionRefusedError, ConnectionResetError):
        return None
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"GET {target}: {head.splitlines()[0] if head else 'no answer'!r}")
    return body


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system, every thread) a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _main_thread_sched(pid: int) -> tuple[float, float]:
    """(seconds the main thread ran, seconds it waited for a CPU), from the scheduler."""
    ran, waited, _ = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()
    return int(ran) / 1e9, int(waited) / 1e9


def _warmap() -> list[str]:
    script = Path(sys.executable).parent / "warmap"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from warmap.cli import main; main()"]


@dataclass
class Start:
    wall: float  # process start to the first answer
    cpu: float  # the server's CPU time by then, all threads
    ran: float  # the main thread's share of ``cpu``
    waited: float  # the main thread waiting for a CPU
    peak_mib: float
    search: float  # process start to the first q= search answered
    peak_after_search_mib: float


def start_server(db: str, log: Path) -> tuple[subprocess.Popen, int, Start]:
    port = _free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen([*_warmap(), "--db", db, "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=log.open("w"))
    while _get(port, "/api/summary") is None:
        if proc.poll() is not None:
            raise RuntimeError(f"warmap serve exited with {proc.returncode}: {log.read_text()}")
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    cpu, (ran, waited), peak = _cpu_seconds(proc.pid), _main_thread_sched(proc.pid), _peak_rss_mib(proc.pid)
    _get(port, "/api/events?q=overtakes&limit=1")
    return proc, port, Start(wall, cpu, ran, waited, peak, time.perf_counter() - t0, _peak_rss_mib(proc.pid))


def _events_served(port: int) -> int:
    return json.loads(_get(port, "/api/summary") or b"{}")["events"]


def _span(xs: list[float], fmt: str = "{:.2f}") -> str:
    return f"median {fmt.format(statistics.median(xs))} ({fmt.format(min(xs))}-{fmt.format(max(xs))})"


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
        starts: list[Start] = []
        loads = [float(Path("/proc/loadavg").read_text().split()[0])]
        for run in range(args.runs):
            proc, port, s = start_server(path, Path(tmp) / "serve.log")
            starts.append(s)
            print(f"server answered in {s.wall:.2f} s: main thread ran {s.ran:.2f} s, waited {s.waited:.2f} s for a "
                  f"CPU, {s.wall - s.ran - s.waited:.2f} s neither (process start, sleeping, disk); CPU {s.cpu:.2f} s in "
                  f"all; peak RSS {s.peak_mib:.0f} MiB; first q= search answered at {s.search:.2f} s (peak RSS then "
                  f"{s.peak_after_search_mib:.0f} MiB)", flush=True)
            if args.add and run == args.runs - 1:
                before = _events_served(port)
                t1 = time.perf_counter()
                build_store(path, args.add, seed=int(time.time()))
                wrote = time.perf_counter() - t1
                while _events_served(port) == before:
                    time.sleep(0.1)
                print(f"added {args.add} events in one ingest ({wrote:.1f} s); served {time.perf_counter() - t1:.1f} s "
                      f"after the ingest began; peak RSS now {_peak_rss_mib(proc.pid):.0f} MiB", flush=True)
            proc.terminate()
            proc.wait()
            loads.append(float(Path("/proc/loadavg").read_text().split()[0]))
        print(f"start-up (command start to first answer) over {args.runs} runs: {_span([s.wall for s in starts])} s; "
              f"server CPU {_span([s.cpu for s in starts])} s; main thread waiting for a CPU "
              f"{_span([s.waited for s in starts])} s; peak RSS {_span([s.peak_mib for s in starts], '{:.0f}')} MiB; "
              f"first q= search at {_span([s.search for s in starts])} s, peak RSS then "
              f"{_span([s.peak_after_search_mib for s in starts], '{:.0f}')} MiB; load average {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    main()
