"""Records to JSON-ready dicts for the HTTP responses.

Events use the export contract (``warmap.export.codec``) unchanged, so the API,
the files ``warmap export`` writes and the store agree on every field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from warmap.api.queries import ActorCount, Summary
from warmap.export.codec import claim_to_dict
from warmap.records import Article

__all__ = ["feature", "event_page", "feature_collection", "raw_event_page", "raw_event_collection", "document_dict", "answer_dict", "actor_dict", "summary_dict"]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def document_dict(a: Article) -> dict[str, Any]:
    """A stored article (its cleaned text, which event offsets point into)."""
    return {
        "doc_id": a.doc_id,
        "source": a.source,
        "title": a.title,
        "published": _iso(a.published),
        "outlet": a.outlet,
        "url": a.url,
        "text": a.text,
    }


def answer_dict(a: Any) -> dict[str, Any]:
    """A ``timeline.ControlAnswer``: who holds a place on the day asked, and why we think so."""
    p = a.place
    return {
        "place": {"name": p.name, "country": p.country, "admin1": p.admin1,
                  "lat": round(p.lat, 4), "lon": round(p.lon, 4), "kind": p.kind},
        "actor": {"id": a.actor.id, "name": a.actor.name, "type": a.actor.type},
        "since": _iso(a.since),
        "disputed": bool(a.disputed),
        "note": a.note,
        "evidence": [claim_to_dict(c) for c in a.evidence],
    }


def actor_dict(a: ActorCount) -> dict[str, Any]:
    return asdict(a)


def summary_dict(s: Summary) -> dict[str, Any]:
    return {"first": _iso(s.first), "last": _iso(s.last), "events": s.events,
            "documents": s.documents, "event_types": list(s.event_types)}


def feature(eid: str, lat: float | None, lon: float | None, record: bytes) -> bytes | None:
    """An event's export record as a GeoJSON Feature (``export.writers.geojson_feature``,
    written as bytes for speed), or None for an event with no place."""
    if lat is None or lon is None:
        return None
    return (b'{"type":"Feature","id":' + json.dumps(eid).encode()
            + b',"geometry":{"type":"Point","coordinates":[' + f"{round(lon, 4)},{round(lat, 4)}".encode()
            + b']},"properties":' + record + b"}")


def event_page(records: Iterable[bytes], total: int, limit: int | None, offset: int) -> bytes:
    """One page of ``GET /api/events``: the export records spliced without decoding them."""
    head = f'{{"total":{total},"limit":{json.dumps(limit)},"offset":{offset},"events":['.encode()
    return b"".join((head, b",".join(records), b"]}"))


def feature_collection(features: Iterable[bytes], total: int, limit: int | None, offset: int) -> bytes:
    """The same page as a GeoJSON FeatureCollection, paging as foreign members; events with
    no place are left out of the features but counted in ``total``."""
    head = (f'{{"type":"FeatureCollection","total":{total},"limit":{json.dumps(limit)},"offset":{offset},'
            f'"features":[').encode()
    return b"".join((head, b",".join(features), b"]}"))


def raw_event_page(rows: list[tuple[str, float | None, float | None, str]], total: int, limit: int,
                   offset: int) -> bytes:
    """``event_page`` over the store's (id, lat, lon, record JSON) rows."""
    return event_page((r[3].encode() for r in rows), total, limit, offset)


def raw_event_collection(rows: list[tuple[str, float | None, float | None, str]], total: int,
                         limit: int, offset: int) -> bytes:
    """``feature_collection`` over the store's (id, lat, lon, record JSON) rows."""
    found = (feature(eid, lat, lon, rec.encode()) for eid, lat, lon, rec in rows)
    return feature_collection((f for f in found if f is not None), total, limit, offset)
