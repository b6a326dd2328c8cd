"""The store's merged view, kept per batch, equals merging the whole store at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random

import pytest

from helpers import make_article, make_event
from warmap.export.codec import event_to_dict
from warmap.records import Actor, DateWindow, Place
from warmap.store import Store
from warmap.timeline import merge_events
from warmap.timeline.incremental import MERGED_EVENTS, rebuild_merged

# Towns a few km apart (merge across names), one far off, and one name in two countries.
PLACES = [Place("Kobani", "SY", "Aleppo", 36.89, 38.35), Place("Tal Shair", "SY", "Aleppo", 36.95, 38.40),
          Place("Sarrin", "SY", "Aleppo", 36.50, 38.30), Place("Mosul", "IQ", "Nineveh", 36.34, 43.13),
          Place("Tal Abyad", "SY", "Ar-Raqqa", 36.70, 38.95), None]
ACTORS = [Actor("isis", "ISIS", "rebel group"), Actor("ypg", "YPG", "rebel group"),
          Actor("syrian_army", "Military Forces of Syria", "state forces"),
          Actor("syrian_air_force", "Air Force", "state forces", parent="syrian_army"), None]
KINDS = [("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
         ("Violence against civilians", "Abduction/forced disappearance")]


def _corpus(seed: int, n_articles: int = 60):
    """Articles with 1-4 events each, many of them reports of the same few happenings."""
    rng = random.Random(seed)
    out = []
    for a in range(n_articles):
        sentences = [f"Report {a} item {k} from the \"front\" near Kobanî, told in words of its own." for k in range(rng.randint(1, 4))]
        art = make_article(" ".join(sentences), source=f"reports/r{a}.txt",
                           published=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(40)))
        events = []
        for s in sentences:
            etype, sub = rng.choice(KINDS)
            day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(30))
            e = make_event(art, s, etype=etype, sub=sub, day=day, place=rng.choice(PLACES),
                           actor1=rng.choice(ACTORS), actor2=rng.choice(ACTORS), fatalities=rng.choice([None, 2, 5]))
            width = rng.choice([0, 0, 0, 6, 30])  # day, week or month windows
            lo = day - dt.timedelta(days=rng.randrange(width + 1))
            e = dataclasses.replace(e, when=DateWindow(day, lo, lo + dt.timedelta(days=width),
                                                       "day" if width == 0 else "week" if width == 6 else "month"))
            events.append(e)
        out.append((art, events))
    return out


def _view(store: Store) -> list[tuple[str, dict]]:
    return [(r[0], json.loads(r[1])) for r in store.query(MERGED_EVENTS.format(cols="id, record", where="") + " ORDER BY date, id")]


def _expected(store: Store) -> list[tuple[str, dict]]:
    return [(e.id, event_to_dict(e)) for e in merge_events(store.events())]


@pytest.mark.parametrize("seed", [1, 2])
def test_batches_give_the_merges_of_one_ingest(seed):
    corpus = _corpus(seed)
    with Store(":memory:") as one, Store(":memory:") as many:
        one.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        order = corpus[:]
        random.Random(seed).shuffle(order)
        for i in range(0, len(order), 7):  # batches of 7 articles, in another order
            part = order[i:i + 7]
            many.write_batch([a for a, _ in part], [e for _, es in part for e in es])
        whole = _expected(one)
        assert len(whole) < one.count_events()  # some reports were merged, so the test means something
        assert _view(one) == whole
        assert _view(many) == whole


def test_replacing_documents_merges_their_neighbours_again():
    corpus = _corpus(4)
    with Store(":memory:") as store:
        store.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        before = _view(store)
        # Analysed again: ten articles' events move to another day, which splits and joins merges.
        replaced, new_events = [], []
        for art, events in corpus[:10]:
            again = dataclasses.replace(art, doc_id=art.doc_id[::-1])
            replaced.append((art.doc_id, again))
            for e in events:
                src = dataclasses.replace(e.sources[0], doc_id=again.doc_id)
                w = e.when
                shift = dt.timedelta(days=3)
                new_events.append(dataclasses.replace(e, id=e.id[::-1], sources=(src,),
                                                      when=DateWindow(w.date + shift, w.date_min + shift, w.date_max + shift, w.precision)))
        store.replace_documents(replaced, new_events)
        after = _view(store)
        assert after != before
        assert after == _expected(store)
        rebuild_merged(store._con)  # merging the whole store again changes nothing
        assert _view(store) == after


def test_an_unmerged_store_of_schema_4_is_merged_by_the_migration(tmp_path):
    corpus = _corpus(5)
    path = str(tmp_path / "old.duckdb")
    with Store(path) as store:
        store.write_batch([a for a, _ in corpus], [e for _, es in corpus for e in es])
        expected = _view(store)
        store._con.execute("DROP TABLE merged_events")
        store._con.execute("DROP TABLE merged_members")
        store._con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    with Store(path, read_only=True) as store:
        assert _view(store) == expected
    assert (tmp_path / "old.duckdb.schema4.bak").exists()
