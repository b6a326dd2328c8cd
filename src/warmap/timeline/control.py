"""Who held a place when: control claims from many reports folded into intervals.

Captures open an interval, losses and captures by another actor close it, statements of
control confirm it or, when nothing else is known, open one. Reports disagree (on the day
a town fell, or on who held it); the timeline keeps both claims as evidence, marks the
interval ``disputed`` and says why in ``note``, rather than picking a winner silently.

>>> import datetime as dt
>>> from warmap.records import *
>>> def claim(kind, actor, day):
...     src = Source("a.txt", "d", None, day, "...", 0, 3)
...     place = PlaceMention(Place("Tikrit", "IQ", "Salah ad-Din", 34.6, 43.68), "Tikrit", 0, 6)
...     return ControlClaim(place, ActorMention(Actor(actor, actor, "rebel group"), actor, 0, 1),
...                         DateWindow(day, day, day), kind, 0.9, src)
>>> claims = [claim("capture", "isis", dt.date(2014, 6, 11)), claim("capture", "iraqi_army", dt.date(2015, 3, 31))]
>>> [(a.actor.id, a.since) for a in control_at(claims, dt.date(2014, 12, 1), "tikrit")]
[('isis', datetime.date(2014, 6, 11))]
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from warmap.records import Actor, ControlClaim, DateWindow, Place

__all__ = [
    "ControlInterval",
    "ControlAnswer",
    "control_timeline",
    "control_at",
    "claims_for",
    "interval_to_dict",
    "place_key",
]

#: A statement by another actor within this many days of the holder's last evidence is a
#: disagreement between sources, not a change of hands (reports lag by about a week).
DISPUTE_DAYS = 7
#: Two captures by the same actor whose dates disagree by at most this much are one capture
#: reported with different dates; further apart, the place was lost in between unreported.
SAME_CAPTURE_DAYS = 60
#: An answer whose latest evidence is older than this says so in its note.
STALE_DAYS = 180


@dataclass(frozen=True)
class ControlInterval:
    """One actor's hold on one place: ``[start, end)``, ``None`` where unknown or ongoing."""

    place: Place
    actor: Actor
    start: dt.date | None
    end: dt.date | None
    evidence: tuple[ControlClaim, ...]
    confidence: float
    disputed: bool = False
    note: str = ""


@dataclass(frozen=True)
class ControlAnswer:
    """Who held ``place`` on the day asked, since when, and the claims behind it."""

    place: Place
    actor: Actor
    since: dt.date | None
    evidence: tuple[ControlClaim, ...]
    disputed: bool = False
    note: str = ""


def place_key(place: Place) -> str:
    """The timeline's key for a place: its gazetteer name and country, "Tikrit (IQ)"."""
    return f"{place.name} ({place.country})"


def control_timeline(claims: Iterable[ControlClaim]) -> dict[str, list[ControlInterval]]:
    """Control intervals per place (keyed by ``place_key``), oldest first."""
    return {key: _Walk(_best_place(cs)).run(cs) for key, cs in _by_place(claims).items()}


def control_at(claims: Iterable[ControlClaim], day: dt.date, place: str | None = None) -> list[ControlAnswer]:
    """Who held each place (or the one named: any case, a spelling the gazetteer knows)
    on ``day``, with the claims for it. Places with no interval covering the day are left out.
    """
    matches = _matcher(place) if place is not None else None
    out = []
    for cs in _by_place(c for c in claims if matches is None or matches(c)).values():
        walk = _Walk(_best_place(cs))
        out += [_answer(walk.freeze(o), day) for o in walk.intervals(cs)  # only the day's are frozen
                if (o.start is None or o.start <= day) and (o.end is None or day < o.end)]
    return out


