"""GET /api/control/areas and GET /api/labels over the sample store: the map's control
areas on a day and the place names of a view."""

from __future__ import annotations

import pytest

import warmap.api.labels
from warmap.records import Place


def test_control_areas_follow_the_day(get):
    before = get("/api/control/areas?at=2015-03-01").json()
    after = get("/api/control/areas?at=2015-06-01").json()
    holders = lambda body: {f["properties"]["place"]: f["properties"]["actor"]["id"] for f in body["features"]}  # noqa: E731
    assert holders(before) == {"Mosul": "isis", "Palmyra": "syrian_army"}
    assert holders(after) == {"Mosul": "isis", "Palmyra": "isis"}
    palmyra = next(f for f in after["features"] if f["properties"]["place"] == "Palmyra")
    assert palmyra["properties"]["province"] == "Homs (Hims)"
    assert palmyra["geometry"]["type"] == "MultiPolygon" and palmyra["properties"]["area_km2"] > 1000
    assert after["at"] == "2015-06-01" and "Voronoi" in after["method"]


def test_control_areas_before_anything_was_held(get):
    assert get("/api/control/areas?at=2000-01-01").json()["features"] == []


@pytest.mark.parametrize("query", ["at=", "at=2015-02-30", ""])
def test_control_areas_need_a_day(get, query):
    r = get(f"/api/control/areas?{query}")
    assert r.status_code in (400, 422) and "error" in r.json()


@pytest.fixture()
def few_towns(monkeypatch):
    """A gazetteer of four towns (the real one takes a second to load)."""
    towns = (Place("Mosul", "IQ", "Nineveh", 36.335, 43.1189, population=1_600_000),
             Place("Tall Afar", "IQ", "Nineveh", 36.37, 42.45, population=200_000),
             Place("Hammam al-Alil", "IQ", "Nineveh", 36.16, 43.26, population=20_000),
             Place("Qayyarah", "IQ", "Nineveh", 35.80, 43.29, population=6_000))
    monkeypatch.setattr(warmap.api.labels, "towns", lambda: towns)
    warmap.api.labels._BUILT.clear()
    yield towns
    warmap.api.labels._BUILT.clear()


def test_labels_rank_places_with_events_first_and_grow_with_zoom(get, few_towns):
    far = get("/api/labels?bbox=40,33,46,38&zoom=5").json()["labels"]
    near = get("/api/labels?bbox=40,33,46,38&zoom=9").json()["labels"]
    # in the box, the sample store's events happened at Mosul and Al-Qa'im (a town the four lack)
    assert [(x["name"], x["events"] > 0) for x in far] == [("Mosul", True), ("Al-Qa'im", True)]
    # zoomed out, Tall Afar's name would run over Mosul's, and the other two are too small
    assert [x["name"] for x in near] == ["Mosul", "Al-Qa'im", "Tall Afar", "Hammam al-Alil", "Qayyarah"]
    outside = get("/api/labels?bbox=30,20,35,25&zoom=9").json()["labels"]
    assert outside == []


@pytest.mark.parametrize("query", ["bbox=&zoom=5", "bbox=1,2,3&zoom=5", "bbox=40,33,46,38&zoom=99", "bbox=46,33,40,38&zoom=5"])
def test_labels_refuse_a_bad_view(get, few_towns, query):
    r = get(f"/api/labels?{query}")
    assert r.status_code in (400, 422) and "error" in r.json()
