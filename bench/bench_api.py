"""HTTP API latency on a 100,000-event store.

Builds a synthetic store (through Store.write_batch, in batches), serves it with uvicorn
on loopback in a child process, and fires requests at GET /api/events with a mix of
filters (date windows, boxes, actors, types, text, deep offsets, 1,000-event GeoJSON
pages) from httpx.AsyncClient with bounded concurrency. Prints p50/p95/max latency per
pool size (0 = no pool and no in-memory index: a store opened per request) and per number
of requests in flight. Target: p95 < 200 ms at 200 in flight.

The httpx client runs on the same two cores as the server, so at 200 in flight it is
part of what is measured; with `--wrk` (Debian's wrk installed) the same query mix is
also fired by wrk, a C load generator, for a second opinion.

Run: .venv/bin/python bench/bench_api.py [--events 100000] [--requests 200] [--concurrency 200] [--wrk]
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


def build_store(path: str, n_events: int, per_article: int = 10, batch_articles: int = 1000) -> float:
    """Write ``n_events`` synthetic events (``per_article`` per article); returns seconds taken."""
    from warmap.store import Store

    rng = random.Random(7)
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


def _serve(path: str, sock: socket.socket, pool_size: int) -> None:
    import uvicorn

    from warmap.api import create_app

    uvicorn.Server(uvicorn.Config(create_app(path, pool_size=pool_size), log_level="warning")).run(sockets=[sock])


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


def _wrk(base: str, queries: list[dict[str, str]], tmp: Path) -> None:
    """The same query mix from wrk: 200 connections for 10 seconds."""
    import shutil
    import subprocess
    from urllib.parse import urlencode

    if shutil.which("wrk") is None:
        print("wrk not installed (apt-get install wrk): skipped")
        return
    paths = ",".join('"/api/events?' + urlencode(q) + '"' for q in queries)
    script = tmp / "mix.lua"
    script.write_text(
        f"paths = {{{paths}}}\n"
        "request = function() return wrk.format('GET', paths[math.random(#paths)]) end\n"
    )
    out = subprocess.run(["wrk", "-t2", "-c200", "-d10s", "--latency", "-s", str(script), base],
                         capture_output=True, text=True).stdout
    lines = [ln.strip() for ln in out.splitlines()
             if ln.strip().startswith(("50%", "90%", "99%", "Requests/sec", "Socket errors"))]
    print("wrk, 200 connections: " + "; ".join(lines), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", default="1,8,200", help="requests in flight, one run per value")
    ap.add_argument("--pools", default="4,0", help="pool sizes to compare (0 = a store per request)")
    ap.add_argument("--wrk", action="store_true", help="also measure with wrk (200 connections, 10 s)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.duckdb")
        took = build_store(path, args.events)
        print(f"store: {args.events:,} events written in {took:.1f} s ({Path(path).stat().st_size / 1e6:.1f} MB)")
        for pool in (int(x) for x in args.pools.split(",")):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
            proc = mp.get_context("spawn").Process(target=_serve, args=(path, sock, pool), daemon=True)
            proc.start()
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(base + "/api/summary", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            for conc in (int(x) for x in args.concurrency.split(",")):
                qs = _queries(random.Random(11), args.requests)
                t0 = time.perf_counter()
                lat = asyncio.run(_fire(base, qs, conc))
                wall = time.perf_counter() - t0
                print(f"pool={pool}: {len(lat)} requests, {conc:>3} in flight, {len(lat) / wall:5.1f} req/s; "
                      f"p50 {_pct(lat, 50):6.0f} ms  p95 {_pct(lat, 95):6.0f} ms  max {max(lat) * 1000:6.0f} ms",
                      flush=True)
            if args.wrk and pool:
                _wrk(base, _queries(random.Random(11), args.requests), Path(tmp))
            proc.terminate()
            proc.join()
            sock.close()


if __name__ == "__main__":
    main()
