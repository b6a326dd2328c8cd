"""The commands a user runs, end to end, on the bundled corpus: each test that takes ``db``
or ``empty_db`` (tests/conftest.py) runs on a DuckDB file and on a PostgreSQL database (that
half skips without WARMAP_TEST_PG); ``duckdb_only`` marks, with why, those about files."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from both_stores import STORE_KINDS, store_location
from warmap.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture(scope="module", params=STORE_KINDS)
def db(request, tmp_path_factory) -> str:
    """The ``--db`` of a store holding the bundled corpus, ingested once per module and kind."""
    path = store_location(request, request.param, tmp_path_factory.mktemp("cli"), module=True)
    result = runner.invoke(app, ["--db", path, "ingest", "-q", str(ROOT / "samples" / "corpus")])
    assert result.exit_code == 0, result.output
    articles = [p for p in (ROOT / "samples" / "corpus").iterdir() if p.suffix in {".txt", ".html", ".htm", ".jsonl"}]
    assert f"{len(articles)} new" in result.output
    return path


def test_events_table_filters_by_place_and_date(db):
    out = runner.invoke(app, ["--db", str(db), "events", "--place", "Palmyra", "--since", "2015-05-01", "--json"])
    assert out.exit_code == 0
    rows = [json.loads(line) for line in out.output.splitlines() if line.strip()]
    assert rows and all(r["date_max"] >= "2015-05-01" for r in rows)
    assert all("Palmyra" in (r["location"]["name"] + r["location"]["mention"]) or "Tadm" in r["location"]["mention"] for r in rows)


def test_events_are_merged_across_reports_unless_asked_not_to(db):
    def listed(*extra: str) -> list[dict]:
        out = runner.invoke(app, ["--db", str(db), "events", "--place", "Palmyra", "--json", *extra])
        assert out.exit_code == 0, out.output
        return [json.loads(line) for line in out.output.splitlines() if line.strip()]

    merged, reports = listed(), listed("--no-merged")
    assert len(merged) < len(reports)
    capture = [r for r in merged if r["sub_event_type"] == "Non-state actor overtakes territory"
               and r["date_min"] <= "2015-05-20" <= r["date_max"]]
    assert len(capture) == 1 and len({s["document"] for s in capture[0]["sources"]}) >= 3
    assert sum(len(r["sources"]) for r in merged) == sum(len(r["sources"]) for r in reports)


def test_show_highlights_evidence(db):
    rows = [json.loads(line) for line in runner.invoke(app, ["--db", str(db), "events", "--json"]).output.splitlines()]
    out = runner.invoke(app, ["--db", str(db), "show", rows[0]["id"][:8]])
    assert out.exit_code == 0
    assert rows[0]["sources"][0]["sentence"][:40] in " ".join(out.output.split())


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "parquet"])
def test_export_formats(db, tmp_path, fmt):
    target = tmp_path / f"events.{fmt}"
    out = runner.invoke(app, ["--db", str(db), "export", "--format", fmt, "-o", str(target)])
    assert out.exit_code == 0, out.output
    assert target.stat().st_size > 100


def test_merged_export_has_multi_source_events(db, tmp_path):
    target = tmp_path / "e.jsonl"
    runner.invoke(app, ["--db", str(db), "export", "-o", str(target)])
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    multi = [r for r in rows if len({s["document"] for s in r["sources"]}) >= 2]
    # The fall of Palmyra is told by three outlets, Ramadi and al-Qaim by two each.
    assert any(r["location"] and r["location"]["name"] == "Palmyra" for r in multi)


def test_control_and_relations_exports(db, tmp_path):
    for what, fmt in (("control", "jsonl"), ("relations", "jsonl"), ("relations", "graphml")):
        target = tmp_path / f"{what}.{fmt}"
        out = runner.invoke(app, ["--db", str(db), "export", "--what", what, "--format", fmt, "-o", str(target)])
        assert out.exit_code == 0, out.output
        assert target.stat().st_size > 50


def test_control_answers_who_held_palmyra(db):
    out = runner.invoke(app, ["--db", str(db), "control", "Palmyra", "--at", "2015-05-30", "--json"])
    answers = json.loads(out.output)
    assert answers and answers[0]["actor"]["id"] == "isis"


def test_relations_include_the_albu_kamal_pledge(db):
    out = runner.invoke(app, ["--db", str(db), "relations", "--actor", "isis", "--json"])
    rels = json.loads(out.output)
    assert any(r["kind"] == "pledge" and r["actor1"]["id"] == "jabhat_al_nusra" for r in rels)


def test_ingest_reports_skipped_files_with_exit_status_1(empty_db, tmp_path, capsys, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "in" / "ok.txt").write_text("June 23, 2014\n\nOn Saturday, ISIS captured al-Qaim border crossing.\n")
    from warmap import cli

    monkeypatch.setattr(cli, "_state", {})  # no --db left from an earlier command in this process
    monkeypatch.setenv("WARMAP_DB", empty_db)  # the store named by WARMAP_DB rather than --db
    code, stdout, stderr = _main(["ingest", "-q", tmp_path / "in"], capsys)
    assert code == 1
    assert "skipped" in stderr and "empty.txt" in stderr and "binary.txt" in stderr
    assert "1 new" in stdout


def test_missing_store_is_a_clear_error(empty_db, capsys):
    code, _, stderr = _main(["--db", empty_db, "events"], capsys)
    assert code == 3
    assert "warmap ingest" in stderr


def test_place_filter_accepts_other_spellings(db):
    plain = runner.invoke(app, ["--db", str(db), "events", "--place", "Palmyra", "--json"]).output.splitlines()
    other = runner.invoke(app, ["--db", str(db), "events", "--place", "Tadmor", "--json"]).output.splitlines()
    assert plain and len(other) == len(plain)


# -- never destroying what the user has (issue 10, item 1) ------------------------------

def _main(args, capsys):
    """Run ``warmap ARGS`` through ``cli.main`` (where errors become exit statuses):
    (status, stdout, stderr)."""
    from warmap import cli

    saved = sys.argv
    sys.argv = ["warmap", *map(str, args)]
    try:
        cli.main()
    except SystemExit as exc:
        code = exc.code
    finally:
        sys.argv = saved
    out = capsys.readouterr()
    return code, out.out, out.err


def _digest(path):
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.duckdb_only("the store is a file here, which -o must not overwrite; a URL is no file")
def test_export_onto_the_open_store_is_refused(db, tmp_path, capsys):
    before = _digest(db)
    link = tmp_path / "link.duckdb"
    link.symlink_to(db)
    # Before the fix this replaced the store with JSON Lines and exited 0.
    for target in (db, link):
        code, _, stderr = _main(["--db", db, "export", "-o", target], capsys)
        assert code == 6 and "is the open store" in stderr
    assert _digest(db) == before and link.is_symlink()


def test_export_onto_a_folder_or_device_is_refused(db, tmp_path, capsys):
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    to_fifo = tmp_path / "to_fifo.jsonl"
    to_fifo.symlink_to(fifo)
    to_null = tmp_path / "null.jsonl"
    to_null.symlink_to("/dev/null")
    for target, what in ((tmp_path, "is a folder"), ("/dev/null", "not a regular file"), (to_null, "through the symlink")):
        code, _, stderr = _main(["--db", db, "export", "-o", target], capsys)
        assert code == 6 and what in stderr
    # A subprocess with a time limit, in case writing into the FIFO ever hangs.
    proc = subprocess.run([sys.executable, "-m", "warmap", "--db", str(db), "export", "--what", "control", "-o", str(to_fifo)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 6 and "not a regular file (a device, FIFO or socket) (through the symlink" in proc.stderr
    assert to_null.is_symlink() and to_fifo.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null.jsonl", "pipe", "to_fifo.jsonl"]


def test_export_through_a_symlink_writes_its_file_and_keeps_the_link(db, tmp_path):
    real = tmp_path / "data" / "events.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    for what, fmt in (("events", "csv"), ("relations", "graphml")):
        out = runner.invoke(app, ["--db", str(db), "export", "--what", what, "--format", fmt, "-o", str(link)])
        assert out.exit_code == 0, out.output
        # Before the fix the link was replaced by a regular file.
        assert link.is_symlink() and real.read_text() != "old\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["events.csv"]


def test_export_to_standard_output(db):
    proc = subprocess.run([sys.executable, "-m", "warmap", "--db", str(db), "export", "-o", "-"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows and all("sub_event_type" in r for r in rows)
    assert f"wrote {len(rows)} events to -" in proc.stderr
    assert not Path("-").exists()


@pytest.mark.duckdb_only("--db naming a file that is no store (PostgreSQL: test_postgres_store.py, another schema)")
@pytest.mark.parametrize("content", ["event_id_cnty,event_date\nSYR1,2014-06-21\n", "my notes\n"])
def test_db_that_is_no_store_is_refused_and_untouched(tmp_path, content, capsys):
    data = tmp_path / "acled.csv"
    data.write_text(content)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("June 23, 2014\n\nOn Saturday, ISIS captured al-Qaim border crossing.\n")
    # Before the fix: "Store acled.csv: 1 documents, ...", exit 0, and nothing stored anywhere.
    code, stdout, stderr = _main(["--db", data, "ingest", "-q", tmp_path / "in"], capsys)
    assert code == 3 and "not a warmap store" in stderr and not stdout
    assert data.read_text() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acled.csv", "in"]


def _execute(db: str, sql: str) -> None:
    """Run a statement on the store ``db`` behind warmap's back (DuckDB file or PostgreSQL URL)."""
    from warmap.store import is_postgres_url

    if is_postgres_url(db):
        import psycopg

        with psycopg.connect(db, autocommit=True) as con:
            con.execute(sql)
    else:
        import duckdb

        with duckdb.connect(db) as con:
            con.execute(sql)


