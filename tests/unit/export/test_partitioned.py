"""`warmap export --format parquet --partition year,country -o DIR`: a Hive-partitioned dataset
that DuckDB reads as it is, written beside and renamed into place, never over other files."""

import datetime as dt

import duckdb
import pytest

from helpers import RAQQA, AL_QAIM, make_article, make_event
from warmap.errors import OutputError
from warmap.export.writers import write_partitioned_parquet


def _events():
    a = make_article("The Syrian air force raided Raqqa on Saturday. ISIS captured al-Qaim on Sunday.")
    return [
        make_event(a, "The Syrian air force raided Raqqa on Saturday.", place=RAQQA, day=dt.date(2014, 6, 21)),
        make_event(a, "ISIS captured al-Qaim on Sunday.", sub="Non-state actor overtakes territory",
                   etype="Battles", place=AL_QAIM, day=dt.date(2015, 6, 22)),
    ]


def test_a_dataset_split_by_year_and_country_reads_back_in_duckdb(tmp_path):
    out = tmp_path / "events"
    assert write_partitioned_parquet(_events(), out, ["year", "country"]) == 2
    assert (out / "year=2014" / "country=SY").is_dir() and (out / "year=2015" / "country=IQ").is_dir()
    rows = duckdb.sql(f"SELECT year, country, sub_event_type FROM read_parquet('{out}/**/*.parquet', "
                      "hive_partitioning = true) ORDER BY year").fetchall()
    assert [(int(y), c) for y, c, _ in rows] == [(2014, "SY"), (2015, "IQ")]


def test_writing_again_replaces_the_dataset_and_other_folders_are_refused(tmp_path):
    out = tmp_path / "events"
    write_partitioned_parquet(_events(), out, ["year"])
    write_partitioned_parquet(_events()[:1], out, ["country"])
    assert not (out / "year=2014").exists() and (out / "country=SY").is_dir()
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match="other files"):
        write_partitioned_parquet(_events(), other, ["year"])
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(OutputError, match="--partition takes"):
        write_partitioned_parquet(_events(), tmp_path / "x", ["actor1"])
