"""One event per happening: reports of the same event from several articles merged.

Counting each report as an event inflates every map and chart (a capture of Palmyra is
in dozens of articles). Two reports are the same event when they agree on the type, the
actors (or one leaves a side unnamed), the place and the days; the merged event keeps
every source, the days all reports allow, and the most specific value of each field.
Fatalities follow ACLED: the lowest figure reported.

Blocking keeps it near-linear: events are swept in date order, and each is compared only
with the still-open events of its own type in the neighbouring map cells (or with the same
place name).

>>> import dataclasses, datetime as dt
>>> from warmap.records import DateWindow, Event, Place, PlaceMention
>>> day = dt.date(2014, 6, 21)
>>> town = PlaceMention(Place("Kobani", "SY", "Aleppo", 36.89, 38.35), "Kobani", 0, 6)
>>> a = Event("b", "Battles", "Armed clash", DateWindow(day, day, day), None, None, town, 5, 0.9, ())
>>> b = dataclasses.replace(a, id="a", fatalities=3)
>>> [(x.id, x.fatalities) for x in merge_events([a, b])]
[('a', 3)]
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from warmap.records import ActorMention, DateWindow, Event, PlaceMention, Source

__all__ = ["merge_events", "merge_groups", "same_event"]

#: Sub-event types two reports of one event may carry; the first of each pair is kept
#: (ACLED's hierarchy: the takeover outranks the fight, the killing the abduction).
COMPATIBLE_SUBTYPES = {
    frozenset({"Non-state actor overtakes territory", "Armed clash"}): "Non-state actor overtakes territory",
    frozenset({"Government regains territory", "Armed clash"}): "Government regains territory",
    frozenset({"Attack", "Abduction/forced disappearance"}): "Attack",
    # "two explosions killed 84 ... two of its members detonated explosive belts": blasts first told
    # without their means, then as suicide bombings, are those suicide bombings
    frozenset({"Suicide bomb", "Remote explosive/landmine/IED"}): "Suicide bomb",
    # a protest and the force used on it, told in two sentences, are one event of the higher sub-type
    frozenset({"Peaceful protest", "Excessive force against protesters"}): "Excessive force against protesters",
    frozenset({"Peaceful protest", "Protest with intervention"}): "Protest with intervention",
}
_BLAST_AND_BOMBER = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
#: Words that tell a blast without its means ("two explosions killed 84")
_BARE_BLAST = frozenset({"explosion", "explosions", "blast", "blasts", "explosives", "bombing", "bombings", "detonated",
                         "exploded", "detonation", "went off"})
_PROTEST_PAIR = frozenset({"Peaceful protest", "Excessive force against protesters", "Protest with intervention"})
_SYMMETRIC = frozenset({"Armed clash"})  # who is actor1 in a clash is the reporter's choice
_UNKNOWN_ACTORS = frozenset({"unidentified_armed_group"})
_KM_PER_DEG = 111.32


def merge_events(events: Iterable[Event], *, max_km: float = 25.0) -> list[Event]:
    """The events with every group of reports of the same event merged into one.

    Events stay apart when their days cannot be the same (two day-precise strikes on
    different days), their actors conflict, or they are more than ``max_km`` apart under
    different place names. Result order: by date, then id.
    """
    return [e for e, _ in merge_groups(events, max_km=max_km)]


def merge_groups(events: Iterable[Event], *, max_km: float = 25.0) -> list[tuple[Event, tuple[str, ...]]]:
    """``merge_events``, each merged event with the ids of the reports it was merged from."""
    evs = sorted(events, key=lambda e: (e.when.date_min, e.when.date_max, e.id))
    grid = _Grid(max_km)
    clusters: list[_Cluster] = []
    for e in evs:
        keys = grid.keys(e)
        best: _Cluster | None = None
        best_score: tuple[int, ...] | None = None
        for cl in grid.open_near(keys, e.when.date_min):
            score = cl.fit(e, max_km)
            if score is not None and (best_score is None or score > best_score):
                best, best_score = cl, score
        if best is None:
            best = _Cluster(e)
            clusters.append(best)
        else:
            best.add(e)
        grid.index(best, keys)
    out = [(cl.event(), tuple(m.id for m in cl.members)) for cl in clusters]
    out.sort(key=lambda g: (g[0].when.date, g[0].id))
    return out


def same_event(a: Event, b: Event, *, max_km: float = 25.0) -> bool:
    """Could ``a`` and ``b`` be two reports of one event (the test ``merge_events`` applies)?"""
    return _Cluster(a).fit(b, max_km) is not None


# -- blocking ------------------------------------------------------------------------------

def _one_actor_both_sides(a1, a2) -> bool:
    return a1 is not None and a2 is not None and a1.actor.id == a2.actor.id


class _Grid:
    """Open clusters by (event type, map cell) and by (event type, place name)."""

    def __init__(self, max_km: float) -> None:
        self.dlat = max(max_km, 0.1) / _KM_PER_DEG
        self.dlon = self.dlat * 2  # a degree of longitude is >= half a degree of latitude below 60°N
        self.cells: dict[tuple, list[_Cluster]] = {}

    def keys(self, e: Event) -> list[tuple]:
        loc = e.location
        if loc is None:  # unplaced: only the same sentence reported twice can match
            return [(e.event_type, "src", e.sources[0].doc_id if e.sources else e.id,
                     e.sources[0].start if e.sources else 0)]
        i, j = int(math.floor(loc.place.lat / self.dlat)), int(math.floor(loc.place.lon / self.dlon))
        # (and by province within one article: a town and its province told apart, _town_in_province_told)
        return [(e.event_type, "cell", i, j), (e.event_type, "name", _place_name(loc)),
                *[(e.event_type, "province", s.doc_id, loc.place.country, loc.place.admin1) for s in e.sources[:1]
                  if loc.place.admin1]]

    def open_near(self, keys: list[tuple], day: dt.date) -> list[_Cluster]:
        found: dict[int, _Cluster] = {}
        for key in keys:
            if key[1] == "cell":
                near = [(key[0], "cell", key[2] + di, key[3] + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
            else:
                near = [key]
            for k in near:
                bucket = self.cells.get(k)
                if not bucket:
                    continue
                live = [cl for cl in bucket if cl.hi >= day]  # sweep order: the rest can never overlap again
                if len(live) != len(bucket):
                    self.cells[k] = live
                for cl in live:
                    found[id(cl)] = cl
        return list(found.values())

    def index(self, cl: _Cluster, keys: list[tuple]) -> None:
        for k in keys:
            bucket = self.cells.setdefault(k, [])
            if cl not in bucket:  # identity: clusters compare by id (eq=False)
                bucket.append(cl)


# -- one merged event ----------------------------------------------------------------------

@dataclass(eq=False)
class _Cluster:
    first: Event
    members: list[Event] = field(default_factory=list)
    lo: dt.date = dt.date.min
    hi: dt.date = dt.date.max
    sub: str = ""
    a1: ActorMention | None = None
    a2: ActorMention | None = None
    loc: PlaceMention | None = None
    names: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        e = self.first
        self.members = [e]
        self.lo, self.hi = e.when.date_min, e.when.date_max
        self.sub, self.a1, self.a2, self.loc = e.sub_event_type, e.actor1, e.actor2, e.location
        self.names = {_place_name(e.location)} if e.location else set()

    def fit(self, e: Event, max_km: float) -> tuple[int, ...] | None:
        """How well ``e`` fits (higher is better), or None when it cannot be this event."""
        if e.event_type != self.first.event_type:
            return None
        if max(self.lo, e.when.date_min) > min(self.hi, e.when.date_max):
            return None
        if e.sub_event_type != self.sub and frozenset((e.sub_event_type, self.sub)) not in COMPATIBLE_SUBTYPES:
            return None
        if frozenset((e.sub_event_type, self.sub)) == _BLAST_AND_BOMBER and not _blast_told_again(e, self.members):
            return None  # "two more car bombs exploded" beside the suicide bombing: other blasts
        if e.sub_event_type != self.sub and self._day_beside_span(e):
            return None  # "have cleared eastern Mosul" (this week) and "On Monday, troops fought holdouts": two events
        same_name = e.location is not None and _place_name(e.location) in self.names
        if not same_name and e.location is not None and _shares_source(e, [m for m in self.members if m.location]):
            return None  # one sentence that names two places tells two events ("on Saqba, ... on Kafr Batna")
        if not same_name and _two_towns(e, self.members):
            return None  # one report names two neighbouring towns on one day: one event in each
        if not same_name:
            if e.location is None or self.loc is None:
                if e.location is not None or self.loc is not None or not _shares_source(e, self.members):
                    return None
                km = 0.0
            else:
                km = 0.0 if _town_in_province_told(e, self.loc, self.members) else _km(e.location, self.loc)
                if km > max_km:
                    return None
        else:
            km = 0.0
        if _two_tolls_in_one_report(e, self.members):
            return None  # one article telling 33 dead in one sentence and 18 in another: two events
        if self._swapped(e) is None:
            return None
        return (int(e.sub_event_type == self.sub), int(same_name), -int(km), -(self.hi - self.lo).days)

    def _day_beside_span(self, e: Event) -> bool:
        """One report telling a fight on a named day and a capture over several days (or the
        reverse) in two sentences: the fight is a day of the capture's span, not the capture."""
        if not any(m.sources and e.sources and m.sources[0].doc_id == e.sources[0].doc_id for m in self.members):
            return False
        one_day = e.when.date_min == e.when.date_max
        if one_day == (self.lo == self.hi):
            return False
        # (a fight over days beside a capture on one of them is the capture's: "heavy fighting this week")
        fight_on_a_day = e.sub_event_type == "Armed clash" if one_day else self.sub == "Armed clash"
        return fight_on_a_day and (self.hi - self.lo if one_day else e.when.date_max - e.when.date_min).days >= 2

    def _swapped(self, e: Event) -> bool | None:
        """False when the actors line up, True when they line up swapped (a clash), None if not.

        Two reports never merge into an event where one actor stands on both sides."""
        if _actor_ok(self.a1, e.actor1) and _actor_ok(self.a2, e.actor2) \
                and not _one_actor_both_sides(_more_specific(self.a1, e.actor1), _more_specific(self.a2, e.actor2)):
            return False
        if self.sub in _SYMMETRIC and e.sub_event_type in _SYMMETRIC \
                and _actor_ok(self.a1, e.actor2) and _actor_ok(self.a2, e.actor1):
            return True
        if self.sub != e.sub_event_type and {self.sub, e.sub_event_type} <= _PROTEST_PAIR \
                and _actor_ok(self.a1, e.actor2) and _actor_ok(self.a2, e.actor1):
            return True  # "protesters marched" and "police fired on the protesters": the sides as told
        return None

    def add(self, e: Event) -> None:
        swapped = self._swapped(e)
        a1, a2 = (e.actor2, e.actor1) if swapped else (e.actor1, e.actor2)
        self.members.append(e)
        self.lo, self.hi = max(self.lo, e.when.date_min), min(self.hi, e.when.date_max)
        if e.sub_event_type != self.sub:
            self.sub = COMPATIBLE_SUBTYPES[frozenset((e.sub_event_type, self.sub))]
            if swapped and self.sub == e.sub_event_type and e.sub_event_type not in _SYMMETRIC:
                # the report of the higher sub-type says who stands first (the force on the protesters)
                self.a1, self.a2, a1, a2 = self.a2, self.a1, e.actor1, e.actor2
        self.a1, self.a2 = _more_specific(self.a1, a1), _more_specific(self.a2, a2)
        if e.location is not None:
            self.names.add(_place_name(e.location))
            if self.loc is None or e.location.geo_precision < self.loc.geo_precision:
                self.loc = e.location

    def event(self) -> Event:
        if len(self.members) == 1:
            return self.first
        ms = self.members
        fats = [m.fatalities for m in ms if m.fatalities is not None]
        return Event(
            id=min(m.id for m in ms),
            event_type=self.first.event_type,
            sub_event_type=self.sub,
            when=_window(ms, self.lo, self.hi),
            actor1=self.a1,
            actor2=self.a2,
            location=self.loc,
            fatalities=min(fats) if fats else None,
            confidence=max(m.confidence for m in ms),
            sources=_sources(ms),
            evidence=tuple(dict.fromkeys(ev for m in ms for ev in m.evidence)),
        )


