"""Scoring events against gold annotations in the export format.

A predicted event matches a gold event when both come from the same article, have the
same ACLED event type, overlapping date windows (a day's slack either side), places
within ``match_km`` of each other and compatible actors (same id, parent and sub-unit,
either side missing, or the two sides swapped for symmetric events such as clashes).
Each gold event takes at most one prediction (best first). Field accuracy is then
measured on the matched pairs, and every miss and every extra is listed with its
sentence so a developer sees what to fix.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warmap.errors import GoldError
from warmap.export.codec import event_from_dict
from warmap.records import ActorMention, Event

__all__ = ["Gold", "EvalReport", "load_gold", "score", "distance_km"]

_SLACK = dt.timedelta(days=1)


@dataclass(frozen=True)
class Gold:
    """Gold events and the sentences that must give no event."""

    events: list[Event]
    nonevents: list[tuple[str, str]]  # (document basename, sentence)

    @property
    def documents(self) -> set[str]:
        return {_doc_key(e) for e in self.events} | {d for d, _ in self.nonevents}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    overall: Counts
    by_type: dict[str, Counts]
    fields: dict[str, tuple[int, int]]  # field -> (correct, compared)
    matches: list[tuple[Event, Event]]
    misses: list[Event]
    extras: list[Event]
    nonevent_violations: list[tuple[str, Event]] = field(default_factory=list)

    def field_accuracy(self, name: str) -> float:
        ok, n = self.fields.get(name, (0, 0))
        return ok / n if n else 0.0

    def to_dict(self) -> dict:
        def c(x: Counts) -> dict:
            return {"tp": x.tp, "fp": x.fp, "fn": x.fn, "precision": round(x.precision, 3),
                    "recall": round(x.recall, 3), "f1": round(x.f1, 3)}

        return {
            "overall": c(self.overall),
            "by_type": {k: c(v) for k, v in sorted(self.by_type.items())},
            "fields": {k: {"correct": ok, "compared": n, "accuracy": round(ok / n, 3) if n else None}
                       for k, (ok, n) in self.fields.items()},
            "nonevent_violations": len(self.nonevent_violations),
            "misses": [_brief(e) for e in self.misses],
            "extras": [_brief(e) for e in self.extras],
        }


def _brief(e: Event) -> dict:
    return {
        "id": e.id, "type": f"{e.event_type} / {e.sub_event_type}", "date": e.when.date.isoformat(),
        "actor1": e.actor1.actor.id if e.actor1 else None,
        "actor2": e.actor2.actor.id if e.actor2 else None,
        "place": e.location.place.name if e.location else None,
        "document": e.sources[0].document if e.sources else None,
        "sentence": e.sources[0].sentence if e.sources else None,
    }


def _doc_key(e: Event) -> str:
    return Path(e.sources[0].document).name if e.sources else ""


def load_gold(path: str | Path) -> Gold:
    """Gold from a ``.jsonl`` file or a folder of them (with ``*.nonevents.txt`` beside)."""
    p = Path(path)
    if not p.exists():
        raise GoldError(f"no gold file or folder at {p}")
    files = sorted(p.rglob("*.jsonl")) if p.is_dir() else [p]
    events: list[Event] = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                events.append(event_from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise GoldError(f"{f}:{n}: not an event in the export format ({exc})") from exc
    nonevents: list[tuple[str, str]] = []
    folder = p if p.is_dir() else p.parent
    for f in sorted(folder.rglob("*.nonevents.txt")):
        stem = f.name[: -len(".nonevents.txt")]
        if not p.is_dir() and stem != p.stem:
            continue
        doc = _document_for(stem, events)
        nonevents += [(doc, s.strip()) for s in f.read_text(encoding="utf-8").splitlines() if s.strip()]
    return Gold(events, nonevents)


def _document_for(stem: str, events: Sequence[Event]) -> str:
    for e in events:
        key = _doc_key(e)
        if Path(key).stem == stem:
            return key
    return stem


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def _place_km(a: Event, b: Event) -> float | None:
    if a.location is None or b.location is None:
        return None
    pa, pb = a.location.place, b.location.place
    return distance_km(pa.lat, pa.lon, pb.lat, pb.lon)


def _same_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    x, y = a.actor, b.actor
    return x.id == y.id or x.parent == y.id or y.parent == x.id or (x.parent is not None and x.parent == y.parent)


def _compatible_actors(p: Event, g: Event) -> bool:
    def ok(a: ActorMention | None, b: ActorMention | None) -> bool:
        return a is None or b is None or _same_actor(a, b)

    straight = ok(p.actor1, g.actor1) and ok(p.actor2, g.actor2)
    swapped = ok(p.actor1, g.actor2) and ok(p.actor2, g.actor1)
    return straight or swapped


def _pair_score(p: Event, g: Event, match_km: float) -> float | None:
    """How well a prediction fits a gold event (higher is better), or None if it can't match."""
    if p.event_type != g.event_type or _doc_key(p) != _doc_key(g):
        return None
    if p.when.date_max + _SLACK < g.when.date_min or g.when.date_max + _SLACK < p.when.date_min:
        return None
    km = _place_km(p, g)
    if g.location is not None and (km is None or km > match_km):
        return None
    if not _compatible_actors(p, g):
        return None
    s = 1.0
    s += p.sub_event_type == g.sub_event_type
    s += _same_actor(p.actor1, g.actor1)
    s += 0.5 * _same_actor(p.actor2, g.actor2)
    s += 0.5 * (km is not None and km <= 25)
    s += 0.5 * bool(p.sources and g.sources and _overlap(p.sources[0].sentence, g.sources[0].sentence))
    return s


