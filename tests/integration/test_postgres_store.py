"""The PostgreSQL/PostGIS store (store/postgres.py) against the DuckDB store: the same
answers from the same writes, PostGIS points, concurrent writers losing and doubling nothing.

Needs WARMAP_TEST_PG (see tests/conftest.py); skipped with that reason without it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import AL_QAIM, ISIS, RAQQA, make_article, make_event
from warmap.errors import StoreError
from warmap.export import event_to_dict
from warmap.records import ActorMention, ControlClaim, DateWindow, Place, PlaceMention, RawInput
from warmap.store import EventFilter, PostgresStore, Store, open_store
from warmap.timeline import control_timeline, interval_to_dict


@pytest.fixture(params=["duckdb", "postgres"])
def db(request, tmp_path):
    """The name of a new store of each kind (a DuckDB file, a PostgreSQL URL)."""
    if request.param == "duckdb":
        return str(tmp_path / "s.duckdb")
    return request.getfixturevalue("pg_url")


def _two_events(article):
    e1 = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    e2 = make_event(article, "On Saturday, ISIS captured al-Qaim border crossing.", etype="Battles",
                    sub="Non-state actor overtakes territory", actor1=ISIS, actor2=None, place=AL_QAIM,
                    fatalities=None, day=dt.date(2014, 6, 1))
    return e1, e2


def _claim(event, kind="capture", day=dt.date(2014, 6, 1)):
    return ControlClaim(event.location, event.actor1, DateWindow(day, day, day, "day"), kind, 0.9, event.sources[0])


def test_open_store_picks_the_kind_by_name(db):
    with open_store(db) as store:
        assert isinstance(store, PostgresStore) == db.startswith("postgresql")
        assert store.count_events() == 0


def test_write_read_back_and_filter_alike(db, article):
    e1, e2 = _two_events(article)
    with open_store(db) as store:
        assert store.write_batch([article], [e1, e2]) == 1
        assert event_to_dict(store.event(e1.id)) == event_to_dict(e1)
        assert store.event(e2.id[:6]).id == e2.id
        assert [e.id for e in store.events(EventFilter(place="qa'im"))] == [e2.id]
        assert [e.id for e in store.events(EventFilter(since=dt.date(2014, 6, 10)))] == [e1.id]
        assert [e.id for e in store.events(EventFilter(actor="isis"))] == [e2.id]
        assert [e.id for e in store.events(EventFilter(event_type="Battles"))] == [e2.id]
        assert [e.id for e in store.events(EventFilter(text="100% raided"))] == []  # a literal % is no placeholder
        assert [e.id for e in store.events(EventFilter(bbox=(38.0, 35.0, 40.0, 37.0)))] == [e1.id]
        assert store.count_matching(EventFilter(limit=1)) == 2
        assert [r[0] for r in store.event_records(EventFilter(limit=1, offset=1))] == [e1.id]
        assert store.document(article.doc_id[:10]).text == article.text
    with open_store(db, read_only=True) as store:
        assert store.count_documents() == 1 and store.count_events() == 2
        with pytest.raises(StoreError):
            store.write_batch([make_article("Another report.")], [])


def test_reingest_and_raw_input_change_nothing(db):
    raw = RawInput("Read more: example.org\nThe Syrian air force raided Raqqa on Saturday.\n")
    first = dataclasses.replace(make_article("The Syrian air force raided Raqqa on Saturday."), raw=raw)
    later = dataclasses.replace(make_article("Read more: example.org The Syrian air force raided Raqqa on Saturday."),
                                raw=raw)
    other = dataclasses.replace(first, source="b.html", raw=RawInput("<p>The Syrian air force ...</p>", html=True))
    with open_store(db) as store:
        assert store.write_batch([first], [make_event(first, "The Syrian air force raided Raqqa on Saturday.")]) == 1
        assert store.known_articles([later, other]) == {later.doc_id, other.doc_id}
        assert store.write_batch([later, other], [make_event(later, "The Syrian air force raided Raqqa on Saturday.")]) == 0
        assert store.count_documents() == 1 and store.count_events() == 1
        assert store.stored_articles([first.doc_id])[0].raw == raw
        assert store.documents_to_reanalyse() == [first.doc_id]


def test_a_failed_batch_leaves_the_store_as_before(db, article, monkeypatch):
    import warmap.store.duck as duck
    import warmap.store.postgres as postgres

    e1, _ = _two_events(article)
    other = make_article("A second report about Raqqa.", source="b.txt")
    ev2 = make_event(other, "A second report about Raqqa.")
    with open_store(db) as store:
        store.write_batch([article], [e1])

        def boom(_claim):
            raise RuntimeError("disk full")

        monkeypatch.setattr(duck, "claim_to_dict", boom)
        monkeypatch.setattr(postgres, "claim_to_dict", boom)
        with pytest.raises(RuntimeError, match="disk full"):
            store.write_batch([other], [ev2], [_claim(ev2)])
        assert store.count_documents() == 1 and store.count_events() == 1
        assert store.known_documents([other.doc_id]) == set()


def test_replacing_documents_alike(db, article):
    e1, e2 = _two_events(article)
    again = make_article(article.text + "\n\nCorrection: the raid was on Sunday.", source=article.source)
    f1, _ = _two_events(again)
    with open_store(db) as store:
        store.write_batch([article], [e1, e2], [_claim(e2)])
        assert store.replace_documents([(article.doc_id, again)], [f1]) == []
        assert store.count_documents() == 1 and [e.id for e in store.events()] == [f1.id]
        assert store.control_claims() == []


def test_postgis_points_places_and_control_intervals(pg_url, article):
    e1, e2 = _two_events(article)
    taken, lost = _claim(e2), _claim(e2, "loss", dt.date(2014, 9, 1))
    with PostgresStore(pg_url) as store:
        store.write_batch([article], [e1, e2], [taken, lost])
        points = store.query("SELECT id, ST_SRID(geom), ST_X(geom), ST_Y(geom) FROM events ORDER BY id")
        assert sorted(points) == sorted([(e.id, 4326, e.location.place.lon, e.location.place.lat) for e in (e1, e2)])
        places = store.query("SELECT place_key, ST_SRID(geom), round(ST_Y(geom)::numeric, 4) FROM places ORDER BY 1")
        assert [(k, s, float(y)) for k, s, y in places] == [("Al-Qa'im (IQ)", 4326, AL_QAIM.lat),
                                                             ("Ar-Raqqah (SY)", 4326, RAQQA.lat)]
        assert store.query("SELECT count(*) FROM control_claims WHERE ST_SRID(geom) = 4326") == [(2,)]
        stored = [r[0] for r in store.query("SELECT record FROM control_intervals ORDER BY start_date NULLS FIRST")]
        expected = [interval_to_dict(iv) for ivs in control_timeline(store.control_claims()).values() for iv in ivs]
        assert expected and [json.loads(r) for r in stored] == expected
        assert store.query("SELECT ST_SRID(geom), actor_id FROM control_intervals LIMIT 1")[0] == (4326, "isis")
        # What QGIS lists as layers.
        assert store.query("SELECT f_table_name, srid, type FROM geometry_columns ORDER BY 1") == [
            ("control_claims", 4326, "POINT"), ("control_intervals", 4326, "POINT"), ("events", 4326, "POINT"),
            ("places", 4326, "POINT")]


def _point_at(lat, lon, km, bearing_deg, radius_km=6371.0088):
    """The point ``km`` from (lat, lon) along a great circle at this bearing."""
    d, b = km / radius_km, math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), math.degrees(l2)


_HAVERSINE_WITHIN = """
SELECT id FROM events WHERE lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1.0, sqrt(
    pow(sin(radians(lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(lat)) * pow(sin(radians(lon - ?) / 2), 2)))) <= ?