def claims_for(store: Any, place: str | None) -> list[ControlClaim]:
    """The stored claims ``control_at(claims, day, place)`` needs: every claim when ``place``
    is None, else only those of the place it names, fetched by name in the store
    (``Store.control_claims_naming``) rather than decoded all and filtered here."""
    if place is None:
        return store.control_claims()
    naming = getattr(store, "control_claims_naming", None)  # a store that cannot: all, filtered here
    resolved = _resolve(place.strip().casefold())
    found = naming(place, [resolved[0]] if resolved else []) if naming else store.control_claims()
    matches = _matcher(place)
    return [c for c in found if matches(c)]


def interval_to_dict(iv: ControlInterval) -> dict[str, Any]:
    """The export record for one interval (``warmap export --what control``)."""
    from warmap.export.codec import claim_to_dict

    p, a = iv.place, iv.actor
    return {
        "place": {"name": p.name, "country": p.country, "admin1": p.admin1,
                  "lat": round(p.lat, 4), "lon": round(p.lon, 4)},
        "actor": {"id": a.id, "name": a.name, "type": a.type},
        "start": iv.start.isoformat() if iv.start else None,
        "end": iv.end.isoformat() if iv.end else None,
        "disputed": iv.disputed,
        "note": iv.note,
        "confidence": round(iv.confidence, 3),
        "evidence": [{**claim_to_dict(c)["source"], "kind": c.kind,
                      "date_min": c.when.date_min.isoformat(), "date_max": c.when.date_max.isoformat(),
                      "actor_mention": c.actor.mention, "place_mention": c.place.mention}
                     for c in iv.evidence],
    }


# -- the walk over one place's claims ------------------------------------------------------

_RANK = {"loss": 0, "capture": 1, "statement": 2}


def _order(c: ControlClaim) -> tuple[dt.date, int, str]:
    """Captures and losses happen on their best day; a statement is made on its last day."""
    day = c.when.date_max if c.kind == "statement" else c.when.date
    return day, _RANK.get(c.kind, 3), c.source.doc_id


def _root(a: Actor) -> str:
    return a.parent or a.id


def _overlap(a: tuple[dt.date, dt.date], b: DateWindow) -> tuple[dt.date, dt.date] | None:
    lo, hi = max(a[0], b.date_min), min(a[1], b.date_max)
    return (lo, hi) if lo <= hi else None


@dataclass
class _Open:
    """An interval being built."""

    actor: Actor
    start: dt.date | None
    start_window: tuple[dt.date, dt.date] | None  # the capture's window, narrowed by every report
    evidence: list[ControlClaim]
    last_seen: dt.date
    end: dt.date | None = None
    end_window: tuple[dt.date, dt.date] | None = None
    disputed: bool = False
    notes: list[str] = field(default_factory=list)


