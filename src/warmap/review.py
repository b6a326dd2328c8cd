"""Analysts' review of events: accept, reject or correct, kept through re-ingest and re-merge.

A decision is taken on an event as the map and ``warmap events`` show it (reports of one
happening merged into one event) and stored once for each report behind it, under a
*review key* that depends only on where the report stands in its article: the article's
content hash (``doc_id``), the offset of the supporting sentence, and the offsets of the
words that gave the trigger and the place. The same article ingested again, analysed
again into the same text, or merged with other reports gives the same keys, so the
decision stays with the event. (Event ids would not do: a merged event takes the
smallest id of its reports, which changes as reports are added, and a report's id hashes
its place and actor, which an upgraded extractor may resolve differently.)

Each decision is a row in the store's ``reviews`` table (who, when, ``accept``,
``reject`` or ``correct``, the changed fields in the export format's keys, a note, and
the report as it was reviewed); the latest row of a key holds. Corrections are applied
to reports read from the store before merging (``reviewed``), and the decisions are
written as gold for ``warmap eval`` by ``export_gold``.

>>> from warmap.store import Store
>>> store = Store(":memory:")
>>> latest(store)
{}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warmap.errors import InputError
from warmap.events.ontology import EVENT_TYPES, SUB_EVENT_TYPES
from warmap.export.codec import event_from_dict, event_to_dict
from warmap.records import Event
from warmap.store import EventFilter, Store

__all__ = [
    "DECISIONS", "STATUS", "FIELDS", "Review", "review_key", "members", "find_event", "reports_of",
    "normalise_changes", "record", "accept", "reject", "correct", "latest", "history", "apply",
    "current", "reviewed", "export_gold",
]

#: What an analyst may decide, and the status each leaves an event in.
DECISIONS = ("accept", "reject", "correct")
STATUS = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
#: Fields a correction may set (``--set field=value``; ``place`` is ``location``).
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "date", "date_min", "date_max",
          "fatalities")
_ALIASES = {"place": "location", "type": "event_type", "sub_type": "sub_event_type", "subtype": "sub_event_type"}
#: How far around a report's dates ``find_event`` looks for the reports merged with it.
_MERGE_REACH = dt.timedelta(days=90)


@dataclass(frozen=True)
class Review:
    """One decision on one report."""

    key: str
    event_id: str
    doc_id: str
    reviewer: str
    at: dt.datetime
    decision: str
    changes: dict[str, Any]
    note: str | None
    record: dict[str, Any]  # the report as it was reviewed (export format)

    @property
    def status(self) -> str:
        """``accepted``, ``rejected`` or ``corrected``."""
        return STATUS[self.decision]

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "decision": self.decision, "reviewer": self.reviewer,
                "at": self.at.isoformat(timespec="seconds"), "changes": self.changes, "note": self.note,
                "event_id": self.event_id, "key": self.key}


# -- keys and members ------------------------------------------------------------------------

def review_key(report: Event) -> str:
    """The key a report's review is stored under: article hash, sentence offset, and the
    offsets of the trigger's and the place's words.

    >>> import datetime as dt
    >>> from warmap.records import DateWindow, Evidence, Source
    >>> day = dt.date(2015, 5, 20)
    >>> src = Source("b04.txt", "abc", None, day, "IS captured Palmyra.", 100, 120)
    >>> e = Event("x", "Battles", "Non-state actor overtakes territory", DateWindow(day, day, day),
    ...           None, None, None, None, 0.9, (src,), (Evidence("trigger", "captured", 103, 111),))
    >>> review_key(e)
    'abc:100:103-111:-'
    """
    if not report.sources:
        raise ValueError(f"event {report.id} has no source: nothing to key its review on")
    src = report.sources[0]

    def span(name: str) -> str:
        ev = next((x for x in report.evidence if x.field == name), None)
        return f"{ev.start}-{ev.end}" if ev is not None else "-"

    trigger = span("trigger")
    if trigger == "-":  # no trigger words recorded (hand-made records): the sub-type stands in
        trigger = report.sub_event_type
    place = span("location")
    if place == "-" and report.location is not None:  # a place from the story, not the sentence's words:
        place = "@" + report.location.place.name    # its name keeps two such events of one trigger apart
    return f"{src.doc_id}:{src.start}:{trigger}:{place}"


def _spot(report: Event) -> tuple[str, int]:
    s = report.sources[0]
    return s.doc_id, s.start


def members(event: Event, reports: Iterable[Event]) -> list[Event]:
    """The reports (among ``reports``) merged into ``event``: one of its sentences, its
    type, and words all among its evidence (a merged event keeps every report's words;
    two events of one sentence differ in their place's words)."""
    spots = {(s.doc_id, s.start) for s in event.sources}
    words = set(event.evidence)
    return [r for r in reports
            if r.sources and _spot(r) in spots and r.event_type == event.event_type and set(r.evidence) <= words]


def reports_of(store: Store, event: Event) -> list[Event]:
    """The stored reports behind an event (merged or not)."""
    docs = sorted({s.doc_id for s in event.sources})
    rows = store.query("SELECT record FROM events WHERE doc_id IN (SELECT unnest(?)) ORDER BY id", [docs])
    return members(event, (event_from_dict(json.loads(r[0])) for r in rows))


def find_event(store: Store, event_id: str) -> Event | None:
    """The event as the map and ``warmap events`` show it (merged across reports) that holds
    the report with this id (or unique id prefix); None when there is none."""
    from warmap.timeline import merge_events

    report = store.event(event_id)
    if report is None:
        return None
    near = store.events(EventFilter(since=report.when.date_min - _MERGE_REACH,
                                    until=report.when.date_max + _MERGE_REACH, event_type=report.event_type))
    for merged in merge_events(near):
        if any(m.id == report.id for m in members(merged, [report])):
            return merged
    return report


# -- corrections -----------------------------------------------------------------------------

def normalise_changes(changes: Mapping[str, Any], *, actors: Any = None, gazetteer: Any = None) -> dict[str, Any]:
    """A correction in the export format's keys, checked: ``sub_event_type`` (sets
    ``event_type``), ``actor1``/``actor2`` (an actor id, or empty for none), ``location``
    (a place name the gazetteer resolves, "Name, CC", or a dict with name, country, lat,
    lon), ``date`` or ``date_min``/``date_max`` (YYYY-MM-DD), ``fatalities`` (a number, or
    empty for none stated). Raises ``InputError`` saying what to fix.

    >>> normalise_changes({"sub_event_type": "Armed clash", "fatalities": "4"})
    {'sub_event_type': 'Armed clash', 'event_type': 'Battles', 'fatalities': 4}
    """
    out: dict[str, Any] = {}
    given = {_ALIASES.get(k, k): v for k, v in changes.items()}
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise InputError(f"cannot correct {', '.join(unknown)}: a correction sets {', '.join(FIELDS)} (or place)")
    if "sub_event_type" in given:
        sub = str(given["sub_event_type"]).strip()
        if sub not in SUB_EVENT_TYPES:
            raise InputError(f"{sub!r} is not an ACLED sub-event type; one of: {', '.join(SUB_EVENT_TYPES)}")
        out["sub_event_type"], out["event_type"] = sub, SUB_EVENT_TYPES[sub]
    if "event_type" in given:
        etype = str(given["event_type"]).strip()
        if etype not in EVENT_TYPES:
            raise InputError(f"{etype!r} is not an ACLED event type; one of: {', '.join(EVENT_TYPES)}")
        if out.get("event_type", etype) != etype:
            raise InputError(f"{out['sub_event_type']!r} is a sub-type of {out['event_type']!r}, not of {etype!r}")
        if "sub_event_type" not in out:
            raise InputError(f"set the sub-event type with the event type (sub_event_type=..., one of "
                             f"{', '.join(EVENT_TYPES[etype])})")
    for side in ("actor1", "actor2"):
        if side in given:
            out[side] = _actor(given[side], actors)
    if "location" in given:
        out["location"] = _place(given["location"], gazetteer)
    out.update(_window(given))
    if "fatalities" in given:
        out["fatalities"] = _count(given["fatalities"])
    return out


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "null", "-"))


