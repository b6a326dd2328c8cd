"""The commands a user runs, on a PostgreSQL store, against the same commands on DuckDB.

The bundled corpus goes into one PostgreSQL database by two ``warmap ingest`` processes at
once (small batches, so their transactions interleave) while a third ingests it into a
DuckDB file; then ``events``, ``show``, ``export``, ``control``, ``relations`` and ``eval``
must answer alike. (``test_cli.py`` runs its own tests on both stores.) Needs
WARMAP_TEST_PG (tests/conftest.py); skipped without it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from integration.test_cli import _main
from warmap.cli import app

pytestmark = pytest.mark.slow  # three ingests of ten articles, at once

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus"
runner = CliRunner()
#: The part of the corpus the CLI tests need (Palmyra told three ways, al-Qaim, the Albu Kamal
#: pledge, Mosul's intervals, a wire page of briefs), to keep the ingests short.
ARTICLES = ("a01-alqaim-crossing.txt", "a02-albukamal-pledge.html", "a03-mosul-falls.txt", "a09-kobani-retaken.txt",
            "b04-palmyra-falls-to-isis.txt", "b05-tadmur-daesh-border.html", "b06-tadmor-activist-interview.txt",
            "b07-ramadi-falls.txt", "d05-wire-briefs-march-2016.txt", "e04-mosul-old-city-mosque.txt")


def _warmap(db: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "warmap", "--db", db, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})


@pytest.fixture(scope="module")
def stores(pg_module_url, tmp_path_factory):
    """(PostgreSQL URL, DuckDB path), the corpus ingested into each; the PostgreSQL one by
    two processes at once. Also the new-document counts the two reported."""
    duck = str(tmp_path_factory.mktemp("pgcli") / "w.duckdb")
    files = [str(CORPUS / name) for name in ARTICLES]
    # The second ingest takes the last four articles, last first, while the first takes them all.
    procs = [_warmap(pg_module_url, "ingest", "-q", "--batch-size", "2", *files),
             _warmap(pg_module_url, "ingest", "-q", "--batch-size", "1", *files[::-1][:4]),
             _warmap(duck, "ingest", "-q", *files)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    new = [int(re.search(r"(\d+) new", out).group(1)) for out, _ in outs]
    return pg_module_url, duck, new


def _run(db: str, *args: str) -> str:
    out = runner.invoke(app, ["--db", db, *args])
    assert out.exit_code == 0, out.output
    return out.output


def test_two_ingests_at_once_store_every_article_once(stores):
    pg, duck, new = stores
    # Each article was added by exactly one of the two PostgreSQL ingests, and the DuckDB one added all.
    assert new[0] + new[1] == len(ARTICLES) == new[2]
    for db in (pg, duck):
        again = _run(db, "ingest", "-q", *(str(CORPUS / name) for name in ARTICLES))
        assert f"0 new, {len(ARTICLES)} already in the store" in again


@pytest.mark.parametrize("command", [
    ("events", "--json", "--no-merged", "--limit", "100000"),
    ("events", "--json", "--limit", "100000"),
    ("events", "--json", "--place", "Tadmor"),
    ("events", "--json", "--actor", "isis", "--since", "2015-01-01"),
    ("control", "Palmyra", "--at", "2015-05-30", "--json"),
    ("control", "--at", "2016-01-01", "--json"),
    ("relations", "--json"),
    ("eval", str(ROOT / "tests" / "gold"), "--json"),
])
def test_postgres_answers_as_duckdb(stores, command):
    pg, duck, _ = stores
    assert _run(pg, *command) == _run(duck, *command)


def _without_timestamp(path: Path) -> list[dict]:
    """A CSV export's rows less ACLED's ``timestamp`` column (when each store took the report in)."""
    import csv

    with path.open(newline="", encoding="utf-8") as f:
        return [{k: v for k, v in row.items() if k != "timestamp"} for row in csv.DictReader(f)]


def test_exports_are_the_same_files(stores, tmp_path):
    pg, duck, _ = stores
    for what, fmt in (("events", "jsonl"), ("events", "csv"), ("events", "geojson"), ("control", "jsonl"),
                      ("relations", "graphml")):
        a, b = tmp_path / f"pg.{fmt}", tmp_path / f"duck.{fmt}"
        _run(pg, "export", "--what", what, "--format", fmt, "-o", str(a))
        _run(duck, "export", "--what", what, "--format", fmt, "-o", str(b))
        assert a.stat().st_size > 100, (what, fmt)
        if fmt == "csv":
            assert _without_timestamp(a) == _without_timestamp(b)
        else:
            assert a.read_bytes() == b.read_bytes(), (what, fmt)


def test_show_is_the_same(stores):
    pg, duck, _ = stores
    ids = [json.loads(line)["id"] for line in _run(pg, "events", "--json", "--no-merged").splitlines()][:5]
    for event_id in ids:
        for how in ("--json", "--why"):
            assert _run(pg, "show", event_id[:10], how) == _run(duck, "show", event_id[:10], how)


def test_control_intervals_table_is_the_export(stores):
    """The PostGIS layer of control intervals holds what 'export --what control' writes."""
    from warmap.store import PostgresStore

    pg, duck, _ = stores
    with PostgresStore(pg, read_only=True) as store:
        rows = store.query("SELECT record FROM control_intervals ORDER BY place_key, start_date NULLS FIRST")
        placed = store.query("SELECT count(*) FROM control_intervals WHERE ST_SRID(geom) = 4326")[0][0]
    exported = [json.loads(line) for line in
                runner.invoke(app, ["--db", duck, "export", "--what", "control", "-o", "-"]).stdout.splitlines()]
    key = (lambda r: (r["place"]["name"], r["place"]["country"], r["start"] or "", r["actor"]["id"]))
    assert rows and placed == len(rows)
    assert sorted((json.loads(r[0]) for r in rows), key=key) == sorted(exported, key=key)


#: What a store holds, asked of a DuckDB store or of a PostgreSQL store's snapshot.
_CONTENTS = ("SELECT id, record FROM events ORDER BY id", "SELECT doc_id, source, text, raw FROM documents ORDER BY 1",
             "SELECT record FROM control_claims ORDER BY 1", "SELECT record FROM relations ORDER BY 1",
             "SELECT id, sentence, record FROM merged_events ORDER BY id",
             "SELECT event_id, merged_id FROM merged_members ORDER BY 1, 2")


def _same_as_duckdb(pg: str, duck: str) -> None:
    """A DuckDB copy of the PostgreSQL store (``snapshot``, its merged view made) holds what
    the DuckDB store holds, table by table."""
    from warmap.store import PostgresStore, Store

    snap = PostgresStore.snapshot(pg)
    try:
        with Store(duck, read_only=True) as store:
            for sql in _CONTENTS:
                assert snap.query(sql) == store.query(sql), sql
            assert snap.query("SELECT count(*) FROM merged_events")[0][0] > 0
    finally:
        snap.close()


def test_a_snapshot_for_a_server_is_the_duckdb_store(stores):
    """What a server would answer from: a DuckDB copy of the PostgreSQL store, its merged
    view made, holds what the DuckDB store made batch by batch holds."""
    pg, duck, _ = stores
    _same_as_duckdb(pg, duck)


def test_ingest_with_two_jobs_stores_what_one_process_stores(stores, pg_url):
    """'warmap ingest --jobs 2' into PostgreSQL (two processes analysing, this one writing)
    stores what one process stores: the DuckDB store's tables, and PostgreSQL's own places
    and control intervals as the other PostgreSQL store has them."""
    from warmap.store import PostgresStore

    pg, duck, _ = stores
    out = _run(pg_url, "ingest", "-q", "--jobs", "2", "--batch-size", "3", *(str(CORPUS / name) for name in ARTICLES))
    assert f"{len(ARTICLES)} new" in out
    _same_as_duckdb(pg_url, duck)
    tables = []
    for url in (pg_url, pg):
        with PostgresStore(url, read_only=True) as store:
            tables.append([store.query("SELECT place_key, name, lat, lon, ST_AsText(geom) FROM places ORDER BY 1"),
                           store.query("SELECT place_key, actor_id, start_date, end_date, record::text "
                                       "FROM control_intervals ORDER BY 1, 3 NULLS FIRST, 2")])
    assert tables[0] == tables[1] and tables[0][0] and tables[0][1]


def test_review_decisions_alike(pg_url, tmp_path, capsys):
    """'warmap review' on each store: the same decision listed, and the export carries it."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "June 23, 2014\n\nOn Saturday, ISIS fighters captured the al-Qaim border crossing.\n")
    seen = []
    for db in (pg_url, str(tmp_path / "w.duckdb")):
        _run(db, "ingest", "-q", str(tmp_path / "in"))
        event = json.loads(_run(db, "events", "--json", "--no-merged").splitlines()[0])
        code, _, stderr = _main(["--db", db, "review", event["id"][:10], "--set", "fatalities=3",
                                 "--reviewer", "ana", "--note", "toll in a later report"], capsys)
        assert code == 0, stderr
        code, listed, _ = _main(["--db", db, "review", "list", "--json"], capsys)
        decisions = [json.loads(line) for line in listed.splitlines()]
        exported = [json.loads(line) for line in _run(db, "export", "-o", "-").splitlines() if line.startswith("{")]
        seen.append(([(d["decision"], d["reviewer"], d["changes"], d["note"]) for d in decisions],
                     [(e["review"], e["fatalities"]) for e in exported]))
    assert seen[0] == seen[1]
    assert seen[0][0] == [("correct", "ana", {"fatalities": 3}, "toll in a later report")]
    assert ("corrected", 3) in seen[0][1]


