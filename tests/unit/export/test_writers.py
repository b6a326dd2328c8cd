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