def _actor(value: Any, actors: Any) -> dict[str, Any] | None:
    if _empty(value):
        return None
    ident = str(value.get("id") if isinstance(value, Mapping) else value).strip()
    if actors is None:
        from warmap.actors import load_actors

        actors = load_actors()
    if ident not in actors:
        found = actors.resolve(ident)
        if found is None:
            raise InputError(f"no actor {ident!r}: give an actor id or name ('warmap actor NAME' looks one up)")
        ident = found.id
    a = actors.get(ident)
    return {"id": a.id, "name": a.name, "type": a.type, "mention": "", "country": a.country, "parent": a.parent,
            "generic": False}


def _place(value: Any, gazetteer: Any) -> dict[str, Any] | None:
    if _empty(value):
        return None
    if isinstance(value, Mapping) and value.get("lat") is not None and value.get("lon") is not None:
        try:
            lat, lon = float(value["lat"]), float(value["lon"])
        except (TypeError, ValueError):
            raise InputError("a place's lat and lon must be numbers") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not str(value.get("name") or "").strip():
            raise InputError("a place needs a name, a latitude in -90..90 and a longitude in -180..180")
        return {"name": str(value["name"]).strip(), "country": str(value.get("country") or ""),
                "admin1": value.get("admin1"), "lat": round(lat, 4), "lon": round(lon, 4),
                "geo_precision": int(value.get("geo_precision") or 1), "geonames_id": value.get("geonames_id"),
                "mention": "", "kind": value.get("kind") or "city"}
    name, country = (str(value.get("name") or ""), value.get("country")) if isinstance(value, Mapping) else (str(value), None)
    if country is None and "," in name and len(name.rsplit(",", 1)[1].strip()) == 2:
        name, country = (x.strip() for x in name.rsplit(",", 1))
    if gazetteer is None:
        from warmap.places import load_gazetteer

        gazetteer = load_gazetteer()
    best = gazetteer.resolve(name.strip(), country=country.upper() if country else None).best
    if best is None:
        raise InputError(f"no place {name!r} in the gazetteer: try another spelling ('warmap place NAME'), "
                         "or give lat and lon")
    return {"name": best.name, "country": best.country, "admin1": best.admin1, "lat": round(best.lat, 4),
            "lon": round(best.lon, 4), "geo_precision": 1 if best.kind != "admin1" else 3,
            "geonames_id": best.geonames_id, "mention": "", "kind": best.kind}


