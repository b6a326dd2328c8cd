import csv
import json

import pyarrow.parquet as pq

from helpers import make_event
from warmap.export import ACLED_COLUMNS, event_from_dict, event_to_dict, write_events

EXPORT_FIELDS = {"id", "event_type", "sub_event_type", "date", "date_min", "date_max", "date_precision",
                 "actor1", "actor2", "location", "fatalities", "confidence", "sources"}


def test_jsonl_follows_the_contract_and_round_trips(tmp_path, article):
    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    out = tmp_path / "e.jsonl"
    assert write_events([ev], "jsonl", out) == 1
    rec = json.loads(out.read_text().splitlines()[0])
    assert EXPORT_FIELDS <= rec.keys()
    assert rec["actor1"]["id"] == "syrian_air_force" and rec["actor1"]["type"] == "state forces"
    assert set(rec["location"]) >= {"name", "country", "admin1", "lat", "lon", "geo_precision", "geonames_id", "mention"}
    src = rec["sources"][0]
    assert article.text[src["start"]:src["end"]] == src["sentence"]
    assert event_to_dict(event_from_dict(rec)) == rec


def test_csv_has_acled_columns(tmp_path, article):
    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    out = tmp_path / "e.csv"
    write_events([ev], "csv", out)
    rows = list(csv.DictReader(out.open()))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    r = rows[0]
    assert r["event_type"] == "Explosions/Remote violence"
    assert r["interaction"] == "17" and r["civilian_targeting"] == "Civilian targeting"
    assert r["country"] == "Syria" and r["iso"] == "760"
    assert r["time_precision"] == "1" and r["fatalities"] == "12"


def test_geojson_and_parquet(tmp_path, article):
    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    write_events([ev], "geojson", tmp_path / "e.geojson")
    fc = json.loads((tmp_path / "e.geojson").read_text())
    assert fc["type"] == "FeatureCollection"
    assert fc["features"][0]["geometry"]["coordinates"] == [39.0094, 35.9506]
    write_events([ev], "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 1 and table.column("actor1_id").to_pylist() == ["syrian_air_force"]
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_export_leaves_the_old_file_whole(tmp_path, article, monkeypatch):
    import pytest

    import warmap.export.writers as writers

    ev = make_event(article, "The Syrian air force raided Raqqa on Saturday.")
    out = tmp_path / "e.jsonl"
    out.write_text("yesterday's export\n")
    out.chmod(0o640)

    def half(events, f):
        f.write('{"id": "half a record')
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(writers._TEXT_WRITERS, "jsonl", half)
    with pytest.raises(writers.OutputError, match="No space left on device"):
        write_events([ev], "jsonl", out)
    assert out.read_text() == "yesterday's export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["e.jsonl"]
    monkeypatch.undo()
    write_events([ev], "jsonl", out)
    assert json.loads(out.read_text())["id"] == ev.id
    assert out.stat().st_mode & 0o777 == 0o640  # the file keeps its permissions


def test_refused_targets(tmp_path, article):
    import os

    import pytest

    from warmap.export.writers import OutputError, checked_output
    from warmap.store import Store

    Store(tmp_path / "w.duckdb").close()
    os.mkfifo(tmp_path / "fifo")
    cases = {tmp_path: "is a folder", tmp_path / "fifo": "not a regular file",
             tmp_path / "w.duckdb": "is a DuckDB database"}
    for target, message in cases.items():
        with pytest.raises(OutputError, match=message):
            checked_output(target)
    with pytest.raises(OutputError, match="is the open store"):
        checked_output(tmp_path / "w.duckdb", protect=[tmp_path / "w.duckdb"])
    assert checked_output(tmp_path / "new" / "e.csv") == tmp_path / "new" / "e.csv"
