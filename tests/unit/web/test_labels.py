"""Which place names the map draws (api/labels.py): best first, never overlapping, more
as one zooms in, capped per zoom."""

from __future__ import annotations

from warmap.api.labels import _CHAR_PX, _HEIGHT_PX, _PAD_PX, LabelIndex, _pixel, max_labels, min_population
from warmap.records import Place

# a 20 x 20 grid of towns 0.05 degrees apart (about 5 km), populations all different
GRID = [Place(f"Town {i:03d}", "SY", None, 35.0 + (i // 20) * 0.05, 38.0 + (i % 20) * 0.05, population=1_000 + 997 * i)
        for i in range(400)]
BOX = (37.9, 34.9, 39.1, 36.1)


def _boxes(labels, zoom):
    scale = 256 * 2 ** zoom
    out = []
    for x in labels:
        px, py = _pixel(x.lon, x.lat, scale)
        out.append((px + _PAD_PX, py - _HEIGHT_PX / 2, px + _PAD_PX + _CHAR_PX * len(x.name), py + _HEIGHT_PX / 2))
    return out


def test_no_two_labels_overlap_and_more_show_closer_in():
    index = LabelIndex(GRID, {})
    counts = {}
    for zoom in (6, 8, 10):
        picked = index.pick(BOX, zoom)
        counts[zoom] = len(picked)
        boxes = _boxes(picked, zoom)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (zoom, a, b)
        assert all(x.population >= min_population(zoom) for x in picked)
        assert len(picked) <= max_labels(zoom)
    assert 0 < counts[6] < counts[8] < counts[10]


def test_towns_where_events_happened_come_first_whatever_their_size():
    index = LabelIndex(GRID, {("Town 000", "SY", 35.0, 38.0): 2, ("Somewhere", "SY", 35.5, 38.5): 5})
    picked = index.pick(BOX, 6)
    assert [(x.name, x.events) for x in picked[:2]] == [("Somewhere", 5), ("Town 000", 2)]
    assert picked[1].population == 1_000  # the gazetteer's figure joins the event count
    # then by population: the biggest town that fits
    assert picked[2].name == "Town 399"


def test_the_cap_holds():
    index = LabelIndex(GRID, {})
    assert len(index.pick(BOX, 14, limit=7)) == 7
    assert len(index.pick(BOX, 14)) <= max_labels(14)