def _day(value: Any, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{name} must be a date like 2014-06-21, not {value!r}") from None


def _window(given: Mapping[str, Any]) -> dict[str, Any]:
    if "date" in given and not _empty(given["date"]):
        day = _day(given["date"], "date")
        lo = _day(given["date_min"], "date_min") if not _empty(given.get("date_min")) else day
        hi = _day(given["date_max"], "date_max") if not _empty(given.get("date_max")) else day
    elif not _empty(given.get("date_min")) or not _empty(given.get("date_max")):
        lo = _day(given.get("date_min") or given.get("date_max"), "date_min")
        hi = _day(given.get("date_max") or given.get("date_min"), "date_max")
        day = lo + (hi - lo) / 2
    else:
        return {}
    if not lo <= day <= hi:
        raise InputError(f"the date window {lo}..{hi} must hold the date {day}")
    span = (hi - lo).days
    precision = "day" if span == 0 else "week" if span <= 7 else "month" if span <= 31 else "year"
    return {"date": day.isoformat(), "date_min": lo.isoformat(), "date_max": hi.isoformat(), "date_precision": precision}


def _count(value: Any) -> int | None:
    if _empty(value):
        return None
    try:
        n = int(str(value).strip())
    except ValueError:
        raise InputError(f"fatalities must be a whole number (or empty for none stated), not {value!r}") from None
    if n < 0:
        raise InputError("fatalities cannot be negative")
    return n


def apply(report: Event, review: Review | None) -> Event:
    """The report with a correction's fields put in (accepted, rejected and unreviewed
    reports as they are)."""
    if review is None or review.decision != "correct" or not review.changes:
        return report
    return event_from_dict({**event_to_dict(report), **review.changes})


# -- recording and reading -------------------------------------------------------------------

_INSERT = ("INSERT INTO reviews (review_key, event_id, doc_id, reviewer, reviewed_at, decision, changes, note, record) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_SELECT = "SELECT review_key, event_id, doc_id, reviewer, reviewed_at, decision, changes, note, record FROM reviews"


def record(store: Store, event: Event, decision: str, changes: Mapping[str, Any] | None = None, *,
           note: str | None = None, reviewer: str = "analyst", at: dt.datetime | None = None) -> list[Review]:
    """Store a decision on ``event`` (merged or not): one row for each report behind it.
    A correction's ``changes`` are checked and normalised (``normalise_changes``)."""
    if decision not in DECISIONS:
        raise InputError(f"a decision is one of {', '.join(DECISIONS)}, not {decision!r}")
    fixed = normalise_changes(changes or {})
    if decision == "correct" and not fixed:
        raise InputError("a correction sets at least one field (field=value)")
    if decision != "correct" and fixed:
        raise InputError(f"only a correction sets fields; to {decision} leave them out")
    reviewer = " ".join((reviewer or "").split())[:100]
    if not reviewer:
        raise InputError("say who reviews (--reviewer NAME, or the name field on the page)")
    note = (note or "").strip()[:2000] or None
    reports = reports_of(store, event)
    if not reports:
        raise InputError(f"event {event.id} is not in the store: list ids with 'warmap events'")
    at = (at or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    out = [Review(review_key(r), r.id, r.sources[0].doc_id, reviewer, at, decision, fixed, note, event_to_dict(r))
           for r in reports]
    store.write(_INSERT, [[x.key, x.event_id, x.doc_id, x.reviewer, x.at, x.decision,
                           json.dumps(x.changes, ensure_ascii=False), x.note,
                           json.dumps(x.record, ensure_ascii=False)] for x in out])
    return out


def accept(store: Store, event: Event, **kw: Any) -> list[Review]:
    return record(store, event, "accept", **kw)


def reject(store: Store, event: Event, **kw: Any) -> list[Review]:
    return record(store, event, "reject", **kw)


def correct(store: Store, event: Event, changes: Mapping[str, Any], **kw: Any) -> list[Review]:
    return record(store, event, "correct", changes, **kw)


def _review(row: Sequence[Any]) -> Review:
    return Review(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]), row[7], json.loads(row[8]))


def latest(store: Store) -> dict[str, Review]:
    """The decision in force for each reviewed report, by review key."""
    out: dict[str, Review] = {}
    for row in store.query(_SELECT + " ORDER BY reviewed_at, rowid"):
        out[row[0]] = _review(row)
    return out


def history(store: Store, event: Event) -> list[Review]:
    """Every decision on the reports behind ``event``, oldest first."""
    keys = [review_key(r) for r in reports_of(store, event)]
    return [_review(row) for row in store.query(
        _SELECT + " WHERE review_key IN (SELECT unnest(?)) ORDER BY reviewed_at, rowid", [keys])]


def current(store: Store, event: Event) -> Review | None:
    """The latest decision on any report behind ``event``."""
    found = history(store, event)
    return found[-1] if found else None


def reviewed(reports: Sequence[Event], decisions: Mapping[str, Review], *, merged: bool = True,
             only: Iterable[str] | None = None) -> list[tuple[Event, Review | None]]:
    """Events with corrections applied, each with the decision in force on it (the latest
    among its reports), merged across reports unless ``merged`` is False; ``only``: keep
    events whose status is one of these (``{"accepted", "corrected"}`` for
    ``export --reviewed-only``)."""
    fixed: list[Event] = []
    by_spot: dict[tuple[str, int], list[tuple[Event, Review | None]]] = {}
    for r in reports:
        rev = decisions.get(review_key(r)) if r.sources else None
        f = apply(r, rev)
        fixed.append(f)
        if f.sources:
            by_spot.setdefault(_spot(f), []).append((f, rev))
    if merged:
        from warmap.timeline import merge_events

        events = merge_events(fixed)
    else:
        events = fixed
    out: list[tuple[Event, Review | None]] = []
    for e in events:
        cands = [pair for s in e.sources for pair in by_spot.get((s.doc_id, s.start), ())]
        mine = {id(m) for m in members(e, [f for f, _ in cands])}
        revs = [rev for f, rev in cands if id(f) in mine and rev is not None]
        rev = max(revs, key=lambda x: x.at) if revs else None
        out.append((e, rev))
    if only is not None:
        keep = set(only)
        out = [(e, rev) for e, rev in out if rev is not None and rev.status in keep]
    return out


# -- gold ------------------------------------------------------------------------------------

def export_gold(store: Store, folder: str | Path) -> tuple[int, int]:
    """Write the decisions as gold in the project's format (``tests/gold/README.md``): for
    each reviewed article, ``<file name>.jsonl`` with its accepted and corrected reports
    (corrections applied; reviewed reports the store no longer holds are written as they
    were reviewed) and ``<file name>.nonevents.txt`` with the sentences of rejected ones
    that hold no accepted event. ``warmap eval FOLDER`` then scores the extractor on
    what analysts fixed: a rejected event is an extra, a corrected one is scored against
    the correction. Returns (gold events, rejected sentences) written."""
    out = Path(folder)
    if out.exists() and not out.is_dir():
        from warmap.errors import OutputError

        raise OutputError(f"-o {folder} is a file: gold is a folder of files; name a folder")
    gold: dict[str, list[dict[str, Any]]] = {}
    rejected: dict[str, list[str]] = {}
    for rev in sorted(latest(store).values(), key=lambda x: (x.record["sources"][0]["document"], x.key)):
        report = event_from_dict(rev.record)
        src = report.sources[0]
        name = Path(src.document).name or src.doc_id
        if rev.decision == "reject":
            rejected.setdefault(name, []).append(src.sentence)
        else:
            rec = event_to_dict(apply(report, rev))
            rec["review"] = {"status": rev.status, "reviewer": rev.reviewer, "note": rev.note}
            gold.setdefault(name, []).append(rec)
    out.mkdir(parents=True, exist_ok=True)
    n_events = n_rejected = 0
    for name, recs in gold.items():
        # named by the article's file name with its suffix, as eval keys documents
        (out / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                                           encoding="utf-8")
        n_events += len(recs)
    for name, sentences in rejected.items():
        kept = {" ".join(r["sources"][0]["sentence"].split()) for r in gold.get(name, [])}
        lines = list(dict.fromkeys(s for s in sentences if " ".join(s.split()) not in kept))
        if lines or name not in gold:  # an article with only rejected events is still one reviewed
            (out / f"{name}.nonevents.txt").write_text("".join(s.replace("\n", " ") + "\n" for s in lines),
                                                       encoding="utf-8")
        n_rejected += len(lines)
    return n_events, n_rejected
