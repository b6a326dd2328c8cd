"""``warmap control PLACE`` reads a place's claims by the claims table's columns (place,
place_mention; schema 6): the answers are those of filtering every claim, on DuckDB and on
PostgreSQL, and a store of schema 5 is migrated to give the same answers."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from helpers import make_article
from warmap.records import Actor, ActorMention, ControlClaim, DateWindow, Place, PlaceMention, Source
from warmap.store import Store
from warmap.store.schema import SCHEMA_VERSION
from warmap.timeline import claims_for, control_at

ISIS = Actor("isis", "Islamic State of Iraq and al-Sham (ISIS)", "rebel group")
ARMY = Actor("iraqi_army", "Military Forces of Iraq", "state forces")
TIKRIT = Place("Tikrit", "IQ", "Salah ad-Din", 34.6, 43.68, geonames_id=89570)
RAQQA = Place("Ar-Raqqah", "SY", "Ar-Raqqa", 35.95, 39.01, geonames_id=172955)
# Two towns of one name in two countries, and two whose names begin alike.
TRIPOLI_LY = Place("Tripoli", "LY", "Tripoli", 32.89, 13.19)
TRIPOLI_LB = Place("Tripoli", "LB", "North", 34.44, 35.85)
TOWN_1 = Place("Town 1", "SY", "Aleppo", 36.0, 37.0)
TOWN_17 = Place("Town 17", "SY", "Aleppo", 36.1, 37.1)
D = dt.date

# (place, the report's spelling, actor, kind, day)
_TOLD = [
    (TIKRIT, "Tikrit", ISIS, "capture", D(2014, 6, 11)),
    (TIKRIT, "Tikreet", ARMY, "capture", D(2015, 3, 31)),
    (TIKRIT, "TIKRIT", ARMY, "statement", D(2015, 4, 6)),
    (RAQQA, "Raqqa", ISIS, "capture", D(2014, 1, 13)),
    (RAQQA, "al-Raqqa", ISIS, "statement", D(2014, 8, 2)),
    (TRIPOLI_LY, "Tripoli", ARMY, "statement", D(2014, 7, 1)),
    (TRIPOLI_LB, "Tripoli", ISIS, "statement", D(2014, 7, 2)),
    (TOWN_1, "Town 1", ISIS, "capture", D(2014, 5, 1)),
    (TOWN_17, "Town 17", ARMY, "capture", D(2014, 5, 2)),
]


def _batch() -> tuple[list, list, list[ControlClaim]]:
    articles, claims = [], []
    for i, (place, mention, actor, kind, day) in enumerate(_TOLD):
        sentence = f"Report {i}: {actor.id} and {mention}."
        art = make_article(sentence, source=f"reports/control-{i}.txt", published=day)
        articles.append(art)
        claims.append(ControlClaim(
            PlaceMention(place, mention, 0, len(mention)), ActorMention(actor, actor.id, 0, 4),
            DateWindow(day, day, day, "day"), kind, 0.9, Source(art.source, art.doc_id, None, day, sentence, 0, 9)))
    return articles, [], claims


QUERIES = ["Tikrit", "tikrit", "TIKREET", "Tikrit (IQ)", "tikrit, iq", "Tikrit (SY)", "Raqqa", "al-raqqa",
           "Ar-Raqqah", "Ar-Raqqah, SY", "Tripoli", "Tripoli (LB)", "Tripoli, LY", "Town 1", "Town 17", "Town", "Nowhere"]
DAYS = [D(2014, 7, 1), D(2015, 4, 10)]


def _answers(store) -> dict:
    return {(q, day): control_at(claims_for(store, q), day, q) for q in QUERIES for day in DAYS}


@pytest.fixture(params=["duckdb", "postgres"])
def store(request, tmp_path):
    if request.param == "duckdb":
        s = Store(tmp_path / "s.duckdb")
    else:
        from warmap.store.postgres import PostgresStore

        s = PostgresStore(request.getfixturevalue("pg_url"))
    s.write_batch(*_batch())
    yield s
    s.close()


def test_answers_from_the_columns_are_those_of_every_claim(store):
    every = store.control_claims()
    assert len(every) == len(_TOLD)
    assert _answers(store) == {(q, day): control_at(every, day, q) for q in QUERIES for day in DAYS}
    # and they say something: who held Tikrit, by a spelling the gazetteer need not know
    assert [a.actor.id for a in control_at(claims_for(store, "TIKREET"), D(2015, 4, 10), "TIKREET")] == ["iraqi_army"]


def test_only_the_claims_a_query_can_mean_are_read(store):
    def read(words, names=()):
        return sorted((c.place.place.name, c.place.place.country, c.place.mention)
                      for c in store.control_claims_naming(words, names))

    # A name that begins another's is not it (the rule before read "Town 1" for "Town 17").
    assert read("Town 17") == [("Town 17", "SY", "Town 17")]
    assert read("town 1") == [("Town 1", "SY", "Town 1")]
    assert read("Town") == []
    # The report's own spelling, any case; a key in either form (its country checked later).
    assert read("tikreet") == [("Tikrit", "IQ", "Tikreet")]
    assert len(read("Tikrit (IQ)")) == len(read("TIKRIT, IQ")) == 3
    assert {country for _, country, _ in read("Tripoli (LB)")} == {"LB", "LY"}
    assert [c.place.place.country for c in claims_for(store, "Tripoli (LB)")] == ["LB"]
    # A name the gazetteer gave for the query.
    assert [m for *_, m in read("raqa", ["ar-raqqah"])] == ["Raqqa", "al-Raqqa"]


def test_a_schema_5_store_is_migrated_and_answers_alike(tmp_path):
    fresh, old = tmp_path / "fresh.duckdb", tmp_path / "old.duckdb"
    for path in (fresh, old):
        with Store(path) as s:
            s.write_batch(*_batch())
    # As schema 5 kept the claims: no place_mention column (the spelling only in the record).
    con = duckdb.connect(str(old))
    con.execute("ALTER TABLE control_claims DROP COLUMN place_mention")
    con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    con.close()
    with Store(fresh, read_only=True) as s:
        expected = _answers(s)
    with Store(old, read_only=True) as s:
        assert s.query("SELECT value FROM meta WHERE key = 'schema_version'")[0][0] == str(SCHEMA_VERSION)
        assert sorted(r[0] for r in s.query("SELECT place_mention FROM control_claims")) == sorted(t[1] for t in _TOLD)
        assert _answers(s) == expected
    assert (tmp_path / "old.duckdb.schema5.bak").exists()


def test_a_postgresql_store_of_schema_5_is_migrated_indexed_and_answers_alike(pg_url, tmp_path):
    from warmap.store.postgres import PostgresStore

    with Store(tmp_path / "fresh.duckdb") as s:
        s.write_batch(*_batch())
        expected = _answers(s)
    with PostgresStore(pg_url) as s:
        s.write_batch(*_batch())
        s._con.execute("ALTER TABLE control_claims DROP COLUMN place_mention")  # its index goes with it
        s._con.execute("DROP INDEX claims_name")
        s._con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    with PostgresStore(pg_url, read_only=True) as s:
        indexes = {r[0] for r in s.query("SELECT indexname FROM pg_indexes WHERE tablename = 'control_claims'")}
        assert {"claims_name", "claims_mention"} <= indexes
        assert sorted(r[0] for r in s.query("SELECT place_mention FROM control_claims")) == sorted(t[1] for t in _TOLD)
        assert _answers(s) == expected
