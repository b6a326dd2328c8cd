"""Documents, actors, summary, relations, control, the page, headers, OpenAPI."""

from __future__ import annotations

import pytest

from warmap.api import CSP


def test_document_returns_hostile_text_unchanged(get):
    doc_id = get("/api/events/ev-raqqa").json()["sources"][0]["doc_id"]
    body = get(f"/api/documents/{doc_id}").json()
    assert set(body) >= {"doc_id", "source", "title", "published", "text"}
    assert "<script>alert(1)</script>" in body["text"]
    assert body["title"].startswith("<img src=x onerror=alert(1)>")
    assert body["published"] == "2014-06-23"


def test_unknown_document_is_404_json(get):
    r = get("/api/documents/ffff")
    assert r.status_code == 404 and "no document" in r.json()["error"]


def test_actors_with_counts(get):
    actors = {a["id"]: a for a in get("/api/actors").json()["actors"]}
    assert actors["isis"]["events"] == 4
    assert actors["iraqi_army"]["events"] == 2
    assert actors["civilians_syria"]["type"] == "civilians"
    assert actors["syrian_army"]["name"] == "Military Forces of Syria"


def test_summary_spans_event_dates(get):
    body = get("/api/summary").json()
    assert body["first"] == "2014-06-10" and body["last"] == "2015-05-20"
    assert body["events"] == 6 and body["documents"] == 7
    assert "Battles" in body["event_types"]


def test_histogram_counts_events_per_day_and_type(get, sample_db):
    import asyncio

    import httpx

    from warmap.api import create_app

    days = get("/api/histogram").json()["days"]
    assert sum(d["events"] for d in days) == 6  # every event once, the one with no place too
    assert {"day": "2014-06-10", "event_type": "Battles", "events": 1} in days
    assert [(d["day"], d["event_type"]) for d in days] == sorted((d["day"], d["event_type"]) for d in days)
    strikes = get("/api/histogram", params={"type": "Explosions/Remote violence", "until": "2014-06-30"}).json()["days"]
    assert strikes == [{"day": "2014-06-21", "event_type": "Explosions/Remote violence", "events": 1}]
    assert sum(d["events"] for d in get("/api/histogram", params={"actor": "isis"}).json()["days"]) == 4
    bad = get("/api/histogram", params={"since": "2015-02-30"})
    assert bad.status_code == 400 and "error" in bad.json()
    # a server with no in-memory index counts the same from the store
    app = create_app(sample_db, pool_size=0)

    async def fetch() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            return await client.get("/api/histogram")

    assert asyncio.run(fetch()).json()["days"] == days


def _timeline():
    try:
        from warmap.timeline import control_at, relations_at  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"warmap.timeline not there yet ({exc})")


def test_relations_all_and_for_one_actor(get):
    _timeline()
    everything = get("/api/relations").json()["relations"]
    assert {r["kind"] for r in everything} == {"pledge", "rivalry"}
    nusra = get("/api/relations?actor=al_qaeda").json()["relations"]
    assert [(r["actor1"]["id"], r["kind"], r["actor2"]["id"]) for r in nusra] == [
        ("jabhat_al_nusra", "pledge", "al_qaeda")]
    assert nusra[0]["source"]["sentence"].startswith("Jabhat al-Nusra pledged")


def test_relations_at_a_day_before_any_is_empty(get):
    _timeline()
    assert get("/api/relations?at=2010-01-01").json()["relations"] == []


def test_control_changes_hands(get):
    _timeline()
    before = get("/api/control?at=2015-03-01&place=Palmyra").json()["control"]
    after = get("/api/control?at=2015-06-01&place=Palmyra").json()["control"]
    assert [a["actor"]["id"] for a in before] == ["syrian_army"]
    assert [a["actor"]["id"] for a in after] == ["isis"]
    assert after[0]["place"]["lat"] == pytest.approx(34.5601)
    assert after[0]["evidence"][0]["source"]["sentence"].startswith("On May 20")


def test_control_needs_a_valid_day(get):
    assert get("/api/control").status_code == 422
    r = get("/api/control?at=2015-02-30")
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["error"]
    assert get("/api/relations?at=soon").status_code == 400


def test_page_has_csp_and_loads_only_own_scripts(get):
    r = get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script type=\"module\" src=\"/static/app.js\"></script>" in r.text
    assert "http://" not in r.text and "https://" not in r.text  # nothing from the internet


def test_static_modules_and_vendor_files_served(get):
    for path in ("/static/app.js", "/static/vendor/leaflet.js", "/static/vendor/countries.geojson"):
        r = get(path)
        assert r.status_code == 200, path
    assert get("/static/../app.py").status_code == 404


def test_web_code_never_writes_html_from_strings():
    """Article text is hostile: the page builds DOM with createElement/textContent only."""
    from pathlib import Path

    import warmap.web

    static = Path(warmap.web.__file__).parent / "static"
    for js in static.glob("*.js"):
        src = js.read_text()
        for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert banned not in src, f"{js.name} uses {banned}"


def test_openapi_lists_every_route(get):
    paths = get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/actors",
              "/api/relations", "/api/control", "/api/summary", "/api/histogram"):
        assert p in paths
    # read-only, but for review decisions (warmap serve --review; 403 otherwise)
    assert all(set(ops) == {"get"} for p, ops in paths.items() if p != "/api/events/{event_id}/review")
    assert set(paths["/api/events/{event_id}/review"]) == {"get", "post"}


def test_unknown_path_is_404_json(get):
    r = get("/api/unknown")
    assert r.status_code == 404 and r.json()["error"].startswith("no such path")


def test_post_is_405_json(sample_db):
    import asyncio

    import httpx

    from warmap.api import create_app

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(sample_db)),
                                     base_url="http://t") as c:
            return await c.post("/api/events", json={})

    r = asyncio.run(post())
    assert r.status_code == 405 and "error" in r.json()


def test_missing_store_says_how_to_make_one(tmp_path):
    from warmap.api import create_app
    from warmap.errors import StoreError

    with pytest.raises(StoreError, match="warmap ingest"):
        create_app(str(tmp_path / "none.duckdb"))