def test_the_api_answers_as_on_duckdb(stores):
    """'warmap serve' on each store: the HTTP API gives the same answers (the server answers
    from a DuckDB copy of the PostgreSQL store, taken once, its merged view made)."""
    from fastapi.testclient import TestClient

    from warmap.api import create_app

    pg, duck, _ = stores
    answers = []
    for db in (pg, duck):
        with TestClient(create_app(db, reload_seconds=0)) as client:
            got = {}
            for url in ("/api/events?limit=500", "/api/summary", "/api/actors", "/api/relations",
                        "/api/control?at=2015-05-30", "/api/histogram", "/api/events?place=Palmyra"):
                r = client.get(url)
                assert r.status_code == 200, (db, url, r.text)
                got[url] = r.json()
            first = json.dumps(got["/api/events?limit=500"])
            ids = re.findall(r'"id": "([0-9a-f]{16}[^"]*)"', first)[:3]
            assert ids
            for event_id in ids:
                got[event_id] = client.get(f"/api/events/{event_id}").json()
        answers.append(got)
    assert answers[0] == answers[1]


def test_a_server_sees_new_batches_on_postgres(pg_url):
    """The stamp a server watches changes when a batch is committed."""
    from helpers import make_article, make_event, sample_article
    from warmap.api.served import file_stamp
    from warmap.store import PostgresStore

    with PostgresStore(pg_url) as store:
        before = file_stamp(pg_url)
        article = sample_article()
        store.write_batch([article], [make_event(article, "The Syrian air force raided Raqqa on Saturday.")])
        other = make_article("A second report about Raqqa.", source="b.txt")
        import time

        deadline = time.monotonic() + 10  # PostgreSQL's counts are published within a second or so
        while file_stamp(pg_url) == before and time.monotonic() < deadline:
            time.sleep(0.2)
        after = file_stamp(pg_url)
        assert after != before and after[1] == 1 and "unreadable" not in after
        store.write_batch([other], [])
        assert file_stamp(pg_url)[1] == 2


def test_the_summary_hides_a_password_in_the_url(pg_url, tmp_path, capsys):
    import uuid

    import psycopg

    role, secret = f"warmap_test_{uuid.uuid4().hex[:8]}", "s3cret-word"
    admin = os.environ["WARMAP_TEST_PG"]
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{secret}'")
    try:
        url = f"postgresql://{role}:{secret}@127.0.0.1/{pg_url.rsplit('/', 1)[1]}"
        (tmp_path / "a.txt").write_text("June 23, 2014\n\nOn Saturday, ISIS captured al-Qaim border crossing.\n")
        code, stdout, stderr = _main(["--db", url, "ingest", "-q", tmp_path], capsys)
        assert code == 0, stderr
        assert f"Store postgresql://{role}:***@127.0.0.1/" in stdout and secret not in stdout + stderr
    finally:
        with psycopg.connect(pg_url, autocommit=True) as con:
            con.execute(f"REASSIGN OWNED BY {role} TO current_user")
            con.execute(f"DROP OWNED BY {role}")
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f"DROP ROLE {role}")