class _Walk:
    """Folds one place's claims, in date order, into intervals."""

    def __init__(self, place: Place) -> None:
        self.place = place
        self.done: list[_Open] = []
        self.cur: _Open | None = None
        self.captors: dict[tuple[str, int], set[str]] = {}

    def run(self, claims: Sequence[ControlClaim]) -> list[ControlInterval]:
        return [self.freeze(o) for o in self.intervals(claims)]

    def intervals(self, claims: Sequence[ControlClaim]) -> list[_Open]:
        """The intervals the claims make, oldest first, not yet frozen (``freeze``)."""
        # Who took the place in each sentence: a loss in that sentence is the other side.
        self.captors: dict[tuple[str, int], set[str]] = {}
        for c in claims:
            if c.kind == "capture":
                self.captors.setdefault((c.source.doc_id, c.source.start), set()).add(_root(c.actor.actor))
        for c in sorted(claims, key=_order):
            getattr(self, "_" + c.kind, self._statement)(c)
        if self.cur:
            self.done.append(self.cur)
        return sorted(self.done, key=lambda o: (o.start or dt.date.min))

    def _name(self, a: Actor) -> str:
        return a.name or a.id

    def _close(self, when: DateWindow) -> None:
        if self.cur:
            self.cur.end, self.cur.end_window = when.date, (when.date_min, when.date_max)
            self.done.append(self.cur)
            self.cur = None

    def _open(self, c: ControlClaim, *, start_window: tuple[dt.date, dt.date] | None, note: str = "") -> None:
        self.cur = _Open(c.actor.actor, c.when.date, start_window, [c], c.when.date_max,
                         notes=[note] if note else [])

    def _capture(self, c: ControlClaim) -> None:
        cur, a = self.cur, c.actor.actor
        if cur and _root(cur.actor) == _root(a):
            self._same_actor_capture(cur, c)
        elif cur and _same_sentence(c, cur.evidence):  # "X and Y captured it": taken together
            cur.evidence.append(c)
            cur.notes.append(f"taken together with {self._name(a)}")
        elif cur and cur.start == c.when.date and cur.start_window is not None:
            cur.disputed = True
            cur.evidence.append(c)
            cur.notes.append(f"sources disagree on who took it around {c.when.date}: "
                             f"{self._name(cur.actor)} or {self._name(a)}")
        else:
            self._close(c.when)
            self._open(c, start_window=(c.when.date_min, c.when.date_max))

    def _same_actor_capture(self, cur: _Open, c: ControlClaim) -> None:
        cur.evidence.append(c)
        cur.last_seen = max(cur.last_seen, c.when.date_max)
        if cur.start_window is None:  # held by statements so far; the capture dates the start
            if cur.start and c.when.date <= cur.start:
                cur.start = c.when.date
            cur.start_window = (c.when.date_min, c.when.date_max)
            return
        both = _overlap(cur.start_window, c.when)
        if both:
            cur.start_window = both
            if not (both[0] <= (cur.start or both[0]) <= both[1]):
                cur.start = c.when.date if both[0] <= c.when.date <= both[1] else both[0]
        elif (c.when.date_min - cur.start_window[1]).days <= SAME_CAPTURE_DAYS:
            cur.disputed = True
            cur.notes.append(f"sources disagree on when {self._name(c.actor.actor)} took it: "
                             f"{_span(cur.start_window)} or {_span((c.when.date_min, c.when.date_max))}")
        else:
            cur.evidence.pop()
            cur.notes.append(f"lost before {c.when.date} (not reported), then taken again")
            self._close(c.when)
            self._open(c, start_window=(c.when.date_min, c.when.date_max))

    def _loss(self, c: ControlClaim) -> None:
        cur, a = self.cur, c.actor.actor
        if cur and _root(cur.actor) == _root(a):
            cur.evidence.append(c)
            self._close(c.when)
            return
        last = self.done[-1] if self.done else None
        if last and _root(last.actor) == _root(a) and last.end_window and _overlap(last.end_window, c.when):
            last.evidence.append(c)  # the other side of a change already recorded
            return
        taken_by = self.captors.get((c.source.doc_id, c.source.start), set())
        if cur and cur.start_window and (_overlap(cur.start_window, c.when) or _root(cur.actor) in taken_by):
            start = self.done[-1].end if self.done else None  # the loser held it until cur took it
            self.done.append(_Open(a, start, None, [c], c.when.date, end=cur.start,
                                   end_window=cur.start_window, notes=["start not reported"]))
            return
        if cur:
            cur.disputed = True
            cur.evidence.append(c)
            cur.notes.append(f"sources disagree: {self._name(a)} reported losing it around {c.when.date}, "
                             f"while {self._name(cur.actor)} held it")
            return
        start = last.end if last else None
        self.done.append(_Open(a, start, None, [c], c.when.date, end=c.when.date,
                               end_window=(c.when.date_min, c.when.date_max), notes=["start not reported"]))

    def _statement(self, c: ControlClaim) -> None:
        cur, a = self.cur, c.actor.actor
        if cur and _root(cur.actor) == _root(a):
            cur.evidence.append(c)
            cur.last_seen = max(cur.last_seen, c.when.date_max)
            return
        if cur is None:
            last = self.done[-1] if self.done else None
            self._open(c, start_window=None, note=f"first reported holding it on {c.when.date}; capture not reported")
            if last and last.end and self.cur and self.cur.start and self.cur.start < last.end:
                self.cur.start = last.end
            return
        if _same_sentence(c, cur.evidence):
            cur.evidence.append(c)
            cur.notes.append(f"held together with {self._name(a)}")
            return
        if (c.when.date_min - cur.last_seen).days <= DISPUTE_DAYS:
            cur.disputed = True
            cur.evidence.append(c)
            cur.notes.append(f"sources disagree on who held it around {c.when.date_max}: "
                             f"{self._name(cur.actor)} or {self._name(a)}")
            return
        cur.notes.append(f"changed hands between {cur.last_seen} and {c.when.date} (not reported)")
        self._close(c.when)
        self._open(c, start_window=None, note=f"first reported holding it on {c.when.date}; capture not reported")

    def freeze(self, o: _Open) -> ControlInterval:
        top = max(c.confidence for c in o.evidence)
        return ControlInterval(
            place=self.place, actor=o.actor, start=o.start, end=o.end,
            evidence=tuple(o.evidence), confidence=round(top * 0.7 if o.disputed else top, 3),
            disputed=o.disputed, note="; ".join(dict.fromkeys(n for n in o.notes if n)),
        )


