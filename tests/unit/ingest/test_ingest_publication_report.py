"""`warmap ingest` says which publication date each file got and where it came from, into
a DuckDB file and into a PostgreSQL database (``empty_db``, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from warmap.cli import app

RELEASE = ("Statement on strikes near Idlib\n"
           "Release No. NR-014-17 January 05, 2017\n\n"
           "U.S. forces struck two al-Qaida vehicles near Sarmada on Tuesday, killing two fighters.\n")
UNDATED = ("Rebels shell Latakia\n\n"
           "Rebel fighters shelled the town of Kessab on Saturday, killing three civilians, a monitor said.\n")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r17.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "in" / "blog.txt").write_text(UNDATED, encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_ingest_lists_undated_files_and_with_v_every_date(folder: Path, empty_db: str) -> None:
    runner = CliRunner()
    db = empty_db
    quiet = runner.invoke(app, ["--db", db, "ingest", "-q", str(folder / "in")])
    assert quiet.exit_code == 0, quiet.output
    out = quiet.output
    assert "blog.txt: no publication date found" in out
    assert "r17.txt: published" not in out  # per-file lines only with -v
    assert "publication dates: 1 of 2 articles dated (1 release line); 1 undated" in out
    loud = runner.invoke(app, ["--db", db, "ingest", "-q", "-v", str(folder / "in")])
    assert "r17.txt: published 2017-01-05 (release line)" in loud.output
    assert "blog.txt: no publication date found" in loud.output
