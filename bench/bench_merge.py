"""How long merge_events takes on 100,000 synthetic events (target: under 10 s on 2 cores).

The events mimic a corpus: 600 towns across Syria and Iraq, three years of days, a dozen
actors, each event reported by one to four articles with day, week or month windows, so
about half the input merges away.

    .venv/bin/python bench/bench_merge.py [N]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from warmap.records import Actor, ActorMention, DateWindow, Event, Place, PlaceMention, Source
from warmap.timeline import merge_events

TYPES = [
    ("Battles", "Armed clash"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
]
ACTORS = [Actor(i, i, "rebel group") for i in
          ("isis", "jabhat_al_nusra", "fsa", "ypg", "ahrar_al_sham", "hts", "sdf")] + \
         [Actor("syrian_army", "Military Forces of Syria", "state forces"),
          Actor("syrian_air_force", "Air Force", "state forces", parent="syrian_army"),
          Actor("iraqi_army", "Military Forces of Iraq", "state forces"),
          Actor("civilians_syria", "Civilians (Syria)", "civilians")]


def synthetic(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    towns = [Place(f"Town {i}", rng.choice(["SY", "IQ"]), None,
                   rng.uniform(32.0, 37.3), rng.uniform(36.0, 45.0)) for i in range(600)]
    start = dt.date(2013, 1, 1)
    out: list[Event] = []
    k = 0
    while len(out) < n:
        etype, sub = rng.choice(TYPES)
        town = rng.choice(towns)
        day = start + dt.timedelta(days=rng.randrange(3 * 365))
        a1, a2 = rng.sample(ACTORS, 2)
        for r in range(rng.choice((1, 1, 2, 3, 4))):
            spread = rng.choice((0, 0, 0, 3, 7, 15))
            lo = day - dt.timedelta(days=rng.randrange(spread + 1))
            hi = lo + dt.timedelta(days=spread)
            prec = "day" if spread == 0 else "week" if spread <= 7 else "month"
            src = Source(f"doc{k}-{r}.txt", f"{k:08d}{r}", None, hi, "...", 0, 3)
            out.append(Event(
                id=f"{k:08d}-{r}", event_type=etype, sub_event_type=sub,
                when=DateWindow(day if lo <= day <= hi else lo, lo, hi, prec),
                actor1=ActorMention(a1, a1.id, 0, 1, generic=rng.random() < 0.1),
                actor2=ActorMention(a2, a2.id, 0, 1) if rng.random() < 0.7 else None,
                location=PlaceMention(town, town.name, 0, 1, rng.choice((1, 1, 2))),
                fatalities=rng.choice((None, 1, 3, 10)), confidence=0.9, sources=(src,),
            ))
        k += 1
    return out[:n]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    t0 = time.perf_counter()
    events = synthetic(n)
    t1 = time.perf_counter()
    merged = merge_events(events)
    t2 = time.perf_counter()
    print(f"generated {n:,} events in {t1 - t0:.2f} s")
    print(f"merge_events: {n:,} -> {len(merged):,} events in {t2 - t1:.2f} s "
          f"({n / (t2 - t1):,.0f} events/s)")


if __name__ == "__main__":
    main()
