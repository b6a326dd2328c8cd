"""The commands a user runs, end to end, on the bundled corpus."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warmap.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "w.duckdb"
    result = runner.invoke(app, ["--db", str(path), "ingest", "-q", str(ROOT / "samples" / "corpus")])
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


def test_ingest_reports_skipped_files_with_exit_status_1(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "ok.txt").write_text("June 23, 2014\n\nOn Saturday, ISIS captured al-Qaim border crossing.\n")
    proc = subprocess.run([sys.executable, "-m", "warmap", "--db", str(tmp_path / "s.duckdb"), "ingest", "-q", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "skipped" in proc.stderr and "empty.txt" in proc.stderr and "binary.txt" in proc.stderr
    assert "1 new" in proc.stdout


def test_missing_store_is_a_clear_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "warmap", "--db", str(tmp_path / "none.duckdb"), "events"],
                          capture_output=True, text=True)
    assert proc.returncode == 3
    assert "warmap ingest" in proc.stderr


def test_place_filter_accepts_other_spellings(db):
    plain = runner.invoke(app, ["--db", str(db), "events", "--place", "Palmyra", "--json"]).output.splitlines()
    other = runner.invoke(app, ["--db", str(db), "events", "--place", "Tadmor", "--json"]).output.splitlines()
    assert plain and len(other) == len(plain)