def _place_name(m: PlaceMention) -> str:
    return f"{m.place.name.casefold()}|{m.place.country}"


def _town_in_province_told(e: Event, loc: PlaceMention, members: list[Event]) -> bool:
    """One article telling the event at a province ("an air strike on a village in Sagaing region
    on Tuesday") and at a town of that province ("jets bombed Pazigyi village, Kanbalu township"):
    the province is where the town lies, so the two can be one event."""
    a, b = e.location.place, loc.place  # type: ignore[union-attr]
    inside = a.kind == "admin1" and b.kind != "admin1" and b.admin1 == a.admin1 and a.country == b.country \
        or b.kind == "admin1" and a.kind != "admin1" and a.admin1 == b.admin1 and a.country == b.country
    docs = {s.doc_id for s in e.sources}
    return inside and any(s.doc_id in docs for m in members for s in m.sources)


def _km(a: PlaceMention, b: PlaceMention) -> float:
    """Great-circle distance (haversine) in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (a.place.lat, a.place.lon, b.place.lat, b.place.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _two_towns(e: Event, members: list[Event]) -> bool:
    """``e`` and a member of the same article are each placed in a town the text names
    itself (precision 1), under different names."""
    if e.location is None or e.location.geo_precision != 1 or not e.sources:
        return False
    doc = e.sources[0].doc_id
    return any(m.location is not None and m.location.geo_precision == 1 and m.sources
               and m.sources[0].doc_id == doc and _place_name(m.location) != _place_name(e.location)
               for m in members)


#: a sentence opening on the event told before: "The strike on Thursday morning hit ...", "The
#: attack ..." (another would be "a second strike", "in a separate attack"; in "The attack comes a
#: day after a strike on a school left 18 dead" the strike after "after" is another event)
_RETOLD = re.compile(r"\s*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|air\s+strike|attack|bombing|blast"
                     r"|explosion|raid|assault)\b(?!\s+(?:comes|came|follows|followed)\b)")


def _two_tolls_in_one_report(e: Event, members: list[Event]) -> bool:
    """Does a member from the same article give another death toll in another sentence? An
    article states each event's toll once (a changed toll is told as such and folded before)."""
    if not e.fatalities or _RETOLD.match(e.sources[0].sentence if e.sources else ""):
        return False  # ("The strike on Thursday morning hit the bus ...": the one told above, told again)
    sentences = {(s.doc_id, s.start) for s in e.sources}
    docs = {d for d, _ in sentences}
    return any(m.fatalities and m.fatalities != e.fatalities
               and any(s.doc_id in docs and (s.doc_id, s.start) not in sentences for s in m.sources)
               for m in members)


