"""What an exposed server must get right at the app level (issue 10, item 5): every
error is the JSON body with the security headers, HEAD on every GET route, documents by
exact id only, no file paths of the ingesting machine, caches bounded by bytes held and
keyed on the parsed filter, and a reload watcher that survives an unreadable file.
Each test failed on the code before the fix."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import shutil

import httpx
import pytest
from helpers import make_article, make_event

from warmap.api import CSP, create_app
from warmap.api.served import keep_current
from warmap.store import Store


def _client_get(app, *requests: tuple[str, str]) -> list[httpx.Response]:
    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return [await client.request(method, url) for method, url in requests]

    return asyncio.run(run())


@pytest.fixture(scope="module")
def app(sample_db):
    return create_app(sample_db)


def _is_json_error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, (r.status_code, r.text[:200])
    assert r.headers["content-type"] == "application/json"
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    return r.json()["error"]


def test_control_with_an_empty_day_is_a_json_400_not_a_bare_500(app):
    (r,) = _client_get(app, ("GET", "/api/control?at="))
    assert "YYYY-MM-DD" in _is_json_error(r, 400)


def test_an_unexpected_error_is_a_json_500_with_the_security_headers(sample_db, monkeypatch):
    from warmap.api import queries

    def broken(store):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(queries, "summary", broken)
    (r,) = _client_get(create_app(sample_db), ("GET", "/api/summary"))
    message = _is_json_error(r, 500)
    assert "simulated bug" not in message and "log" in message  # no internals to the client


@pytest.mark.parametrize("path", [
    "/", "/api/events?actor=isis", "/api/events/ev-mosul", "/api/actors", "/api/summary",
    "/api/relations", "/api/control?at=2015-06-01", "/openapi.json", "/static/app.js",
])
def test_head_answers_every_get_route_with_the_headers_and_no_body(app, path):
    get, head = _client_get(app, ("GET", path), ("HEAD", path))
    assert get.status_code == 200 and head.status_code == 200, (path, head.status_code)
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == get.headers["content-length"]
    assert head.headers["content-security-policy"] == CSP


def test_head_of_a_document_and_errors_too(app):
    doc_id = _client_get(app, ("GET", "/api/events/ev-mosul"))[0].json()["sources"][0]["doc_id"]
    head, missing, post = _client_get(app, ("HEAD", f"/api/documents/{doc_id}"), ("HEAD", "/api/nothing"),
                                      ("POST", "/api/events"))
    assert head.status_code == 200 and head.content == b""
    assert missing.status_code == 404 and missing.content == b""
    _is_json_error(post, 405)
    assert post.headers["allow"] == "GET, HEAD"


# -- documents by exact id, and no paths of the ingesting machine -----------------------------

@pytest.fixture(scope="module")
def abs_db(tmp_path_factory) -> tuple[str, list[str]]:
    """Two articles ingested under absolute paths whose ids share their first character,
    and one under a relative path."""
    by_first: dict[str, list] = {}
    n = 0
    while True:
        art = make_article(f"Syrian jets struck Raqqa on Saturday, killing {n} people.",
                           source=f"/home/ana/secret-project/feeds/report{n}.txt")
        by_first.setdefault(art.doc_id[0], []).append(art)
        if len(by_first[art.doc_id[0]]) == 2:
            break
        n += 1
    twins = by_first[art.doc_id[0]]
    other = make_article("Government aircraft bombed Raqqa on Sunday.", source="feeds/relative.txt")
    path = str(tmp_path_factory.mktemp("abs") / "abs.duckdb")
    with Store(path) as store:
        store.write_batch([*twins, other], [make_event(a, a.text) for a in (*twins, other)])
    return path, [a.doc_id for a in twins]


def test_a_document_is_found_by_its_exact_id_only(abs_db):
    path, (one, two) = abs_db
    app = create_app(path)
    exact, shared_prefix, own_prefix = _client_get(
        app, ("GET", f"/api/documents/{one}"), ("GET", f"/api/documents/{one[0]}"), ("GET", f"/api/documents/{two[:20]}"))
    assert exact.status_code == 200 and exact.json()["doc_id"] == one
    assert "no document" in _is_json_error(shared_prefix, 404)  # served one of the two before
    assert "no document" in _is_json_error(own_prefix, 404)


def test_the_api_shows_file_names_not_the_ingesting_machines_paths(abs_db):
    path, (one, _) = abs_db
    for app in (create_app(path), create_app(path, pool_size=0)):  # the index and the store's own path
        doc, page, geo = _client_get(app, ("GET", f"/api/documents/{one}"), ("GET", "/api/events"),
                                     ("GET", "/api/events?format=geojson"))
        everything = doc.text + page.text + geo.text
        assert "/home/ana" not in everything and "secret-project" not in everything
        assert doc.json()["source"].startswith("report") and doc.json()["source"].endswith(".txt")
        documents = {s["document"] for e in page.json()["events"] for s in e["sources"]}
        assert "feeds/relative.txt" in documents  # a relative path stays as it was given
        assert all("/" not in d for d in documents - {"feeds/relative.txt"}) and len(documents) == 3
        eid = page.json()["events"][0]["id"]
        (one_event,) = _client_get(app, ("GET", f"/api/events/{eid}"))
        assert "/home/ana" not in one_event.text


# -- caches bounded by bytes held, keyed on the parsed filter -------------------------------

def test_unknown_parameters_make_no_new_page_and_a_flood_stays_in_budget(sample_db):
    app = create_app(sample_db, page_cache_bytes=64 * 1024)
    pages = app.state.served.pages
    junk = [("GET", f"/api/events?actor=isis&utm{i}={'x' * 2000}") for i in range(60)]
    responses = _client_get(app, *junk)
    assert {r.status_code for r in responses} == {200}
    assert len(pages) == 1  # one filter, one page: before, a page (and a 2 KB key) per query string
    unique = [("GET", f"/api/events?q={w}{i}") for i in range(400) for w in ("isis", "isis")]
    _client_get(app, *unique)
    assert 0 < pages.held <= 64 * 1024


def test_the_filter_mask_cache_is_bounded_by_bytes(sample_db, monkeypatch):
    from warmap.api.index import EventIndex

    monkeypatch.setattr(EventIndex, "MASK_CACHE_BYTES", 50_000)
    app = create_app(sample_db)
    _client_get(app, *[("GET", f"/api/events?actor=someone-{i}-{'y' * 150}") for i in range(600)])
    index = app.state.served.index
    held = sum(m.nbytes for m in index.masks.values()) + sum(len(repr(k)) for k in index.masks)
    assert held <= 50_000 and index._mask_bytes <= 50_000
    assert len(index.masks) < 600  # before: kept 50,000 // 6 events = 8,333 of them, keys uncounted


# -- the reload watcher ----------------------------------------------------------------

def test_the_watcher_survives_an_unreadable_store_and_retries(sample_db, tmp_path, monkeypatch):
    live = str(tmp_path / "live.duckdb")
    shutil.copy(sample_db, live)
    app = create_app(live)
    before = len(app.state.served.index)
    good = str(tmp_path / "good.duckdb")
    shutil.copy(sample_db, good)
    art = make_article("Government aircraft bombed Raqqa on Saturday, killing four people.", source="late.txt")
    with Store(good) as store:
        store.write_batch([art], [make_event(art, art.text, day=dt.date(2015, 1, 3))])

    import warmap.api.served as served

    real_load = served.load
    failures = []

    def flaky(path, **kw):  # what a half-written file raised from the database driver
        if not failures:
            failures.append(path)
            raise OSError("simulated: could not read enough bytes from file")
        return real_load(path, **kw)

    async def run() -> None:
        watcher = asyncio.create_task(keep_current(app.state, live, 0.05))
        with open(live + ".tmp", "wb") as f:
            f.write(b"\0garbage that is no DuckDB file" * 100)
        os.replace(live + ".tmp", live)  # replaced by what cannot be read
        await asyncio.sleep(0.4)
        assert not watcher.done(), watcher  # before: the task had died
        assert len(app.state.served.index) == before  # the old snapshot is still served
        monkeypatch.setattr(served, "load", flaky)
        shutil.copy(good, live + ".tmp")
        os.replace(live + ".tmp", live)
        for _ in range(100):
            await asyncio.sleep(0.05)
            if len(app.state.served.index) == before + 1:
                break
        assert not watcher.done()
        watcher.cancel()

    asyncio.run(run())
    assert failures  # the read error was hit, and the next try succeeded
    assert len(app.state.served.index) == before + 1
    (r,) = _client_get(app, ("GET", "/api/summary"))
    assert json.loads(r.text)["events"] == before + 1


# -- the limits are documented where a user looks ----------------------------------------

def test_every_server_limit_has_a_serve_flag_and_a_readme_line():
    import dataclasses
    from pathlib import Path

    import typer

    from warmap.api.limits import ServerLimits
    from warmap.cli import app as cli

    flags = {"header_bytes": "--max-header-bytes", "headers": "--max-headers", "request_timeout": "--request-timeout",
             "connections": "--max-connections", "keep_alive": "--keep-alive", "page_cache_mb": "--page-cache-mb"}
    assert set(flags) == {f.name for f in dataclasses.fields(ServerLimits)}, "a new limit needs a flag here"
    serve = typer.main.get_command(cli).commands["serve"]
    options = {o: p for p in serve.params for o in p.opts}
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    for name, flag in flags.items():
        assert options[flag].default == getattr(ServerLimits(), name) and options[flag].help == ServerLimits.help(name)
        assert f"`{flag}`" in readme, f"README does not document {flag}"
