"""Place names for the map: which towns to label in a view, and where they would collide.

The candidates are the gazetteer's towns and the places the stored events happened at.
In a view (a box and a zoom level) they are ranked by how many stored events happened
there, then by population, and taken in that order while their label does not overlap
one already taken (labels are boxes in screen pixels at that zoom, found through a grid);
at most ``max_labels(zoom)`` are taken, and towns below ``min_population(zoom)`` are not
considered unless something happened there. Zooming in shows more names: the boxes spread
apart, the cap rises and smaller towns qualify.

>>> from warmap.records import Place
>>> towns = [Place("Bigtown", "SY", None, 35.0, 38.0, population=500_000),
...          Place("Smallville", "SY", None, 35.01, 38.01, population=2_000),
...          Place("Quietplace", "SY", None, 35.5, 38.5, population=40_000)]
>>> index = LabelIndex(towns, {("Smallville", "SY", 35.01, 38.01): 3})
>>> [x.name for x in index.pick((37.0, 34.0, 39.0, 36.0), zoom=6)]  # Bigtown's name would cover Smallville's
['Smallville']
>>> [x.name for x in index.pick((37.0, 34.0, 39.0, 36.0), zoom=12)]
['Smallville', 'Bigtown', 'Quietplace']
"""

from __future__ import annotations

import functools
import math
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from warmap.records import Place

__all__ = ["Label", "LabelIndex", "max_labels", "min_population", "event_places", "towns", "index_for"]

#: A label's box: about this many pixels a character (bold, larger, for a place with
#: events), this high, beginning a few pixels right of its point (app.css draws it so).
_CHAR_PX, _EVENTS_CHAR_PX, _HEIGHT_PX, _PAD_PX = 6.5, 7.6, 18.0, 5.0
#: The grid that finds colliding boxes: cells this many pixels wide and high.
_CELL_W, _CELL_H = 64.0, 16.0


@dataclass(frozen=True)
class Label:
    """One name to draw: where, how many stored events happened there, how many live there."""

    name: str
    country: str
    lat: float
    lon: float
    events: int
    population: int


def max_labels(zoom: float) -> int:
    """The cap on labels in one view: 30 at zoom 5, 20 more a zoom level, at most 200.

    >>> max_labels(5), max_labels(7), max_labels(15)
    (30, 70, 200)
    """
    return int(min(200, max(10, 30 + 20 * (zoom - 5))))


def min_population(zoom: float) -> int:
    """Towns smaller than this are labelled only where something happened: 200,000 at
    zoom 5, a third of that a zoom level further in.

    >>> min_population(5), min_population(8), min_population(12)
    (200000, 7407, 91)
    """
    return int(200_000 / 3 ** max(0.0, zoom - 5))


class LabelIndex:
    """The label candidates of one store: towns and event places, best first."""

    def __init__(self, places: Sequence[Place], events: dict[tuple[str, str, float, float], int]) -> None:
        rows: dict[tuple[str, str], Label] = {}
        for (name, country, lat, lon), n in events.items():
            key = (name, country)
            if key not in rows or rows[key].events < n:
                rows[key] = Label(name, country, lat, lon, n, 0)
        for p in places:
            old = rows.get((p.name, p.country))
            if old is None:
                rows[(p.name, p.country)] = Label(p.name, p.country, p.lat, p.lon, 0, p.population or 0)
            elif not old.population:
                rows[(p.name, p.country)] = Label(old.name, old.country, old.lat, old.lon, old.events, p.population or 0)
        # best first: most events, then most people, then by name (a stable order)
        self.labels = sorted(rows.values(), key=lambda x: (-x.events, -x.population, x.name, x.country))
        self.lat = np.array([x.lat for x in self.labels], dtype=np.float64)
        self.lon = np.array([x.lon for x in self.labels], dtype=np.float64)
        self.population = np.array([x.population for x in self.labels], dtype=np.int64)
        self.events = np.array([x.events for x in self.labels], dtype=np.int64)

    def __len__(self) -> int:
        return len(self.labels)

    def pick(self, bbox: tuple[float, float, float, float], zoom: float, limit: int | None = None) -> list[Label]:
        """The labels to draw in ``bbox`` (west, south, east, north) at ``zoom``, best
        first, none overlapping another, at most ``limit`` or ``max_labels(zoom)``."""
        west, south, east, north = bbox
        cap = min(limit or max_labels(zoom), max_labels(zoom))
        inside = ((self.lon >= west) & (self.lon <= east) & (self.lat >= south) & (self.lat <= north)
                  & ((self.events > 0) | (self.population >= min_population(zoom))))
        scale = 256 * 2 ** zoom
        grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        out: list[Label] = []
        for i in np.flatnonzero(inside).tolist():  # already in rank order
            label = self.labels[i]
            x, y = _pixel(label.lon, label.lat, scale)
            width = (_EVENTS_CHAR_PX if label.events else _CHAR_PX) * len(label.name)
            box = (x + _PAD_PX, y - _HEIGHT_PX / 2, x + _PAD_PX + width, y + _HEIGHT_PX / 2)
            cells = [(cx, cy) for cx in range(int(box[0] // _CELL_W), int(box[2] // _CELL_W) + 1)
                     for cy in range(int(box[1] // _CELL_H), int(box[3] // _CELL_H) + 1)]
            if any(_overlap(box, other) for c in cells for other in grid.get(c, ())):
                continue
            for c in cells:
                grid.setdefault(c, []).append(box)
            out.append(label)
            if len(out) >= cap:
                break
        return out


def _pixel(lon: float, lat: float, scale: float) -> tuple[float, float]:
    """Web Mercator pixel coordinates at a zoom whose world is ``scale`` pixels wide."""
    s = math.sin(math.radians(max(-85.0, min(85.0, lat))))
    return (lon + 180) / 360 * scale, (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * scale


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def event_places(rows: Iterable[tuple[str, str, float, float, int]]) -> dict[tuple[str, str, float, float], int]:
    """Event counts keyed by place, from ``(place, country, lat, lon, events)`` rows."""
    return {(name, country or "", lat, lon): n for name, country, lat, lon, n in rows
            if name and lat is not None and lon is not None}


#: The store's events per town (placed at a town, or near one: precision 1 or 2).
EVENT_PLACES_SQL = ("SELECT place, country, lat, lon, count(*) FROM events "
                    "WHERE lat IS NOT NULL AND geo_precision <= 2 GROUP BY ALL")


@functools.cache
def towns() -> tuple[Place, ...]:
    """The gazetteer's towns (loads the gazetteer: about a second, the first time)."""
    from warmap.places import load_gazetteer

    return tuple(p for p in load_gazetteer().places if p.kind == "city")


_BUILT: weakref.WeakKeyDictionary[object, tuple[int, LabelIndex]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def index_for(owner: object, store) -> LabelIndex:
    """The label index of ``store``, kept for as long as ``owner`` (a server's snapshot)
    lives, and built again when the store's number of events changed."""
    n = store.query("SELECT count(*) FROM events")[0][0]
    with _LOCK:  # one build at a time: the first loads the gazetteer
        found = _BUILT.get(owner)
        if found is None or found[0] != n:
            found = _BUILT[owner] = (n, LabelIndex(towns(), event_places(store.query(EVENT_PLACES_SQL))))
    return found[1]
