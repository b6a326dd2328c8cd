"""The in-memory index answers every filter exactly as the store's SQL does."""

import datetime as dt

import numpy as np
import pytest

from warmap.api.index import EventIndex
from warmap.store import EventFilter, Store

FILTERS = [
    EventFilter(),
    EventFilter(since=dt.date(2014, 6, 15)),
    EventFilter(until=dt.date(2014, 7, 1)),
    EventFilter(since=dt.date(2014, 6, 1), until=dt.date(2015, 1, 1)),
    EventFilter(place="raqq"),
    EventFilter(place="PALMYRA"),
    EventFilter(actor="isis"),
    EventFilter(actor="Syria"),
    EventFilter(event_type="Battles"),
    EventFilter(event_type="Air/drone strike"),
    EventFilter(text="civilians"),
    EventFilter(bbox=(38.0, 34.0, 41.5, 37.0)),
    EventFilter(limit=2, offset=1),
    EventFilter(actor="isis", since=dt.date(2014, 6, 1), limit=1),
    EventFilter(place="nowhere-at-all"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=[str(i) for i in range(len(FILTERS))])
def test_index_equals_sql(sample_db, flt):
    with Store(sample_db, read_only=True) as store:
        index = EventIndex.load(store)
        want = (store.count_matching(flt), [r[0] for r in store.event_records(flt)])
    total, page = index.select(flt)
    assert (total, [index.ids[i] for i in page]) == want


@pytest.mark.parametrize("fmt", ["json", "geojson"])
def test_index_pages_equal_store_pages(sample_db, fmt):
    """The read-only server's pages are byte for byte what the store path renders."""
    from warmap.api import render

    flt = EventFilter(limit=4, offset=1)
    with Store(sample_db, read_only=True) as store:
        index = EventIndex.load(store)
        rows, total = store.event_records(flt), store.count_matching(flt)
    if fmt == "json":
        assert index.page_json(flt) == render.raw_event_page(rows, total, 4, 1)
    else:
        assert index.page_geojson(flt) == render.raw_event_collection(rows, total, 4, 1)


def test_word_index_agrees_with_a_plain_scan():
    """Substring search through the word index finds exactly what ``needle in sentence`` finds,
    for word parts, several words, punctuation, other scripts and case."""
    import random

    from warmap.api.index import WordIndex

    rng = random.Random(3)
    words = ["ISIS", "al-Qaim", "overran", "the", "town", "Deir", "ez-Zor", "12", "killed", "دير", "Kobanî", "2014,"]
    sentences = [" ".join(rng.choice(words) for _ in range(rng.randrange(0, 9))) + rng.choice([".", "", "!"])
                 for _ in range(300)]
    index = WordIndex.build(sentences)
    needles = ["is", "ISIS", "al-q", "-", "n t", "ez-zor", "zor k", "12 ", "دي", "kobanî", "4,", "the town.", "nothing", " "]
    for needle in needles:
        want = [i for i, s in enumerate(sentences) if needle.lower() in s.lower()]
        assert index.containing(needle).tolist() == want, needle
    within = np.zeros(len(sentences), dtype=bool)
    within[::2] = True
    assert index.containing("the", within=within).tolist() == [i for i, s in enumerate(sentences)
                                                                 if i % 2 == 0 and "the" in s.lower()]


def test_merged_index_equals_merging_every_event(tmp_path):
    """Merging only the reports that could pair gives what merging them all gives, on a
    store with near and far places, overlapping and apart days, and reports with no place."""
    import dataclasses
    import datetime as dt
    import json
    import random

    from helpers import make_article, make_event

    from warmap.export.codec import event_to_dict
    from warmap.records import Place, PlaceMention
    from warmap.timeline import merge_events

    rng = random.Random(5)
    towns = [Place("Raqqa", "SY", "Ar-Raqqa", 35.95, 39.01), Place("Tabqa", "SY", "Ar-Raqqa", 35.84, 38.55),
             Place("Mosul", "IQ", "Nineveh", 36.34, 43.13), Place("Mosul", "SY", "Nowhere", 30.0, 40.0)]
    with Store(tmp_path / "m.duckdb") as store:
        for n in range(120):
            text = f"Report {n}: jets struck the town on Saturday, killing {n % 7} people."
            art = make_article(text, source=f"r{n}.txt")
            # the last twenty on days of their own: reports that pair with nothing
            day = dt.date(2014, 6, 1) + dt.timedelta(days=rng.randrange(6) if n < 100 else n)
            e = make_event(art, text, day=day,
                           fatalities=n % 7, sub=rng.choice(["Air/drone strike", "Shelling/artillery/missile attack"]))
            town = rng.choice([*towns, None])
            loc = None if town is None else PlaceMention(
                dataclasses.replace(town, lat=town.lat + rng.uniform(-0.1, 0.1)), town.name, 0, 4)
            store.write_batch([art], [dataclasses.replace(e, location=loc)])
        index = EventIndex.load(store, merged=True)
        everything = merge_events(store.events())
    assert len(everything) < 120  # the store does hold reports that merge
    assert sum(1 for e in everything if e.when.date >= dt.date(2014, 9, 1)) == 20
    want = [json.loads(json.dumps(event_to_dict(e), ensure_ascii=False)) for e in everything]
    got = [json.loads(index.records[i]) for i in range(len(index))]
    assert got == want


@pytest.mark.parametrize("flt", FILTERS, ids=[str(i) for i in range(len(FILTERS))])
def test_day_counts_count_what_the_list_holds(sample_db, flt):
    """The chart's counts: each matching event once, on its shown day, under its type
    (the filter's page ignored)."""
    import collections
    import dataclasses
    import json

    with Store(sample_db, read_only=True) as store:
        index = EventIndex.load(store)
        records = [json.loads(r[3]) for r in store.event_records(dataclasses.replace(flt, limit=None, offset=0))]
    want = collections.Counter((dt.date.fromisoformat(r["date"]), r["event_type"]) for r in records)
    got = index.day_counts(flt)
    assert {(day, etype): n for day, etype, n in got} == want
    assert [(d, t) for d, t, _ in got] == sorted(want)
