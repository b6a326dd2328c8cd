"""GET /api/events and /api/events/{id}: filters, paging bounds, GeoJSON, errors."""

from __future__ import annotations

import pytest


def ids(body: dict) -> list[str]:
    return [e["id"] for e in body["events"]]


def test_all_events_oldest_first_with_paging_fields(get):
    body = get("/api/events").json()
    assert body["total"] == 6 and body["limit"] == 100 and body["offset"] == 0
    assert ids(body)[0] == "ev-mosul" and ids(body)[-1] == "ev-palmyra"
    first = body["events"][0]
    # the export contract, unchanged
    assert {"id", "event_type", "sub_event_type", "date", "actor1", "location", "sources", "evidence"} <= set(first)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("since=2014-06-21&until=2014-06-30", {"ev-raqqa", "ev-qaim"}),
        ("since=2015-01-01", {"ev-palmyra"}),
        ("type=Battles", {"ev-mosul", "ev-qaim", "ev-palmyra", "ev-noplace"}),
        ("type=Air/drone strike", {"ev-raqqa"}),
        ("actor=isis", {"ev-mosul", "ev-qaim", "ev-palmyra", "ev-noplace"}),
        ("actor=civilians_syria", {"ev-raqqa"}),
        ("place=aleppo", {"ev-aleppo"}),
        ("place=Nineveh", {"ev-mosul"}),  # province names match too
        ("q=border crossing", {"ev-qaim"}),
        ("bbox=35,33,40,37", {"ev-raqqa", "ev-aleppo", "ev-palmyra"}),  # Syria's west, not Iraq
        ("bbox=35,33,40,37&actor=isis", {"ev-palmyra"}),
        ("q=nothing-like-this", set()),
    ],
)
def test_filters(get, query, expected):
    body = get(f"/api/events?{query}").json()
    assert set(ids(body)) == expected
    assert body["total"] == len(expected)


def test_pagination_total_counts_all_matches(get):
    page1 = get("/api/events?limit=2").json()
    page2 = get("/api/events?limit=2&offset=2").json()
    assert page1["total"] == page2["total"] == 6
    assert len(page1["events"]) == len(page2["events"]) == 2
    assert not set(ids(page1)) & set(ids(page2))
    past = get("/api/events?offset=50").json()
    assert past["events"] == [] and past["total"] == 6


@pytest.mark.parametrize("query", ["limit=0", "limit=1001", "limit=-1", "offset=-1", "limit=many"])
def test_paging_bounds_are_422_with_a_message(get, query):
    r = get(f"/api/events?{query}")
    assert r.status_code == 422
    assert set(r.json()) == {"error"}
    assert query.split("=")[0] in r.json()["error"]


def test_max_limit_is_accepted(get):
    assert get("/api/events?limit=1000").status_code == 200


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("since=2014-13-01", "YYYY-MM-DD"),
        ("until=yesterday", "YYYY-MM-DD"),
        ("since=2015-01-01&until=2014-01-01", "swap"),
        ("bbox=1,2,3", "4"),
        ("bbox=a,b,c,d", "not a number"),
        ("bbox=40,30,35,37", "west > east"),
        ("bbox=0,-100,10,10", "-90..90"),
        ("bbox=nan,1,2,3", "finite"),
    ],
)
def test_bad_dates_and_boxes_are_400_saying_what_to_fix(get, query, word):
    r = get(f"/api/events?{query}")
    assert r.status_code == 400
    assert word in r.json()["error"]


def test_geojson_feature_collection(get):
    body = get("/api/events?format=geojson").json()
    assert body["type"] == "FeatureCollection"
    assert body["total"] == 6
    feats = body["features"]
    assert len(feats) == 5  # the event without a place has no geometry to draw
    raqqa = next(f for f in feats if f["id"] == "ev-raqqa")
    assert raqqa["type"] == "Feature"
    assert raqqa["geometry"] == {"type": "Point", "coordinates": [39.0094, 35.9506]}
    assert raqqa["properties"]["sub_event_type"] == "Air/drone strike"


def test_unknown_format_is_422(get):
    assert get("/api/events?format=kml").status_code == 422


def test_one_event_with_sources_and_evidence(get):
    body = get("/api/events/ev-raqqa").json()
    src = body["sources"][0]
    assert src["sentence"].startswith("The Syrian air force raided Raqqa")
    # evidence offsets are article offsets: the sentence's own start turns them into sentence offsets
    for ev in body["evidence"]:
        assert src["sentence"][ev["start"] - src["start"]: ev["end"] - src["start"]] == ev["text"]


def test_unknown_event_is_404_json(get):
    r = get("/api/events/no-such-event")
    assert r.status_code == 404
    assert "no event" in r.json()["error"]


def test_long_query_strings_are_refused(get):
    r = get("/api/events?q=" + "x" * 5000)
    assert r.status_code == 414
    assert "4096" in r.json()["error"]


def test_over_long_filter_text_is_422(get):
    assert get("/api/events?actor=" + "x" * 300).status_code == 422


def test_injection_attempts_are_just_text(get):
    r = get("/api/events", params={"actor": "x' OR 1=1 --", "place": "%' OR '1'='1"})
    assert r.status_code == 200 and r.json()["total"] == 0


def test_a_repeated_query_gets_the_same_page_and_headers_from_the_cache(sample_db):
    """A page asked for twice is kept; the third time it comes from the page cache, byte for
    byte as the first."""
    import asyncio

    import httpx

    from warmap.api import create_app

    app = create_app(sample_db)

    async def thrice(url: str) -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return [await client.get(url) for _ in range(3)]

    url = "/api/events?actor=isis&format=geojson"
    pages = app.state.served.pages
    assert pages is not None and len(pages) == 0
    first, second, third = asyncio.run(thrice(url))
    from warmap.api.params import events_query

    assert len(pages) == 1 and pages.get(events_query(url.split("?")[1].encode())) == first.content
    assert third.content == first.content and third.json()["total"] >= 1
    assert {k: v for k, v in third.headers.items() if k != "date"} == {
        k: v for k, v in first.headers.items() if k != "date"}
    assert all(r.status_code == 422 for r in asyncio.run(thrice("/api/events?limit=0")))
    assert len(pages) == 1  # errors are never kept