def test_store_of_a_newer_warmap_is_refused(empty_db, capsys):
    from warmap.store import open_store

    open_store(empty_db).close()
    _execute(empty_db, "UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    _execute(empty_db, "UPDATE meta SET value = '7.2' WHERE key = 'warmap_version'")
    for command in (["events"], ["ingest", "-q", ROOT / "samples" / "corpus" / "a01-alqaim-crossing.txt"]):
        code, _, stderr = _main(["--db", empty_db, *command], capsys)
        assert code == 3 and "written by warmap 7.2; upgrade" in stderr


def test_reanalyse_replaces_the_analysis_without_duplicates(empty_db, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "June 23, 2014\n\nOn Saturday, ISIS fighters captured the al-Qaim border crossing.\n")
    store = empty_db
    assert runner.invoke(app, ["--db", store, "ingest", "-q", str(tmp_path / "in")]).exit_code == 0
    before = runner.invoke(app, ["--db", store, "events", "--json", "--no-merged"]).output
    out = runner.invoke(app, ["--db", store, "reanalyse", "-q", "--since-version", "0"])
    assert out.exit_code == 0 and "analysed 0 documents again" in out.output
    out = runner.invoke(app, ["--db", store, "reanalyse", "-q"])
    assert out.exit_code == 0, out.output
    assert "analysed 1 documents again" in out.output and "1 documents" in out.output
    assert runner.invoke(app, ["--db", store, "events", "--json", "--no-merged"]).output == before and before.strip()


@pytest.mark.duckdb_only("how cli.main maps an exception to exit 70; no store is read")
def test_an_unexpected_error_is_no_skip_status(monkeypatch, capsys):
    from warmap import cli
    from warmap.store import Store

    def broken(self, flt=None):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(Store, "events", broken)
    code, _, stderr = _main(["--db", ":memory:", "events"], capsys)
    # Before, a traceback and exit status 1, the status that means "some inputs skipped".
    assert code == cli.EXIT_BUG == 70
    assert "ZeroDivisionError" in stderr and "a bug in warmap" in stderr