ORDER BY date, id
"""


def test_events_within_50_km_match_duckdb(pg_url, tmp_path):
    """ST_DWithin on geography (PostGIS) and a great-circle distance from lat/lon (DuckDB)
    pick the same events around Palmyra, including ones just inside and outside 50 km."""
    centre = (34.5603, 38.2805)
    rng = random.Random(11)
    events, articles = [], []
    for i, km in enumerate([0.0, 3.0, 20.0, 49.0, 49.9, 50.1, 51.0, 80.0, 300.0] + [rng.uniform(0, 120) for _ in range(30)]):
        lat, lon = _point_at(*centre, km, rng.uniform(0, 360))
        art = make_article(f"Report {i}: clashes near a village.", source=f"r{i}.txt")
        place = Place(f"Village {i}", "SY", "Homs", lat, lon, None, "city", 0)
        events.append(make_event(art, f"Report {i}: clashes near a village.", place=place, eid=f"ev{i:03d}"))
        articles.append(art)
    unplaced = make_article("Clashes somewhere.", source="nowhere.txt")
    events.append(make_event(unplaced, "Clashes somewhere.", place=None, eid="unplaced"))
    with Store(tmp_path / "s.duckdb") as duck, PostgresStore(pg_url) as pg:
        for store in (duck, pg):
            assert store.write_batch([*articles, unplaced], events) == len(articles) + 1
        near_duck = [r[0] for r in duck.query(_HAVERSINE_WITHIN, [centre[0], centre[0], centre[1], 50.0])]
        near_pg = pg.events_near(centre[0], centre[1], 50.0)
    assert near_pg == near_duck
    assert {"ev000", "ev003", "ev004"} <= set(near_pg) and not {"ev005", "ev006", "ev007", "unplaced"} & set(near_pg)


# -- two writers at once ---------------------------------------------------------------------

def _corpus(n):
    """n small articles, each with an event and a control claim (on one of three places)."""
    arts, evs, claims = [], [], []
    towns = [RAQQA, AL_QAIM, Place("Palmyra", "SY", "Homs", 34.5603, 38.2805, 170017, "city", 0)]
    for i in range(n):
        text = f"Report {i}: ISIS fighters took a checkpoint near the town, a monitor said."
        art = make_article(text, source=f"feed/{i:04d}.txt")
        ev = make_event(art, text, etype="Battles", sub="Non-state actor overtakes territory", actor1=ISIS,
                        actor2=None, place=towns[i % 3], day=dt.date(2014, 1, 1) + dt.timedelta(days=i))
        arts.append(art)
        evs.append(ev)
        claims.append(ControlClaim(PlaceMention(towns[i % 3], towns[i % 3].name, 0, 4), ActorMention(ISIS, "ISIS", 0, 4),
                                   ev.when, "capture", 0.9, ev.sources[0]))
    return arts, evs, claims


def _writer(url, first, last, seed, go):
    """Write articles first..last-1 of ``_corpus(300)`` in shuffled batches of 15 once the
    file ``go`` exists (saying it is connected with ``go.readyFIRST``); print how many it added."""
    arts, evs, claims = _corpus(300)
    order = list(range(first, last))
    random.Random(seed).shuffle(order)
    added = 0
    with PostgresStore(url) as store:
        Path(f"{go}.ready{first}").touch()
        while not os.path.exists(go):
            time.sleep(0.01)
        for start in range(0, len(order), 15):
            chunk = order[start:start + 15]
            added += store.write_batch([arts[i] for i in chunk], [evs[i] for i in chunk], [claims[i] for i in chunk])
    print(added)


#: A child process runs ``_writer`` from this file, loaded by its path.
_CHILD = """
import importlib.util, sys
sys.path.insert(0, sys.argv[1])
spec = importlib.util.spec_from_file_location("pg_store_tests", sys.argv[2])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
module._writer(sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7])
"""


def test_two_writers_at_once_lose_and_double_nothing(pg_url, tmp_path):
    """Two processes write overlapping halves (100 articles in common) in shuffled
    batches at the same moment: every article is stored once, with its one event and claim,
    and the control intervals are those of all the claims."""
    PostgresStore(pg_url).close()  # the schema, so both writers start on a store
    go = tmp_path / "go"
    here = Path(__file__).resolve()
    procs = [subprocess.Popen([sys.executable, "-c", _CHILD, str(here.parents[1]), str(here), pg_url,
                               str(first), str(last), str(seed), str(go)], stdout=subprocess.PIPE, text=True)
             for first, last, seed in ((0, 200, 1), (100, 300, 2))]
    deadline = time.monotonic() + 120
    while not all(Path(f"{go}.ready{first}").exists() for first in (0, 100)) and time.monotonic() < deadline:
        time.sleep(0.05)
    go.touch()  # both connected: they start writing now
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    added = [int(out.split()[-1]) for out in outs]
    assert sum(added) == 300 and min(added) >= 100
    arts, evs, claims = _corpus(300)
    with PostgresStore(pg_url, read_only=True) as store:
        assert store.count_documents() == 300 and store.count_events() == 300
        assert store.query("SELECT count(DISTINCT doc_id), count(*) FROM control_claims") == [(300, 300)]
        assert sorted(e.id for e in store.events()) == sorted(e.id for e in evs)
        stored = [json.loads(r[0]) for r in
                  store.query("SELECT record FROM control_intervals ORDER BY place_key, start_date NULLS FIRST")]
        expected = [interval_to_dict(iv) for ivs in control_timeline(claims).values() for iv in ivs]
        assert stored == expected


def test_a_database_of_another_schema_is_refused(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="another schema"):
        PostgresStore(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as con:
        assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                           "AND table_name = 'documents'").fetchone() == (0,)


def test_a_missing_store_read_only_and_a_newer_one_are_refused(pg_url):
    with pytest.raises(StoreError, match="warmap ingest"):
        PostgresStore(pg_url, read_only=True)
    PostgresStore(pg_url).close()
    with PostgresStore(pg_url) as store:
        store._con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
        store._con.execute("UPDATE meta SET value = '7.2' WHERE key = 'warmap_version'")
    with pytest.raises(StoreError, match="written by warmap 7.2; upgrade"):
        PostgresStore(pg_url)


def test_a_password_is_never_shown():
    with pytest.raises(StoreError, match="cannot connect") as err:
        PostgresStore("postgresql://nobody:s3cret@127.0.0.1:1/none")  # nothing listens on port 1
    assert "s3cret" not in str(err.value) and "nobody:***@" in str(err.value)


def test_claims_found_by_place_name(pg_url, article):
    """The claims 'warmap control PLACE' fetches: by the place's name, a name it begins with,
    a resolved name, or the report's own spelling; any case."""
    e1, e2 = _two_events(article)
    with PostgresStore(pg_url) as store:
        store.write_batch([article], [e1, e2], [_claim(e2), _claim(e1)])
        found = {q: [c.place.place.name for c in store.control_claims_naming(q, names)] for q, names in (
            ("al-qa'im", []), ("raqqa", ["Ar-Raqqah"]), ("Ar-Raqqah (SY)", []), ("Al-Q", []), ("nowhere", []))}
    assert found == {"al-qa'im": ["Al-Qa'im"], "raqqa": ["Ar-Raqqah"], "Ar-Raqqah (SY)": ["Ar-Raqqah"],
                     "Al-Q": [], "nowhere": []}