def _same_sentence(c: ControlClaim, evidence: Sequence[ControlClaim]) -> bool:
    """Does ``c`` come from the sentence of one of these claims (one report, several actors)?"""
    return any((e.source.doc_id, e.source.start) == (c.source.doc_id, c.source.start) for e in evidence)


def _span(w: tuple[dt.date, dt.date]) -> str:
    return str(w[0]) if w[0] == w[1] else f"{w[0]}..{w[1]}"


def _best_place(claims: Sequence[ControlClaim]) -> Place:
    """The richest Place record among the claims (one with a geonames id, if any)."""
    return max((c.place.place for c in claims), key=lambda p: (p.geonames_id is not None, p.population))


def _answer(iv: ControlInterval, day: dt.date) -> ControlAnswer:
    note = iv.note
    last = max(c.when.date_max for c in iv.evidence)
    if (day - last).days > STALE_DAYS:
        note = "; ".join(x for x in (note, f"latest report {last}") if x)
    return ControlAnswer(iv.place, iv.actor, iv.start, iv.evidence, iv.disputed, note)


def _by_place(claims: Iterable[ControlClaim]) -> dict[str, list[ControlClaim]]:
    """The claims per place, by ``place_key``, in key order."""
    by_place: dict[str, list[ControlClaim]] = {}
    for c in claims:
        by_place.setdefault(place_key(c.place.place), []).append(c)
    return dict(sorted(by_place.items()))


def _matcher(query: str) -> Callable[[ControlClaim], bool]:
    """Whether a claim is of the place ``query`` names: its name, key ("Tikrit (IQ)",
    "Tikrit, IQ") or the report's spelling, any case, or the place the gazetteer gives for it."""
    q = query.strip().casefold()
    resolved = _resolve(q)

    def matches(c: ControlClaim) -> bool:
        p = c.place.place
        if q in (p.name.casefold(), c.place.mention.casefold(), place_key(p).casefold(),
                 f"{p.name}, {p.country}".casefold()):
            return True
        return resolved is not None and resolved == (p.name.casefold(), p.country)

    return matches


@functools.lru_cache(maxsize=256)
def _resolve(name: str) -> tuple[str, str] | None:
    """The gazetteer's name for a spelling ("Raqa" -> Ar-Raqqah), if the gazetteer is there."""
    try:
        from warmap.places import load_gazetteer

        best = load_gazetteer().resolve(name).best
    except Exception:  # noqa: BLE001 - the gazetteer is optional here
        return None
    return (best.name.casefold(), best.country) if best else None