def _overlap(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return a in b or b in a


def score(gold: Gold, predicted: Iterable[Event], *, match_km: float = 50.0) -> EvalReport:
    """Match predictions to gold and count. Predictions from articles the gold does not
    cover are ignored, so a store holding more than the gold corpus can be scored."""
    docs = gold.documents
    preds = [p for p in predicted if _doc_key(p) in docs]
    pairs: list[tuple[float, int, int]] = []
    for i, p in enumerate(preds):
        for j, g in enumerate(gold.events):
            s = _pair_score(p, g, match_km)
            if s is not None:
                pairs.append((s, i, j))
    pairs.sort(key=lambda t: -t[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    matches: list[tuple[Event, Event]] = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches.append((preds[i], gold.events[j]))
    misses = [g for j, g in enumerate(gold.events) if j not in used_g]
    extras = [p for i, p in enumerate(preds) if i not in used_p]

    overall = Counts(tp=len(matches), fp=len(extras), fn=len(misses))
    by_type: dict[str, Counts] = {}
    for _, g in matches:
        by_type.setdefault(g.event_type, Counts()).tp += 1
    for g in misses:
        by_type.setdefault(g.event_type, Counts()).fn += 1
    for p in extras:
        by_type.setdefault(p.event_type, Counts()).fp += 1

    fields: Counter[str] = Counter()
    compared: Counter[str] = Counter()
    for p, g in matches:
        compared["sub_event_type"] += 1
        fields["sub_event_type"] += p.sub_event_type == g.sub_event_type
        compared["actor1"] += 1
        fields["actor1"] += _same_actor(p.actor1, g.actor1)
        compared["actor2"] += 1
        fields["actor2"] += _same_actor(p.actor2, g.actor2)
        km = _place_km(p, g)
        compared["place_25km"] += 1
        fields["place_25km"] += (km is not None and km <= 25) or (p.location is None and g.location is None)
        compared["date"] += 1
        fields["date"] += g.when.date_min <= p.when.date <= g.when.date_max
        compared["fatalities"] += 1
        fields["fatalities"] += p.fatalities == g.fatalities

    violations: list[tuple[str, Event]] = []
    for doc, sentence in gold.nonevents:
        for p in preds:
            if _doc_key(p) == doc and p.sources and _overlap(p.sources[0].sentence, sentence):
                violations.append((sentence, p))
    return EvalReport(
        overall=overall,
        by_type=by_type,
        fields={k: (fields[k], compared[k]) for k in compared},
        matches=matches,
        misses=misses,
        extras=extras,
        nonevent_violations=violations,
    )
