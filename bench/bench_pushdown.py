"""Reading paths against DuckDB alone: control by place, and export, at 100,000 events.

Builds (or reuses, with ``--db``) the synthetic store of ``bench_api.py`` and adds control
claims (``--claims``, over 500 towns, written through ``Store.write_batch``). Then, each the
median of ``--runs``:

- ``warmap control PLACE``: every claim decoded and filtered (``control_at(store.control_claims(), ...)``,
  the path before issue 11), only the place's claims fetched (``claims_for``, the path now), and
  DuckDB fetching that place's claim records (``SELECT record ... WHERE place = ?``). With
  ``--pg URL`` (an empty PostgreSQL database, or one this bench filled before) the same on
  PostgreSQL, with the same claims.
- ``warmap export``: the decoding path (read every event, merge, encode: ``write_events``), the
  streamed export (``write_stored``, the path now), and DuckDB's own ``COPY`` of the
  same rows (the merged view's records as lines; for Parquet, the same columns).

Run: .venv/bin/python bench/bench_pushdown.py [--db PATH] [--events 100000] [--claims 50000] [--runs 3]
     [--only control|export] [--pg postgresql:///DB]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_api import ACTORS, ensure_store  # noqa: E402

from warmap.records import ActorMention, Article, ControlClaim, DateWindow, Place, PlaceMention, Source  # noqa: E402
from warmap.store import Store, open_store  # noqa: E402

TOWNS = [Place(f"Town {i}", "SY", "Aleppo", 35.0 + i / 200, 37.0 + i / 300) for i in range(500)]


def add_claims(path: str, n: int, per_article: int = 5) -> None:
    """``n`` control claims (captures, losses, statements) in articles of their own, in the
    store ``path`` names (a DuckDB file or a PostgreSQL URL)."""
    rng = random.Random(11)
    with open_store(path) as store:
        if store.query("SELECT count(*) FROM control_claims")[0][0] >= n:
            return
        for b0 in range(0, n // per_article, 1000):
            articles, claims = [], []
            for a in range(b0, min(b0 + 1000, n // per_article)):
                text = f"Control report {a}: " + " ".join(f"Claim {k} on the town." for k in range(per_article))
                doc = hashlib.sha256(text.encode()).hexdigest()
                day = dt.date(2013, 1, 1) + dt.timedelta(days=rng.randrange(1500))
                art = Article(doc, f"synthetic/control-{a}.txt", text, f"Control report {a}", day)
                articles.append(art)
                for k in range(per_article):
                    town, actor = rng.choice(TOWNS), rng.choice(ACTORS[:5])
                    when = day - dt.timedelta(days=rng.randrange(10))
                    claims.append(ControlClaim(
                        PlaceMention(town, town.name, 0, len(town.name)), ActorMention(actor, actor.id, 0, 4),
                        DateWindow(when, when, when, "day"), rng.choice(["capture", "loss", "statement"]), 0.8,
                        Source(art.source, doc, art.title, day, f"Claim {k} on the town.", 0, 20)))
            store.write_batch(articles, [], claims)


def _median(f, runs: int) -> float:
    took = []
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        took.append(time.perf_counter() - t0)
    return statistics.median(took)


def bench_control(store, runs: int, fetch: str) -> None:
    """``warmap control PLACE`` on ``store``: every claim decoded, the place's claims fetched,
    and the database fetching the place's records (``fetch``), each the median of ``runs``."""
    from warmap.timeline import claims_for, control_at

    day, place = dt.date(2015, 6, 1), "Town 17"
    control_at(claims_for(store, place), day, place)  # the gazetteer loaded once, as in any run
    n_claims = len(claims_for(store, place))
    every = _median(lambda: control_at(store.control_claims(), day, place), runs)
    pushed = _median(lambda: control_at(claims_for(store, place), day, place), runs)
    bare = _median(lambda: store.query(fetch, [place]), runs)
    print(f"control {place!r} ({n_claims} of {store.query('SELECT count(*) FROM control_claims')[0][0]:,} claims, "
          f"{type(store).__name__}): every claim decoded {every:.3f} s ({every / bare:.1f}x), fetched by place "
          f"{pushed:.4f} s ({pushed / bare:.1f}x), the database's fetch {bare:.4f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--claims", type=int, default=50_000)
    ap.add_argument("--db", help="reuse (or build once into) this store instead of a temporary one")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", choices=["control", "export"], help="measure only this reading path")
    ap.add_argument("--pg", help="also measure control on this PostgreSQL database (filled with the same claims)")
    args = ap.parse_args()
    from warmap.cli import _export_events
    from warmap.export.writers import write_events, write_stored
    from warmap.timeline.incremental import MERGED_EVENTS

    with tempfile.TemporaryDirectory() as tmp:
        path = ensure_store(args.db or str(Path(tmp) / "bench.duckdb"), args.events)
        add_claims(path, args.claims)
        out = Path(tmp)
        with Store(path, read_only=True) as store:
            con = store._con
            if args.only != "export":
                bench_control(store, args.runs, "SELECT record FROM control_claims WHERE place = ?")
            if args.pg:
                add_claims(args.pg, args.claims)
                with open_store(args.pg, read_only=True) as pg:
                    # the indexed fetch (PostgreSQL scans the whole table for "place = ?": no index on it)
                    bench_control(pg, args.runs, "SELECT record::text FROM control_claims WHERE lower(place) = lower(?)")
            if args.only == "control":
                return

            rows = MERGED_EVENTS.format(cols="{cols}", where="") + " ORDER BY date, id"
            n = store.query(MERGED_EVENTS.format(cols="count(*)", where=""))[0][0]

            def decoded(fmt: str) -> None:
                events, status = _export_events(store, True, False)
                write_events(events, fmt, out / f"slow.{fmt}", review=status)

            copy_jsonl = _median(lambda: con.execute(
                f"COPY ({rows.format(cols='record')}) TO '{out / 'duck.jsonl'}' "
                "(FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\x1f')"), args.runs)
            streamed = _median(lambda: write_stored(store, "jsonl", out / "fast.jsonl"), args.runs)
            slow_jsonl = _median(lambda: decoded("jsonl"), 1)
            print(f"export JSON Lines, {n:,} merged events: decoded {slow_jsonl:.2f} s ({slow_jsonl / copy_jsonl:.1f}x), "
                  f"streamed {streamed:.2f} s ({streamed / copy_jsonl:.1f}x), DuckDB COPY {copy_jsonl:.2f} s", flush=True)
            cols = ("id, event_type, sub_event_type, date, date_min, date_max, date_precision, actor1_id, actor1_name, "
                    "json_extract_string(record, '$.actor1.type') AS actor1_type, "
                    "json_extract_string(record, '$.actor1.mention') AS actor1_mention, actor2_id, actor2_name, "
                    "json_extract_string(record, '$.actor2.type') AS actor2_type, "
                    "json_extract_string(record, '$.actor2.mention') AS actor2_mention, place AS location, country, "
                    "admin1, lat, lon, geo_precision, place_mention AS location_mention, fatalities, confidence, "
                    "json_extract(record, '$.sources')::VARCHAR AS sources")
            copy_parquet = _median(lambda: con.execute(
                f"COPY ({rows.format(cols=cols)}) TO '{out / 'duck.parquet'}' (FORMAT parquet)"), args.runs)
            fast_parquet = _median(lambda: write_stored(store, "parquet", out / "fast.parquet"), args.runs)
            slow_parquet = _median(lambda: decoded("parquet"), 1)
            print(f"export Parquet: decoded {slow_parquet:.2f} s ({slow_parquet / copy_parquet:.1f}x), "
                  f"streamed {fast_parquet:.2f} s ({fast_parquet / copy_parquet:.1f}x), "
                  f"DuckDB COPY {copy_parquet:.2f} s", flush=True)
    print(f"load average {Path('/proc/loadavg').read_text().split()[0]}")


if __name__ == "__main__":
    main()
