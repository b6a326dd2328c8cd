"""The engine layer: one mapper interface, results in order, clear errors."""

from __future__ import annotations

import sys

import pytest

from warmap.engines import ENGINES, EngineError, open_engine
from warmap.store import Store


@pytest.mark.parametrize("jobs", [None, 1, 2])
def test_local_engine_keeps_the_order_of_the_chunks(jobs):
    chunks = [[i, i * i] for i in range(10)]  # a builtin: the spawned workers import it by name
    with open_engine("local", jobs=jobs) as mapper:
        assert list(mapper(sum, chunks)) == [0, 2, 6, 12, 20, 30, 42, 56, 72, 90]


def test_unknown_engine_and_address_without_a_cluster_engine_are_refused():
    with pytest.raises(EngineError, match="unknown engine 'spark'; choose one of: local, ray"):
        open_engine("spark")
    with pytest.raises(EngineError, match="--address names a cluster"):
        with open_engine("local", address="10.0.0.1:6379"):
            pass
    assert set(ENGINES) == {"local", "ray"}


def test_ray_engine_without_ray_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails as if it were not installed
    with pytest.raises(EngineError, match=r"pip install 'warmap\[ray\]'") as caught:
        with open_engine("ray"):
            pass
    assert caught.value.exit_code == 2


def test_ingest_with_engine_ray_and_no_ray_exits_2_with_one_line(monkeypatch, tmp_path, capsys):
    from warmap import cli

    monkeypatch.setitem(sys.modules, "ray", None)
    (tmp_path / "r.txt").write_text("On Saturday, ISIS captured al-Qaim, residents said.", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    monkeypatch.setattr(sys, "argv", ["warmap", "--db", str(db), "ingest", "-q", "--engine", "ray", str(tmp_path / "r.txt")])
    monkeypatch.setattr(cli, "_state", {})
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --engine ray needs Ray, which is not installed")
    with Store(db, read_only=True) as store:
        assert store.count_documents() == 0


@pytest.mark.parametrize(("address", "why"), [
    ("127.0.0.1:1", "nothing answers at 127.0.0.1:1"),  # Ray itself would wait for ever
    ("no-port-here", "is not host:port, ray://host:port or auto"),
])
def test_ray_engine_fails_fast_on_an_address_with_no_cluster(address, why):
    pytest.importorskip("ray", reason="needs ray (pip install -e '.[dev]')")
    with pytest.raises(EngineError, match=why):
        with open_engine("ray", address=address):
            pass
