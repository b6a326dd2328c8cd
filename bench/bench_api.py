"""HTTP API latency on a 100,000-event store.

Builds a synthetic store (through Store.write_batch, in batches), serves it with uvicorn
on loopback in child processes, and asks GET /api/events for a mix of filters (date
windows, boxes, actors, types, text with deep offsets, 1,000-event GeoJSON pages).

- httpx.AsyncClient, a few requests in flight: the latency of one request.
- wrk (Debian's, a C load generator light enough to share the two cores with the
  server), 200 connections: "every query new" makes each request unique, so none is
  answered from the page cache; "200 queries repeated" is a map's many users asking for
  the same windows, mostly answered from it.

Target: p95 < 200 ms with 200 requests in flight. Pool 0 (a store opened per request, no
in-memory index, no page cache) is measured with httpx only, for comparison.

Run: .venv/bin/python bench/bench_api.py [--events 100000] [--db PATH] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import multiprocessing as mp
import random
import socket
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from warmap.records import (
    Actor, ActorMention, Article, DateWindow, Event, Evidence, Place, PlaceMention, Source,
)

ACTORS = [Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group", "SY"),
          Actor("syrian_army", "Military Forces of Syria", "state forces", "SY"),
          Actor("iraqi_army", "Military Forces of Iraq", "state forces", "IQ"),
          Actor("ypg", "People's Protection Units (YPG)", "rebel group", "SY"),
          Actor("jabhat_al_nusra", "Jabhat al-Nusra", "rebel group", "SY"),
          Actor("civilians_syria", "Civilians (Syria)", "civilians", "SY")]
PLACES = [Place("Ar-Raqqah", "SY", "Ar-Raqqa", 35.95, 39.01), Place("Aleppo", "SY", "Aleppo", 36.20, 37.13),
          Place("Palmyra", "SY", "Homs", 34.56, 38.27), Place("Mosul", "IQ", "Nineveh", 36.33, 43.12),
          Place("Ramadi", "IQ", "Anbar", 33.42, 43.30), Place("Deir ez-Zor", "SY", "Deir ez-Zor", 35.33, 40.14),
          Place("Kobani", "SY", "Aleppo", 36.89, 38.35), Place("Fallujah", "IQ", "Anbar", 33.35, 43.78)]
TYPES = [("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
         ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Strategic developments", "Agreement")]
FIRST = dt.date(2012, 1, 1)
SPAN_DAYS = 8 * 365


def build_store(path: str, n_events: int, per_article: int = 10, batch_articles: int = 1000, seed: int = 7) -> float:
    """Write ``n_events`` synthetic events (``per_article`` per article); returns seconds taken.
    Another ``seed`` gives other articles (to add to a store built before)."""
    from warmap.store import Store

    rng = random.Random(seed)
    started = time.perf_counter()
    with Store(path) as store:
        for b0 in range(0, n_events // per_article, batch_articles):
            articles, events = [], []
            for a in range(b0, min(b0 + batch_articles, n_events // per_article)):
                sentences = []
                for k in range(per_article):
                    p, t = rng.choice(PLACES), rng.choice(TYPES)
                    sentences.append((f"Report {a}-{k}: {t[1].lower()} near {p.name} involving several units.", p, t))
                text = " ".join(s for s, _, _ in sentences)
                doc = hashlib.sha256(text.encode()).hexdigest()
                day = FIRST + dt.timedelta(days=rng.randrange(SPAN_DAYS))
                art = Article(doc, f"synthetic/{a}.txt", text, f"Synthetic report {a}", day)
                articles.append(art)
                at = 0
                for k, (s, p, t) in enumerate(sentences):
                    start = text.index(s, at)
                    at = start + len(s)
                    a1, a2 = rng.sample(ACTORS, 2)
                    pm = PlaceMention(Place(p.name, p.country, p.admin1, p.lat + rng.uniform(-0.3, 0.3),
                                            p.lon + rng.uniform(-0.3, 0.3)), p.name, start + s.index(p.name),
                                      start + s.index(p.name) + len(p.name))
                    events.append(Event(
                        f"{doc[:12]}-{k}", t[0], t[1], DateWindow(day, day, day), ActorMention(a1, a1.name, start, start + 6),
                        ActorMention(a2, a2.name, start, start + 6), pm, rng.choice([None, 0, 3, 12]), 0.8,
                        (Source(art.source, doc, art.title, day, s, start, at),),
                        (Evidence("location", p.name, pm.start, pm.end),)))
            store.write_batch(articles, events)
    return time.perf_counter() - started


def ensure_store(path: str, n_events: int) -> str:
    """``path``, built with ``n_events`` synthetic events first if it does not exist."""
    if not Path(path).exists():
        took = build_store(path, n_events)
        print(f"store: {n_events:,} events written in {took:.1f} s ({Path(path).stat().st_size / 1e6:.1f} MB)", flush=True)
    return path


def _serve(path: str, sock: socket.socket, pool_size: int) -> None:
    import uvicorn

    from warmap.api import create_app

    from warmap.api.app import ServerLimits, server_options

    # as warmap serve runs (its default limits, guarded protocol), less the start-up lines
    options = {**server_options(ServerLimits()), "log_level": "warning"}
    config = uvicorn.Config(create_app(path, pool_size=pool_size), **options)
    uvicorn.Server(config).run(sockets=[sock])


def _queries(rng: random.Random, n: int) -> list[dict[str, str]]:
    out = []
    for _ in range(n):
        start = FIRST + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        q: dict[str, str] = {"since": str(start), "until": str(start + dt.timedelta(days=rng.choice([1, 30, 365])))}
        kind = rng.randrange(6)
        if kind == 0:
            q["bbox"] = "37,34,41,37"
        elif kind == 1:
            q["actor"] = rng.choice(ACTORS).id
        elif kind == 2:
            q["type"] = rng.choice(TYPES)[0]
        elif kind == 3:
            q = {"q": "overtakes", "offset": str(rng.randrange(0, 5000))}
        elif kind == 4:
            q = {"limit": "1000", "format": "geojson", "place": "Aleppo"}
        out.append(q)
    return out


async def _fire(base: str, queries: list[dict[str, str]], concurrency: int) -> list[float]:
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def one(q: dict[str, str]) -> float:
            async with gate:
                t0 = time.perf_counter()
                r = await client.get("/api/events", params=q)
                r.raise_for_status()
                return time.perf_counter() - t0

        await client.get("/api/events", params={"limit": "1"})  # warm up
        return list(await asyncio.gather(*(one(q) for q in queries)))


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


#: wrk's Lua: the query mix of ``_queries`` drawn afresh for every request, each made unique
#: so that no answer comes from the page cache (each thread seeded apart). The page cache is
#: keyed on the parsed filter, so a made-up parameter would not do: the box's north edge
#: carries a unique tail of digits (a few metres at most).
FRESH_LUA = r"""
local actors = {%(actors)s}
local types = {"Battles", "Explosions%%2FRemote%%20violence", "Violence%%20against%%20civilians", "Strategic%%20developments"}
local spans = {1, 30, 365}
local first, days = %(first)d, %(days)d
local n, threads = 0, 0
setup = function(thread) threads = threads + 1; thread:set("id", threads) end
init = function(args) math.randomseed(id * 7919) end
request = function()
  n = n + 1
  local start = first + math.random(0, days - 1) * 86400
  local q = "since=" .. os.date("!%%Y-%%m-%%d", start) .. "&until=" .. os.date("!%%Y-%%m-%%d", start + spans[math.random(3)] * 86400)
  local kind = math.random(0, 5)
  if kind == 0 then q = q .. "&bbox=37%%2C34%%2C41%%2C37"
  elseif kind == 1 then q = q .. "&actor=" .. actors[math.random(#actors)]
  elseif kind == 2 then q = q .. "&type=" .. types[math.random(#types)]
  elseif kind == 3 then q = "q=overtakes&offset=" .. math.random(0, 4999)
  elseif kind == 4 then q = "limit=1000&format=geojson&place=Aleppo" end
  local north = (kind == 0) and "37.0000" or "89.0000"
  if kind == 0 then q = string.gsub(q, "&bbox=[^&]*", "") end
  q = q .. "&bbox=" .. ((kind == 0) and "37%%2C34%%2C41%%2C" or "-180%%2C-90%%2C180%%2C") .. north .. id .. string.format("%%08d", n)
  return wrk.format("GET", "/api/events?" .. q)
end
"""

#: Appended to both scripts: the figures wrk's own summary leaves out (p95, errors).
DONE_LUA = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %.1f %d %d\n", summary.requests,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, e.timeout, e.connect + e.read + e.write + e.status))
end
"""


def _wrk(base: str, script: str, tmp: Path, label: str, connections: int, seconds: int) -> None:
    """Fire ``script`` from wrk (a C load generator, light next to the server) and print
    p50/p95/p99/max and throughput."""
    import subprocess

    path = tmp / "load.lua"
    path.write_text(script + DONE_LUA)
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(path), base],
                         capture_output=True, text=True).stdout
    line = next((ln for ln in out.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        print(f"wrk gave no result:\n{out}")
        return
    n, secs, p50, p95, p99, top, timeouts, errors = line.split()[1:]
    print(f"wrk, {label}: {connections} in flight, {int(n) / float(secs):6.0f} req/s; p50 {float(p50):5.0f} ms  "
          f"p95 {float(p95):5.0f} ms  p99 {float(p99):5.0f} ms  max {float(top):5.0f} ms  "
          f"({n} requests, {timeouts} timeouts, {errors} errors)", flush=True)


def _mix_lua(queries: list[dict[str, str]]) -> str:
    from urllib.parse import urlencode

    paths = ",".join('"/api/events?' + urlencode(q) + '"' for q in queries)
    return (f"paths = {{{paths}}}\n"
            "request = function() return wrk.format('GET', paths[math.random(#paths)]) end\n")


def _start(path: str, pool: int, workers: int) -> tuple[list[mp.Process], socket.socket, str]:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    procs = [mp.get_context("spawn").Process(target=_serve, args=(path, sock, pool), daemon=True)
             for _ in range(workers)]
    for p in procs:
        p.start()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    started = time.perf_counter()
    for _ in range(600):
        try:
            httpx.get(base + "/api/summary", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    peak = max(_peak_rss_mib(p.pid) for p in procs)
    print(f"server up in {time.perf_counter() - started:.1f} s; peak RSS {peak:.0f} MiB per worker", flush=True)
    return procs, sock, base


def _peak_rss_mib(pid: int | None) -> float:
    """A process's peak resident memory (Linux), 0 when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main() -> None:
    import shutil

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="reuse (or build once into) this store instead of a temporary one")
    ap.add_argument("--requests", type=int, default=200, help="requests per httpx run")
    ap.add_argument("--concurrency", default="1,8", help="requests in flight for the httpx runs")
    ap.add_argument("--pools", default="4,0", help="pool sizes to compare (0 = a store per request)")
    ap.add_argument("--workers", type=int, default=1, help="server processes sharing the port")
    ap.add_argument("--connections", type=int, default=200, help="requests in flight for the wrk runs")
    ap.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = ensure_store(args.db or str(Path(tmp) / "bench.duckdb"), args.events)
        for pool in (int(x) for x in args.pools.split(",")):
            procs, sock, base = _start(path, pool, args.workers)
            print(f"pool={pool}, {args.workers} worker(s):", flush=True)
            for conc in (int(x) for x in args.concurrency.split(",")):
                qs = _queries(random.Random(11), args.requests)
                t0 = time.perf_counter()
                lat = asyncio.run(_fire(base, qs, conc))
                wall = time.perf_counter() - t0
                print(f"httpx: {len(lat)} requests, {conc:>3} in flight, {len(lat) / wall:5.1f} req/s; "
                      f"p50 {_pct(lat, 50):6.0f} ms  p95 {_pct(lat, 95):6.0f} ms  max {max(lat) * 1000:6.0f} ms",
                      flush=True)
            if shutil.which("wrk") is None:
                print("wrk not installed (apt-get install wrk): the 200-in-flight runs are skipped")
            elif pool:
                script = FRESH_LUA % {"actors": ", ".join(f'"{a.id}"' for a in ACTORS),
                                      "first": int(dt.datetime(FIRST.year, FIRST.month, FIRST.day,
                                                               tzinfo=dt.timezone.utc).timestamp()),
                                      "days": SPAN_DAYS}
                _wrk(base, script, Path(tmp), "every query new", args.connections, args.seconds)
                _wrk(base, _mix_lua(_queries(random.Random(11), 200)), Path(tmp),
                     "200 queries repeated", args.connections, args.seconds)
            for p in procs:
                p.terminate()
                p.join()
            sock.close()


if __name__ == "__main__":
    main()
