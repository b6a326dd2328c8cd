"""A read-only server answers from a snapshot: ingest can write to the file meanwhile,
and the server picks up what was written."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
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
from warmap.store import EventFilter, Store


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


def _add_report(path: str, text: str, day: dt.date, source: str = "late.txt") -> None:
    """A new article with one air strike on Raqqa on ``day``, written by another writer."""
    art = make_article(text, source=source, published=day + dt.timedelta(days=1))
    with Store(path) as store:  # the server holds no lock: this opens at once
        store.write_batch([art], [make_event(art, art.text, day=day, fatalities=4)])


def _watch_briefly(app, path: str, seconds: float = 1.0) -> None:
    async def run() -> None:
        task = asyncio.create_task(keep_current(app.state, path, 0.05))
        await asyncio.sleep(seconds)
        task.cancel()

    asyncio.run(run())


def test_ingest_while_serving_and_the_server_catches_up(live_db):
    app = create_app(live_db)
    before = _total(app)
    _add_report(live_db, "Government aircraft bombed Raqqa on Saturday, killing four people.", dt.date(2015, 1, 3))
    assert _total(app) == before  # the snapshot is what was there at start
    _watch_briefly(app, live_db)
    assert _total(app) == before + 1
    assert len(app.state.served.index) == before + 1


def test_a_second_report_of_an_event_joins_it_as_a_source(live_db):
    """The API lists events as the export does: two articles telling of one strike are one
    event with two sources, found by either article's words."""
    app = create_app(live_db)
    _add_report(live_db, "Warplanes hit Raqqa on Saturday and four died, activists said.", dt.date(2015, 1, 3), "one.txt")
    _add_report(live_db, "Syrian jets struck the city of Raqqa on Saturday, killing four.", dt.date(2015, 1, 3), "two.txt")
    _watch_briefly(app, live_db)
    index = app.state.served.index
    page = json.loads(index.page_json(EventFilter(since=dt.date(2015, 1, 3), until=dt.date(2015, 1, 3), limit=10)))
    assert page["total"] == 1
    (event,) = page["events"]
    assert sorted(s["document"] for s in event["sources"]) == ["one.txt", "two.txt"]
    for words in ("warplanes hit", "syrian jets"):
        assert index.select(EventFilter(text=words))[0] == 1
    assert json.loads(index.record(event["id"]))["id"] == event["id"]
    # the summary and the actor list count events as the list shows them
    summary, actors = _get(app, "/api/summary"), _get(app, "/api/actors")["actors"]
    assert summary["events"] == len(index) == _total(app)
    for a in actors:
        assert a["events"] == index.select(EventFilter(actor=a["id"]))[0], a


def _get(app, path: str) -> dict:
    async def fetch() -> dict:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return (await client.get(path)).json()

    return asyncio.run(fetch())


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