def _shares_source(e: Event, members: list[Event]) -> bool:
    spots = {(s.doc_id, s.start) for m in members for s in m.sources}
    return any((s.doc_id, s.start) in spots for s in e.sources)


def _vague(m: ActorMention) -> bool:
    return m.generic or m.actor.id in _UNKNOWN_ACTORS


def _actor_ok(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Same actor, or one side unnamed/generic, or one is the other's parent (or sibling unit)."""
    if a is None or b is None:
        return True
    x, y = a.actor, b.actor
    if _vague(a) or _vague(b):
        # "government aircraft" and "rebels", both read from context, are still two sides
        return not (a.generic and b.generic and x.id != y.id and x.id not in _UNKNOWN_ACTORS
                    and y.id not in _UNKNOWN_ACTORS and x.parent != y.id and y.parent != x.id)
    return x.id == y.id or x.parent == y.id or y.parent == x.id or (x.parent is not None and x.parent == y.parent)


def _more_specific(a: ActorMention | None, b: ActorMention | None) -> ActorMention | None:
    """The more specific mention: named over generic, a unit over its parent, else the first."""
    if a is None or b is None:
        return a or b
    if _vague(a) != _vague(b):
        return b if _vague(a) else a
    if a.actor.parent == b.actor.id:
        return a
    if b.actor.parent == a.actor.id:
        return b
    return a


def _window(ms: list[Event], lo: dt.date, hi: dt.date) -> DateWindow:
    """The merged window [lo, hi]: its precision and best day from the member that fits it best."""
    exact = [m.when for m in ms if m.when.date_min == lo and m.when.date_max == hi]
    if exact:
        w = exact[0]
        return DateWindow(w.date, lo, hi, "day" if lo == hi else w.precision, w.mention, w.start, w.end)
    if lo == hi:
        return DateWindow(lo, lo, hi, "day")
    days = (hi - lo).days
    inside = sorted((m.when.date_max - m.when.date_min, m.when.date) for m in ms if lo <= m.when.date <= hi)
    best = inside[0][1] if inside else lo + dt.timedelta(days=days // 2)
    precision = "week" if days <= 7 else "month" if days <= 31 else "year"
    return DateWindow(best, lo, hi, precision)


def _sources(ms: list[Event]) -> tuple[Source, ...]:
    seen: dict[tuple[str, str, int, int], Source] = {}
    for m in ms:
        for s in m.sources:
            seen.setdefault((s.doc_id, s.document, s.start, s.end), s)
    return tuple(sorted(seen.values(), key=lambda s: (s.published or dt.date.max, s.document, s.start)))


def _blast_told_again(e: Event, members: list[Event]) -> bool:
    """A suicide bombing and a roadside or car bomb are one event only when one report tells the
    blast first without its means ("two explosions that killed 84") and then as a suicide bombing."""
    blasts = [m for m in (e, *members) if m.sub_event_type == "Remote explosive/landmine/IED"]
    bare = all(any(v.field == "trigger" and v.text.lower() in _BARE_BLAST for v in m.evidence) for m in blasts)
    docs = {m.sources[0].doc_id for m in (e, *members) if m.sources}
    return bare and len(docs) == 1
