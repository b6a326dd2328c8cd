"""A read-only server answers from a snapshot: ingest can write to the file meanwhile,
and the server picks up what was written."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import textwrap

import httpx
import pytest
from helpers import make_article, make_event

from warmap.api import create_app
from warmap.api.served import file_stamp, keep_current
from warmap.errors import StoreError
from warmap.store import Store


@pytest.fixture()
def live_db(sample_db, tmp_path) -> str:
    path = tmp_path / "live.duckdb"
    shutil.copy(sample_db, path)
    return str(path)


def _total(app) -> int:
    async def fetch() -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return (await client.get("/api/events?limit=1")).json()["total"]

    return asyncio.run(fetch())


def _add_one_event(path: str) -> None:
    art = make_article("Government aircraft bombed Raqqa on Saturday, killing four people.", source="late.txt")
    with Store(path) as store:  # the server holds no lock: this opens at once
        store.write_batch([art], [make_event(art, art.text, fatalities=4)])


def _watch_briefly(app, path: str, seconds: float = 1.0) -> None:
    async def run() -> None:
        task = asyncio.create_task(keep_current(app.state, path, 0.05))
        await asyncio.sleep(seconds)
        task.cancel()

    asyncio.run(run())


def test_ingest_while_serving_and_the_server_catches_up(live_db):
    app = create_app(live_db)
    before = _total(app)
    _add_one_event(live_db)
    assert _total(app) == before  # the snapshot is what was there at start
    _watch_briefly(app, live_db)
    assert _total(app) == before + 1
    assert len(app.state.served.index) == before + 1


def test_a_writer_holding_the_file_keeps_the_old_snapshot(live_db):
    """While another process writes, the snapshot cannot be taken: the server goes on
    answering from the one it has and says why it could not renew it."""
    app = create_app(live_db)
    before = _total(app)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time, duckdb
            con = duckdb.connect({live_db!r})
            con.execute("CREATE TABLE IF NOT EXISTS touched (x INT)"); con.execute("CHECKPOINT")
            print("holding", flush=True); sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError, match="lock"):
            Store.snapshot(live_db)
        _watch_briefly(app, live_db, 0.3)
        assert app.state.served.stamp != file_stamp(live_db)  # changed, but not readable yet
        assert _total(app) == before
    finally:
        holder.communicate("\n", timeout=30)
    _watch_briefly(app, live_db, 1.0)  # the writer is gone: the change is picked up
    assert app.state.served.stamp == file_stamp(live_db)
    assert _total(app) == before