def test_a_nul_in_a_raw_input_does_not_lose_the_batch(pg_url):
    raw = RawInput("The Syrian air force raided Raqqa on Saturday.\x00\n" + "x" * 70_000)
    article = dataclasses.replace(make_article("The Syrian air force raided Raqqa on Saturday."), raw=raw)
    with PostgresStore(pg_url) as store:
        assert store.write_batch([article], [make_event(article, "The Syrian air force raided Raqqa on Saturday.")]) == 1
        assert store.stored_articles([article.doc_id])[0].raw.text.startswith("The Syrian air force raided Raqqa on Saturday.\ufffd")
        assert store.known_articles([article]) == {article.doc_id}  # still known by its raw input's hash


def test_an_older_store_is_migrated_in_one_transaction(pg_url, article):
    from warmap.store.schema import SCHEMA_VERSION

    e1, _ = _two_events(article)
    with PostgresStore(pg_url) as store:
        store.write_batch([article], [e1], [_claim(e1)])
        # As a store of the schema before the merged view (schema 4) would be.
        store._con.execute("DROP TABLE merged_members")
        store._con.execute("DROP TABLE merged_events")
        store._con.execute("ALTER TABLE control_claims DROP COLUMN place_mention")
        store._con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    with PostgresStore(pg_url, read_only=True) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
        assert store.query("SELECT count(*) FROM merged_members") == [(0,)] and store.count_events() == 1
        assert store.query("SELECT place_mention FROM control_claims") == [(e1.location.mention,)]
        # A store claiming schema 1 fails its first step (the column is there): nothing changes.
        store._con.execute("SET default_transaction_read_only = off")
        store._con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="could not migrate .* from schema 1 .* the store is as it was"):
        PostgresStore(pg_url)
    import psycopg

    with psycopg.connect(pg_url) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)
