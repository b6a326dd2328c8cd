"""The export contract (shared/spec/EXPORT.md) as two functions: Event <-> dict.

Every writer (JSON Lines, CSV, GeoJSON, Parquet), the store and the HTTP API use
these, so the contract is spelled out once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from warmap.records import (
    Actor,
    ActorMention,
    ControlClaim,
    DateWindow,
    Event,
    Evidence,
    Place,
    PlaceMention,
    Relation,
    Source,
)

__all__ = [
    "event_to_dict",
    "event_from_dict",
    "claim_to_dict",
    "claim_from_dict",
    "relation_to_dict",
    "relation_from_dict",
]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _actor_to_dict(m: ActorMention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {
        "id": m.actor.id,
        "name": m.actor.name,
        "type": m.actor.type,
        "mention": m.mention,
        "country": m.actor.country,
        "parent": m.actor.parent,
        "generic": m.generic,
    }


def _actor_from_dict(d: dict[str, Any] | None) -> ActorMention | None:
    if not d:
        return None
    actor = Actor(
        id=d["id"],
        name=d.get("name") or d["id"],
        type=d.get("type") or "",
        country=d.get("country"),
        parent=d.get("parent"),
    )
    return ActorMention(
        actor=actor,
        mention=d.get("mention") or "",
        start=d.get("start") or 0,
        end=d.get("end") or 0,
        generic=bool(d.get("generic", False)),
    )


def _location_to_dict(m: PlaceMention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    p = m.place
    return {
        "name": p.name,
        "country": p.country,
        "admin1": p.admin1,
        "lat": round(p.lat, 4),
        "lon": round(p.lon, 4),
        "geo_precision": m.geo_precision,
        "geonames_id": p.geonames_id,
        "mention": m.mention,
        "kind": p.kind,
    }


def _location_from_dict(d: dict[str, Any] | None) -> PlaceMention | None:
    if not d:
        return None
    place = Place(
        name=d["name"],
        country=d.get("country") or "",
        admin1=d.get("admin1"),
        lat=float(d["lat"]) if d.get("lat") is not None else 0.0,
        lon=float(d["lon"]) if d.get("lon") is not None else 0.0,
        geonames_id=d.get("geonames_id"),
        kind=d.get("kind") or "city",
    )
    return PlaceMention(
        place=place,
        mention=d.get("mention") or "",
        start=d.get("start") or 0,
        end=d.get("end") or 0,
        geo_precision=int(d.get("geo_precision") or 1),
    )


def event_to_dict(event: Event) -> dict[str, Any]:
    """The export record for one event (EXPORT.md fields first, extras after)."""
    return {
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        **_window_to_dict(event.when),
        "actor1": _actor_to_dict(event.actor1),
        "actor2": _actor_to_dict(event.actor2),
        "location": _location_to_dict(event.location),
        "fatalities": event.fatalities,
        "confidence": round(event.confidence, 3),
        "sources": [_source_to_dict(s) for s in event.sources],
        "evidence": [
            {"field": e.field, "text": e.text, "start": e.start, "end": e.end}
            for e in event.evidence
        ],
    }


def event_from_dict(d: dict[str, Any]) -> Event:
    """Read an export record back (gold files, the store, other tools' output)."""
    try:
        when = _window_from_dict(d)
    except ValueError:
        raise ValueError(f"event {d.get('id')!r} has no date, date_min or date_max") from None
    sources = tuple(_source_from_dict(s) for s in d.get("sources") or ())
    evidence = tuple(
        Evidence(field=e["field"], text=e["text"], start=e["start"], end=e["end"])
        for e in d.get("evidence") or ()
    )
    return Event(
        id=str(d["id"]),
        event_type=d["event_type"],
        sub_event_type=d["sub_event_type"],
        when=when,
        actor1=_actor_from_dict(d.get("actor1")),
        actor2=_actor_from_dict(d.get("actor2")),
        location=_location_from_dict(d.get("location")),
        fatalities=d.get("fatalities"),
        confidence=float(d.get("confidence") if d.get("confidence") is not None else 0.9),
        sources=sources,
        evidence=evidence,
    )


def _window_to_dict(w: DateWindow) -> dict[str, Any]:
    return {
        "date": _iso(w.date),
        "date_min": _iso(w.date_min),
        "date_max": _iso(w.date_max),
        "date_precision": w.precision,
    }


def _window_from_dict(d: dict[str, Any]) -> DateWindow:
    day = _day(d.get("date")) or _day(d.get("date_min")) or _day(d.get("date_max"))
    if day is None:
        raise ValueError("record has no date")
    return DateWindow(
        date=day,
        date_min=_day(d.get("date_min")) or day,
        date_max=_day(d.get("date_max")) or day,
        precision=d.get("date_precision") or "day",
    )


def _source_to_dict(s: Source) -> dict[str, Any]:
    return {
        "document": s.document,
        "doc_id": s.doc_id,
        "title": s.title,
        "published": _iso(s.published),
        "sentence": s.sentence,
        "start": s.start,
        "end": s.end,
    }


def _source_from_dict(s: dict[str, Any]) -> Source:
    return Source(
        document=s.get("document") or "",
        doc_id=s.get("doc_id") or "",
        title=s.get("title"),
        published=_day(s.get("published")),
        sentence=s.get("sentence") or "",
        start=s.get("start") if s.get("start") is not None else -1,
        end=s.get("end") if s.get("end") is not None else -1,
    )


def claim_to_dict(c: ControlClaim) -> dict[str, Any]:
    """Export record for a control claim (``warmap export --what control`` builds on it)."""
    return {
        "kind": c.kind,
        "place": _location_to_dict(c.place),
        "actor": _actor_to_dict(c.actor),
        **_window_to_dict(c.when),
        "confidence": round(c.confidence, 3),
        "source": _source_to_dict(c.source),
    }


def claim_from_dict(d: dict[str, Any]) -> ControlClaim:
    place = _location_from_dict(d["place"])
    actor = _actor_from_dict(d["actor"])
    assert place is not None and actor is not None
    return ControlClaim(
        place=place,
        actor=actor,
        when=_window_from_dict(d),
        kind=d["kind"],
        confidence=float(d.get("confidence", 0.9)),
        source=_source_from_dict(d["source"]),
    )


def relation_to_dict(r: Relation) -> dict[str, Any]:
    """Export record for a relation between two actors."""
    return {
        "kind": r.kind,
        "actor1": _actor_to_dict(r.actor1),
        "actor2": _actor_to_dict(r.actor2),
        **_window_to_dict(r.when),
        "confidence": round(r.confidence, 3),
        "source": _source_to_dict(r.source),
    }


def relation_from_dict(d: dict[str, Any]) -> Relation:
    a1 = _actor_from_dict(d["actor1"])
    a2 = _actor_from_dict(d["actor2"])
    assert a1 is not None and a2 is not None
    return Relation(
        actor1=a1,
        actor2=a2,
        kind=d["kind"],
        when=_window_from_dict(d),
        confidence=float(d.get("confidence", 0.9)),
        source=_source_from_dict(d["source"]),
    )
