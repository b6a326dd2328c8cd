"""Control as areas (timeline/areas.py): Voronoi cells of held towns, cut to a radius and
to the province each lies in, disputed where sources disagree."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from warmap.records import Actor, Place
from warmap.timeline.areas import (
    RADIUS_KM,
    ControlArea,
    Held,
    Province,
    areas_geojson,
    control_areas,
    held_from_answers,
    load_provinces,
)
from warmap.timeline.control import ControlAnswer

# A made-up 2 x 1 degree province with a notch cut out of its east side (concave), and a
# neighbour to its east.
WEST = Province("West", "XX", ((((0.0, 0.0), (2.0, 0.0), (2.0, 0.4), (1.6, 0.5), (2.0, 0.6), (2.0, 1.0), (0.0, 1.0)),),))
EAST = Province("East", "XX", ((((2.0, 0.0), (4.0, 0.0), (4.0, 1.0), (2.0, 1.0), (2.0, 0.6), (1.6, 0.5), (2.0, 0.4)),),))


def _points(area: ControlArea):
    return [pt for poly in area.polygons for ring in poly for pt in ring]


def _inside_or_on(province: Province, lon: float, lat: float, eps: float = 1e-6) -> bool:
    return any(province.contains(lon + dx, lat + dy) for dx in (-eps, 0, eps) for dy in (-eps, 0, eps))


def test_two_towns_split_their_province_halfway_and_stay_inside_it():
    a, b = Held("A", "isis", 0.5, 0.5), Held("B", "syrian_army", 0.5, 1.5)
    areas = {x.place: x for x in control_areas([a, b], [WEST, EAST], radius_km=1000)}
    assert {x.province for x in areas.values()} == {"West"}
    # every corner of each area is in West (on its edge at most): clipped to the province
    for area in areas.values():
        assert all(_inside_or_on(WEST, lon, lat) for lon, lat in _points(area))
    # the bisector is lon 1.0: A's area lies west of it, B's east of it, and B's stops at the notch
    assert max(lon for lon, _ in _points(areas["A"])) == pytest.approx(1.0)
    assert min(lon for lon, _ in _points(areas["B"])) == pytest.approx(1.0)
    assert (1.6, 0.5) in {(round(lon, 6), round(lat, 6)) for lon, lat in _points(areas["B"])}
    # together they cover the province (2 x 1 degrees less the notch's 0.04), without overlap
    km2_per_deg2 = 111.32 ** 2 * math.cos(math.radians(0.5))
    assert areas["A"].area_km2 + areas["B"].area_km2 == pytest.approx((2 - 0.04) * km2_per_deg2, rel=1e-3)
    assert areas["A"].area_km2 > areas["B"].area_km2


def test_a_lone_town_reaches_the_radius_and_no_further():
    big = Province("Big", "XX", ((((30.0, 30.0), (40.0, 30.0), (40.0, 40.0), (30.0, 40.0)),),))
    [area] = control_areas([Held("T", "isis", 35.0, 35.0)], [big])
    assert area.province == "Big"
    assert area.area_km2 == pytest.approx(math.pi * RADIUS_KM ** 2, rel=0.01)  # a 48-gon, not a circle
    far = max(math.hypot((lon - 35.0) * math.cos(math.radians(35.0)), lat - 35.0) * 111.32 for lon, lat in _points(area))
    assert far == pytest.approx(RADIUS_KM, rel=0.01)


def test_a_town_near_the_border_is_cut_at_its_province_edge():
    [area] = control_areas([Held("Edge", "ypg", 0.8, 1.95)], [WEST, EAST])
    assert area.province == "West"
    assert max(lon for lon, _ in _points(area)) == pytest.approx(2.0)
    assert area.area_km2 < 0.75 * math.pi * RADIUS_KM ** 2


def test_a_town_in_no_province_keeps_its_cell_and_radius():
    [area] = control_areas([Held("Nowhere", "isis", 10.0, 10.0)], [WEST, EAST])
    assert area.province is None
    assert area.area_km2 == pytest.approx(math.pi * RADIUS_KM ** 2, rel=0.01)


def test_disputed_when_sources_disagree_or_two_holders_share_the_place():
    held = [Held("A", "isis", 0.5, 0.5, disputed=True), Held("B", "syrian_army", 0.5, 1.5),
            Held("B", "isis", 0.5, 1.5)]
    areas = control_areas(held, [WEST])
    assert [(x.place, x.actor, x.disputed) for x in areas] == [
        ("A", "isis", True), ("B", "isis", True), ("B", "syrian_army", True)]
    assert areas[1].polygons == areas[2].polygons  # one cell for the place, drawn for each holder
    assert not control_areas([Held("B", "syrian_army", 0.5, 1.5)], [WEST])[0].disputed


def test_held_places_from_control_answers_are_towns_only():
    isis = Actor("isis", "Islamic State", "rebel group")
    answers = [
        ControlAnswer(Place("Palmyra", "SY", "Homs", 34.56, 38.27), isis, dt.date(2015, 5, 20), (), disputed=True),
        ControlAnswer(Place("Euphrates", "SY", None, 35.2, 40.4, kind="region"), isis, None, ()),
        ControlAnswer(Place("Anbar", "IQ", "Anbar", 33.4, 42.0, kind="admin1"), isis, None, ()),
    ]
    assert held_from_answers(answers) == [
        Held("Palmyra", "isis", 34.56, 38.27, True, "Islamic State", "2015-05-20", "SY")]


def test_real_outlines_hold_the_corpus_towns():
    provinces = load_provinces()
    assert len(provinces) > 100
    held = [Held("Palmyra", "isis", 34.5601, 38.2673), Held("Mosul", "isis", 36.335, 43.1189),
            Held("Tikrit", "iraqi_army", 34.6, 43.68)]
    found = {x.place: x.province for x in control_areas(held, provinces)}
    assert found == {"Palmyra": "Homs (Hims)", "Mosul": "Ninawa", "Tikrit": "Sala ad-Din"}


def test_geojson_has_closed_rings_and_the_method():
    areas = control_areas([Held("A", "isis", 0.5, 0.5, actor_name="Islamic State"), Held("B", "sdf", 0.5, 1.5)], [WEST])
    out = areas_geojson(areas)
    assert out["type"] == "FeatureCollection" and "Voronoi" in out["method"] and out["radius_km"] == RADIUS_KM
    [a, b] = out["features"]
    assert a["properties"]["actor"] == {"id": "isis", "name": "Islamic State"}
    assert b["properties"]["actor"] == {"id": "sdf", "name": "sdf"}
    assert a["geometry"]["type"] == "MultiPolygon"
    for f in out["features"]:
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                assert ring[0] == ring[-1] and len(ring) >= 4


def test_no_held_places_no_areas():
    assert control_areas([], [WEST]) == []
    assert areas_geojson([])["features"] == []
