"""Opening a file as a store: what is no warmap store is refused and left untouched, a
newer store is refused, an older one is backed up and migrated."""

import json

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from helpers import make_event
from warmap.errors import StoreError
from warmap.export import event_to_dict
from warmap.store import EventFilter, Store
from warmap.store.schema import SCHEMA_VERSION, version_key

# The store as the first warmap wrote it (schema 1: no place mention column, documents
# without their raw input), written out here by hand.
_SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published DATE,
    author TEXT, outlet TEXT, dateline TEXT, url TEXT, text TEXT NOT NULL, ingested_at TIMESTAMP);
CREATE TABLE events (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL, date DATE NOT NULL, date_min DATE NOT NULL, date_max DATE NOT NULL,
    date_precision TEXT NOT NULL, actor1_id TEXT, actor1_name TEXT, actor2_id TEXT, actor2_name TEXT,
    place TEXT, country TEXT, admin1 TEXT, lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
    fatalities INTEGER, confidence DOUBLE, sentence TEXT, record JSON NOT NULL);
CREATE TABLE control_claims (doc_id TEXT NOT NULL, place TEXT NOT NULL, actor_id TEXT NOT NULL,
    kind TEXT NOT NULL, date_min DATE NOT NULL, date_max DATE NOT NULL, record JSON NOT NULL);
CREATE TABLE relations (doc_id TEXT NOT NULL, actor1_id TEXT NOT NULL, actor2_id TEXT NOT NULL,
    kind TEXT NOT NULL, date_min DATE NOT NULL, date_max DATE NOT NULL, record JSON NOT NULL);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_doc ON events (doc_id);
INSERT INTO meta VALUES ('schema_version', '1');
"""


def _old_store(path, article, event):
    """A schema-1 store holding one article and one event, made without warmap's Store."""
    con = duckdb.connect(str(path))
    con.execute(_SCHEMA_1)
    con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, NULL)",
                [article.doc_id, article.source, article.title, article.published, article.text])
    loc = event.location
    con.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event.id, article.doc_id, event.event_type, event.sub_event_type, event.when.date,
         event.when.date_min, event.when.date_max, event.when.precision, event.actor1.actor.id,
         event.actor1.actor.name, event.actor2.actor.id, event.actor2.actor.name, loc.place.name,
         loc.place.country, loc.place.admin1, loc.place.lat, loc.place.lon, loc.geo_precision,
         event.fatalities, event.confidence, event.sources[0].sentence, json.dumps(event_to_dict(event))],
    )
    con.close()


def _meta(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())
    finally:
        con.close()


def test_an_old_store_is_backed_up_then_migrated_with_its_data(tmp_path, article):
    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    path = tmp_path / "old.duckdb"
    _old_store(path, article, ev)
    # Before the fix a read-only command on this store failed: the place filter reads a
    # column schema 1 lacks.
    with Store(path, read_only=True) as store:
        assert [e.id for e in store.events(EventFilter(place="Raqqa"))] == [ev.id]
        assert store.count_documents() == 1
        assert event_to_dict(store.event(ev.id)) == event_to_dict(ev)
        assert store.document(article.doc_id).text == article.text
    assert _meta(path)["schema_version"] == str(SCHEMA_VERSION)
    backup = tmp_path / "old.duckdb.schema1.bak"
    assert backup.exists()
    assert _meta(backup)["schema_version"] == "1"
    con = duckdb.connect(str(backup), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert "place_mention" not in {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    con.close()
    # Opening it again migrates nothing and copies nothing.
    with Store(path) as store:
        assert store.count_events() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.duckdb", "old.duckdb.schema1.bak"]


def test_an_old_store_is_migrated_in_a_server_snapshot_without_touching_the_file(tmp_path, article):
    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    path = tmp_path / "old.duckdb"
    _old_store(path, article, ev)
    before = path.read_bytes()
    snap = Store.snapshot(path)
    assert [e.id for e in snap.events(EventFilter(place="Raqqa"))] == [ev.id]
    snap.close()
    assert path.read_bytes() == before


def test_a_store_from_a_newer_warmap_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.execute("UPDATE meta SET value = '9.4' WHERE key = 'warmap_version'")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match=r"written by warmap 9\.4; upgrade"):
            Store(path, read_only=read_only)
    with pytest.raises(StoreError, match=r"written by warmap 9\.4; upgrade"):
        Store.snapshot(path)
    # Before the fix, opening it wrote this warmap's schema version over the newer one.
    assert _meta(path)["schema_version"] == str(SCHEMA_VERSION + 1)


def _csv(p):
    p.write_text("event_id_cnty,event_date,fatalities\nSYR1,2014-06-21,3\n")


def _parquet(p):
    pq.write_table(pa.table({"a": [1, 2]}), p)


def _other_duckdb(p):
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE sales (id INT, amount DOUBLE); INSERT INTO sales VALUES (1, 9.5)")
    con.close()


def _text(p):
    p.write_text("my notes about the war\n")


@pytest.mark.parametrize(("make", "what"), [
    (_csv, "text file"), (_parquet, "Parquet file"), (_other_duckdb, "DuckDB database of another schema"),
    (_text, "text file"),
])
def test_what_is_no_warmap_store_is_refused_never_written(tmp_path, make, what):
    path = tmp_path / "data.bin"
    make(path)
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(StoreError, match=f"{what}.*, not a warmap store"):
            Store(path, read_only=read_only)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.bin"]


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="a folder, not a warmap store"):
        Store(tmp_path)


def test_a_missing_file_becomes_a_new_store(tmp_path):
    path = tmp_path / "fresh.duckdb"
    with Store(path) as store:
        assert store.count_documents() == 0
    meta = _meta(path)
    assert meta["schema_version"] == str(SCHEMA_VERSION) and meta["warmap_version"]


def test_version_order():
    assert version_key("0.10.0") > version_key("0.9.3") > version_key("0.9")
    assert version_key("1.0.0rc1") == version_key("1.0.0")
