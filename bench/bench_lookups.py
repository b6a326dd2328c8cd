"""Actor and date look-ups: dictionary build time, and find() per ~700-word article.

The figures the unit tests used to time (and could not, reliably, on a shared machine).
Run: .venv/bin/python bench/bench_lookups.py [--articles 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from bench_gazetteer import article

from warmap.actors.dictionary import ActorDictionary, load_actors
from warmap.actors.loader import read_actor_data
from warmap.events.dates import find_dates


def _per_call_ms(fn, texts: list[str]) -> tuple[float, float]:
    """Median and worst milliseconds of ``fn`` over the texts (after one warm-up call)."""
    fn(texts[0])
    times = []
    for t in texts:
        t0 = time.perf_counter()
        fn(t)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    data = read_actor_data()
    builds = []
    for _ in range(5):
        t0 = time.perf_counter()
        ActorDictionary(data)
        builds.append(time.perf_counter() - t0)
    print(f"actor dictionary build: {statistics.median(builds) * 1000:.0f} ms (median of 5)")
    texts = [article(i) for i in range(args.articles)]
    actors = load_actors()
    med, worst = _per_call_ms(lambda t: actors.find(t, country="SY"), texts)
    print(f"actors.find: {med:.2f} ms per ~700-word article (worst {worst:.2f} ms)")
    published = dt.date(2015, 5, 21)
    med, worst = _per_call_ms(lambda t: find_dates(t, published), texts)
    print(f"find_dates: {med:.2f} ms per ~700-word article (worst {worst:.2f} ms)")


if __name__ == "__main__":
    main()
