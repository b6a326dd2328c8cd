"""Server memory under abuse: ``warmap serve`` on loopback, flooded for a while.

Starts ``warmap serve`` (a child process, 127.0.0.1 only) over a synthetic store
(``bench_api.build_store``) and, for ``--seconds``, keeps at it from several threads:

- unique query strings: a made-up parameter of ~4 KB on a handful of filters, each asked
  twice (so a cache keyed on the raw query would keep every one);
- unique filters: random day windows, 1,000-event pages, each asked twice (the page cache
  fills to its budget and must stay there);
- every few seconds four clients each sending a 100 MB header;
- slow clients that open connections and send a byte now and then, never a whole request.

It samples the server's resident memory every second and prints start, peak and end, and
whether the peak stayed within the page-cache budget plus 200 MB of the memory at start
(issue 10's target). Every request goes to 127.0.0.1; every loop stops by itself.

Run: .venv/bin/python bench/bench_abuse.py [--events 20000] [--seconds 600] [--page-cache-mb 256]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from bench_api import FIRST, SPAN_DAYS, ensure_store  # noqa: E402

HOST = "127.0.0.1"


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _start(db: str, page_cache_mb: int) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    # the flag only when it differs from the default: so the same run measures a warmap from
    # before the flag existed (PYTHONPATH=old/src), whose budget was that default
    cache = ["--page-cache-mb", str(page_cache_mb)] if page_cache_mb != 256 else []
    proc = subprocess.Popen([sys.executable, "-m", "warmap", "--db", db, "serve", "--host", HOST, "--port", str(port),
                             *cache], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    for _ in range(1200):
        if proc.poll() is not None:
            raise SystemExit("warmap serve exited at start-up")
        with contextlib.suppress(httpx.TransportError):
            httpx.get(base + "/api/summary", timeout=2)
            return proc, base
        time.sleep(0.1)
    raise SystemExit("warmap serve did not start in 120 s")


class Counts:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.n: dict[str, int] = {}

    def add(self, what: str) -> None:
        with self.lock:
            self.n[what] = self.n.get(what, 0) + 1


def _junk_queries(base: str, stop: float, counts: Counts, seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as client:
        i = 0
        while time.monotonic() < stop:
            url = f"/api/events?actor=isis&offset={rng.randrange(5)}&junk{seed}_{i}={'z' * 3950}"
            for _ in range(2):
                counts.add(f"unique query strings: {client.get(url).status_code}")
            i += 1


def _unique_filters(base: str, stop: float, counts: Counts, seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as client:
        while time.monotonic() < stop:
            start = FIRST + dt.timedelta(days=rng.randrange(SPAN_DAYS))
            url = f"/api/events?since={start}&until={start + dt.timedelta(days=rng.randrange(30, 400))}&limit=1000"
            for _ in range(2):
                counts.add(f"unique filters: {client.get(url).status_code}")


def _huge_headers(base: str, stop: float, counts: Counts) -> None:
    host, port = base.removeprefix("http://").split(":")

    def one() -> None:
        sent = 0
        with contextlib.suppress(OSError), socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"GET /api/summary HTTP/1.1\r\nHost: x\r\nX-Big: ")
            chunk = b"a" * 2**20
            for _ in range(100):
                s.sendall(chunk)
                sent += 1
        counts.add("100 MB headers sent" + (" whole" if sent == 100 else ", cut short by the server"))

    while time.monotonic() < stop:
        threads = [threading.Thread(target=one) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        time.sleep(2)


def _slow_clients(base: str, stop: float, counts: Counts) -> None:
    host, port = base.removeprefix("http://").split(":")
    while time.monotonic() < stop:
        socks = []
        for _ in range(50):
            with contextlib.suppress(OSError):
                s = socket.create_connection((host, int(port)), timeout=5)
                s.sendall(b"GET /api/summary HTTP/1.1\r\n")
                socks.append(s)
        for _ in range(30):  # a byte a second per connection, for half a minute at most
            if time.monotonic() >= stop:
                break
            for s in list(socks):
                try:
                    s.sendall(b"X")
                except OSError:
                    socks.remove(s)
                    counts.add("slow clients closed by the server")
            time.sleep(1)
        for s in socks:
            counts.add("slow clients still open after 30 s")
            s.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--db", help="reuse (or build once into) this store instead of a temporary one")
    ap.add_argument("--seconds", type=int, default=600)
    ap.add_argument("--page-cache-mb", type=int, default=256)
    ap.add_argument("--threads", type=int, default=3, help="threads for each kind of query flood")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = ensure_store(args.db or str(Path(tmp) / "bench.duckdb"), args.events)
        proc, base = _start(db, args.page_cache_mb)
        try:
            time.sleep(1)
            start_rss = _rss_mb(proc.pid)
            print(f"server ready: RSS {start_rss:.0f} MB; flooding for {args.seconds} s "
                  f"(page cache budget {args.page_cache_mb} MB)", flush=True)
            counts = Counts()
            stop = time.monotonic() + args.seconds
            workers = [threading.Thread(target=_junk_queries, args=(base, stop, counts, i)) for i in range(args.threads)]
            workers += [threading.Thread(target=_unique_filters, args=(base, stop, counts, 100 + i))
                        for i in range(args.threads)]
            workers += [threading.Thread(target=_huge_headers, args=(base, stop, counts)),
                        threading.Thread(target=_slow_clients, args=(base, stop, counts))]
            for w in workers:
                w.start()
            peak, samples = start_rss, []
            while any(w.is_alive() for w in workers):
                rss = _rss_mb(proc.pid)
                peak = max(peak, rss)
                samples.append(rss)
                if len(samples) % 60 == 0:
                    print(f"  {len(samples):4d} s: RSS {rss:.0f} MB (peak {peak:.0f})", flush=True)
                time.sleep(1)
            latencies = []  # inf: no answer within 10 s
            with httpx.Client(base_url=base, timeout=10) as client:
                for _ in range(50):
                    t0 = time.perf_counter()
                    try:
                        client.get("/api/summary")
                        latencies.append(time.perf_counter() - t0)
                    except httpx.TransportError:
                        latencies.append(float("inf"))
            end_rss = _rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    for what, n in sorted(counts.n.items()):
        print(f"  {what}: {n:,}")
    latencies.sort()
    limit = start_rss + args.page_cache_mb + 200
    print(f"RSS start {start_rss:.0f} MB, peak {peak:.0f} MB, end {end_rss:.0f} MB; growth {peak - start_rss:.0f} MB "
          f"against a budget of {args.page_cache_mb} + 200 MB: {'within' if peak <= limit else 'OVER'}")
    print(f"after the flood, /api/summary median {latencies[len(latencies) // 2] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
