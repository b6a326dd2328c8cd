"""Score warmap on a blind round: a folder laid out as ../shared/data/realdev (corpus/*.txt,
gold/*.jsonl, gold/*.nonevents.txt) whose gold was written by someone who never read this code.

    python bench/score_round.py ROUND            # one line of figures
    python bench/score_round.py ROUND --loose -v # and every miss, extra, near miss and undated page

Such gold names actors with its own ids, so actors are not matched (``warmap eval`` matches
them, and needs the dictionary's ids). An event matches a gold event of the same document and
event type, with date windows a day apart at most and places within 50 km (when the gold has a
place). "full" counts matches that also have the sub-event type, a place within 25 km and the
date inside the gold window. With ``--loose`` a gold place the gazetteer cannot find by name
does not block a match: what the result would be with a bigger gazetteer. "dated" counts the
pages whose publication date (read from the page) is the gold's. A report with no gold event
(a near miss) has an empty jsonl; its sentences in nonevents.txt must give nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from warmap.eval.score import distance_km
from warmap.pipeline import ingest
from warmap.store import Store

SLACK = dt.timedelta(days=1)


@dataclass
class Found:
    """One extracted event, as the round compares it."""

    doc: str
    event_type: str
    sub: str
    date: dt.date
    date_min: dt.date
    date_max: dt.date
    lat_lon: tuple[float, float] | None
    place: str | None
    sentence: str


def _plain(s: str | None) -> str:
    return " ".join((s or "").split())


def _doc(e: dict) -> str:
    return Path(e["sources"][0]["document"]).name


def _located(g: dict) -> dict | None:
    """The gold event's location when it has a point ("Houthi-controlled areas" may have none)."""
    loc = g.get("location")
    return loc if loc and loc.get("lat") is not None and loc.get("lon") is not None else None


def _load(root: Path) -> tuple[list[dict], list[tuple[str, str]]]:
    gold = [json.loads(line) for f in sorted((root / "gold").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    nonevents = [(f.name[: -len(".nonevents.txt")] + ".txt", _plain(s)) for f in sorted((root / "gold").glob("*.nonevents.txt"))
                 for s in f.read_text(encoding="utf-8").splitlines() if s.strip()]
    return gold, nonevents


def _extract(root: Path) -> tuple[list[Found], dict[str, dt.date | None]]:
    docs = {p.name for p in (root / "corpus").glob("*.txt")}
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "round.duckdb")) as store:
        ingest(store, [root / "corpus"])
        events, articles = store.events(), store.documents()
    found = []
    for e in events:
        doc = Path(e.sources[0].document).name if e.sources else ""
        if doc not in docs:
            continue
        place = e.location.place if e.location else None
        found.append(Found(doc, e.event_type, e.sub_event_type, e.when.date, e.when.date_min, e.when.date_max,
                           (place.lat, place.lon) if place else None, place.name if place else None,
                           _plain(e.sources[0].sentence)))
    return found, {Path(a.source).name: a.published for a in articles}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("round", type=Path)
    ap.add_argument("--loose", action="store_true", help="a gold place the gazetteer cannot find blocks no match")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    root: Path = args.round
    if not (root / "gold").is_dir() or not (root / "corpus").is_dir():
        print(f"no corpus/ and gold/ under {root}", file=sys.stderr)
        return 2
    gold, nonevents = _load(root)
    found, published = _extract(root)
    unknown = _unknown_places(gold) if args.loose else set()

    pairs = []
    for j, g in enumerate(gold):
        gmin, gmax = dt.date.fromisoformat(g["date_min"]), dt.date.fromisoformat(g["date_max"])
        loc = _located(g)
        for i, p in enumerate(found):
            if p.doc != _doc(g) or p.event_type != g["event_type"]:
                continue
            if p.date_max + SLACK < gmin or gmax + SLACK < p.date_min:
                continue
            km = distance_km(*p.lat_lon, loc["lat"], loc["lon"]) if loc and p.lat_lon else None
            if loc is not None and (km is None or km > 50) and (loc["name"], loc["country"]) not in unknown:
                continue
            sentence = _plain(g["sources"][0]["sentence"])
            score = 1 + (p.sub == g["sub_event_type"]) + 0.5 * (km is not None and km <= 25) \
                + 0.5 * (sentence in p.sentence or p.sentence in sentence)
            pairs.append((score, i, j, km))
    pairs.sort(key=lambda t: -t[0])
    used_found: set[int] = set()
    used_gold: set[int] = set()
    matches = []
    for _, i, j, km in pairs:
        if i not in used_found and j not in used_gold:
            used_found.add(i)
            used_gold.add(j)
            matches.append((found[i], gold[j], km))

    def full(p: Found, g: dict, km: float | None) -> bool:
        placed = (km is not None and km <= 25) or (_located(g) is None and p.lat_lon is None)
        return p.sub == g["sub_event_type"] and placed and g["date_min"] <= p.date.isoformat() <= g["date_max"]

    violations = [(d, s, p) for d, s in nonevents for p in found if p.doc == d and (s in p.sentence or p.sentence in s)]
    gold_dates = {_doc(g): g["sources"][0]["published"] for g in gold}
    dated = sum(1 for d, day in gold_dates.items() if published.get(d) is not None and published[d].isoformat() == day)
    tp, fp, fn = len(matches), len(found) - len(matches), len(gold) - len(matches)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{root.name}{' (loose)' if args.loose else ''}: gold {len(gold)} found {len(found)} matched {tp} "
          f"full {sum(full(*m) for m in matches)} P {precision:.2f} R {recall:.2f} F1 {f1:.2f} "
          f"non-events given {len(violations)} dated {dated}/{len(gold_dates)}")
    if args.verbose:
        for d, day in sorted(gold_dates.items()):
            if published.get(d) is None or published[d].isoformat() != day:
                print(f"  DATE  {d}: read {published.get(d)}, gold {day}")
        for j, g in enumerate(gold):
            if j not in used_gold:
                print(f"  MISS  {_doc(g)} {g['sub_event_type']} {g['date']} {(g.get('location') or {}).get('name')} "
                      f"| {g['sources'][0]['sentence'][:160]}")
        for i, p in enumerate(found):
            if i not in used_found:
                print(f"  EXTRA {p.doc} {p.sub} {p.date} {p.place} | {p.sentence[:160]}")
        for p, g, km in matches:
            if not full(p, g, km):
                print(f"  NEAR  {p.doc} gave {p.sub} {p.date} {p.place}; gold {g['sub_event_type']} {g['date']} "
                      f"{(g.get('location') or {}).get('name')} ({'no place' if km is None else f'{km:.0f} km'})")
        for d, s, p in violations:
            print(f"  NON-EVENT {d} {p.sub} | {s[:140]}")
    return 0


def _unknown_places(gold: list[dict]) -> set[tuple[str, str]]:
    """The gold places (name, country) the gazetteer does not find by name in their country."""
    from warmap.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    places = {(g["location"]["name"], g["location"]["country"]) for g in gold if g.get("location")}
    return {(name, cc) for name, cc in places if not gazetteer.find(name, country=cc)}


if __name__ == "__main__":
    sys.exit(main())
