"""Records to JSON-ready dicts for the HTTP responses.

Events use the export contract (``warmap.export.codec``) unchanged, so the API,
the files ``warmap export`` writes and the store agree on every field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from warmap.api.queries import ActorCount, Summary
from warmap.export.codec import claim_to_dict
from warmap.records import Article

__all__ = ["raw_event_page", "raw_event_collection", "document_dict", "answer_dict", "actor_dict", "summary_dict"]


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


def raw_event_page(rows: list[tuple[str, float | None, float | None, str]], total: int, limit: int,
                   offset: int) -> bytes:
    """One page of ``GET /api/events``: the store's JSON records (the export contract),
    spliced without decoding and re-encoding them."""
    events = ",".join(r[3] for r in rows)
    return f'{{"total":{total},"limit":{limit},"offset":{offset},"events":[{events}]}}'.encode()


def raw_event_collection(rows: list[tuple[str, float | None, float | None, str]], total: int,
                         limit: int, offset: int) -> bytes:
    """The same page as a GeoJSON FeatureCollection, paging as foreign members (the
    features are ``export.writers.geojson_feature``'s; events with no place are left out)."""
    import json

    features = ",".join(
        f'{{"type":"Feature","id":{json.dumps(eid)},"geometry":{{"type":"Point","coordinates":[{round(lon, 4)},{round(lat, 4)}]}},"properties":{rec}}}'
        for eid, lat, lon, rec in rows if lat is not None and lon is not None
    )
    return (f'{{"type":"FeatureCollection","total":{total},"limit":{limit},"offset":{offset},'
            f'"features":[{features}]}}').encode()
