"""``warmap review`` (accept, reject, --set, list, export) and ``warmap export`` with review
status and ``--reviewed-only``, on a store of hand-made records: a DuckDB file, and a
PostgreSQL database (skipped without WARMAP_TEST_PG; tests/conftest.py)."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from both_stores import STORE_KINDS, store_location
from unit.review.corpus import _corpus
from warmap.cli import app
from warmap.errors import InputError
from warmap.store import open_store


runner = CliRunner()


@pytest.fixture(params=STORE_KINDS)
def db(request, tmp_path):
    """(the store's --db, strike, capture_a, capture_b): the review corpus in a store of each kind."""
    path = store_location(request, request.param, tmp_path)
    a, b, strike, capture_a, capture_b = _corpus()
    with open_store(path) as s:
        s.write_batch([a, b], [strike, capture_a, capture_b])
    return path, strike, capture_a, capture_b


def _run(db, *args):
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def _exported(db, *extra) -> list[dict]:
    out = _run(db, "export", "-o", "-", *extra)
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_review_accept_set_reject_list_and_export(db, tmp_path):
    path, strike, capture_a, capture_b = db
    assert {r["id"]: r["review"] for r in _exported(path)} == {strike.id: None, min(capture_a.id, capture_b.id): None}
    out = _run(path, "review", capture_b.id[:10], "--accept", "--reviewer", "Dana Field")
    assert "accepted event" in out and "2 reports" in out  # the merged capture: both reports
    _run(path, "review", strike.id, "--set", "fatalities=6", "--set", "place=Palmyra", "--note", "toll from the second paragraph",
         "--reviewer", "Dana Field")
    listed = [json.loads(x) for x in _run(path, "review", "list", "--json").splitlines()]
    assert sorted(x["status"] for x in listed) == ["accepted", "accepted", "corrected"]
    fixed = next(x for x in listed if x["status"] == "corrected")
    assert fixed["changes"]["fatalities"] == 6 and fixed["changes"]["location"]["name"] == "Palmyra"
    assert fixed["note"] == "toll from the second paragraph" and fixed["reviewer"] == "Dana Field"
    assert "corrected" in _run(path, "review", "list")

    rows = {r["id"]: r for r in _exported(path)}
    assert rows[strike.id]["review"] == "corrected" and rows[strike.id]["fatalities"] == 6
    assert rows[min(capture_a.id, capture_b.id)]["review"] == "accepted"

    _run(path, "review", strike.id, "--reject", "--reviewer", "Sam")
    kept = _exported(path, "--reviewed-only")
    assert [r["review"] for r in kept] == ["accepted"] and len(kept[0]["sources"]) == 2

    _run(path, "export", "--format", "csv", "-o", str(tmp_path / "e.csv"))
    with (tmp_path / "e.csv").open() as f:
        assert sorted(r["review"] for r in csv.DictReader(f)) == ["accepted", "rejected"]

    out = _run(path, "review", "export", "-o", str(tmp_path / "gold"))
    assert "2 reviewed events and 1 rejected sentences" in out
    scored = json.loads(_run(path, "eval", str(tmp_path / "gold"), "--json"))
    # the capture's two reports are matched; the rejected strike is the one extra
    assert (scored["overall"]["tp"], scored["overall"]["fp"], scored["overall"]["fn"]) == (2, 1, 0)
    assert [x["id"] for x in scored["extras"]] == [strike.id]


@pytest.mark.parametrize("args, words", [
    (["review", "0000ffff", "--accept"], "no event with id"),
    (["review", "{strike}", "--accept", "--reject"], "say one of"),
    (["review", "{strike}"], "say one of"),
    (["review", "{strike}", "--set", "fatalities"], "FIELD=VALUE"),
    (["review", "{strike}", "--set", "sub_event_type=Skirmish"], "not an ACLED sub-event type"),
    (["review", "export"], "needs -o DIR"),
    (["review", "list", "--accept"], "takes no"),
    (["export", "--what", "control", "--reviewed-only", "-o", "-"], "goes with events"),
])
def test_review_usage_errors_say_what_to_fix(db, args, words):
    path, strike, _, _ = db
    result = runner.invoke(app, ["--db", str(path), *[a.replace("{strike}", strike.id) for a in args]])
    assert isinstance(result.exception, InputError) and words in str(result.exception)
    with open_store(path, read_only=True) as s:
        assert s.query("SELECT count(*) FROM reviews")[0][0] == 0
