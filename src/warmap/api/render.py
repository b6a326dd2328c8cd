"""Records to JSON-ready dicts for the HTTP responses.

Events use the export contract (``warmap.export.codec``) unchanged, so the API,
the files ``warmap export`` writes and the store agree on every field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import PurePosixPath, PureWindowsPath
from dataclasses import asdict
from typing import Any

from warmap.api.queries import ActorCount, Summary
from warmap.export.codec import claim_to_dict
from warmap.records import Article

__all__ = ["public_source", "public_paths", "public_record", "feature", "event_page", "feature_collection", "raw_event_page", "raw_event_collection", "document_dict", "answer_dict", "actor_dict", "summary_dict"]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def public_source(path: str) -> str:
    """A stored file name as the API shows it: a path relative to where the ingest ran
    stays as it is, but an absolute path (or one climbing out with ``..``) is cut to the
    file's own name, so the API does not tell the world how the ingesting machine's
    folders are laid out.

    >>> public_source("reports/mosul.txt"), public_source("/home/ana/leaks/mosul.txt")
    ('reports/mosul.txt', 'mosul.txt')
    >>> public_source("../../srv/feed.jsonl:12"), public_source("C:\\\\Users\\\\ana\\\\a.html")
    ('feed.jsonl:12', 'a.html')
    """
    if not path:
        return path
    for pure in (PurePosixPath, PureWindowsPath):
        p = pure(path)
        if p.is_absolute() or p.drive or p.anchor or ".." in p.parts or path.startswith("~"):
            return p.name or path
    return path


_DOCUMENT = re.compile(r'"document":\s*"((?:[^"\\]|\\.)*)"')


def public_paths(record: str) -> str:
    """An event record (JSON text, as stored) with every source's ``document`` passed
    through ``public_source``; untouched when there is nothing to cut.

    >>> public_paths('{"sources": [{"document": "/srv/in/a.txt", "doc_id": "ab"}]}')
    '{"sources": [{"document": "a.txt", "doc_id": "ab"}]}'
    """
    if '"document"' not in record:
        return record

    def cut(m: re.Match[str]) -> str:
        path = json.loads(f'"{m.group(1)}"')
        public = public_source(path)
        return m.group(0) if public == path else '"document": ' + json.dumps(public, ensure_ascii=False)

    return _DOCUMENT.sub(cut, record)


def public_record(value: Any) -> Any:
    """A JSON-ready value with every ``document`` in it passed through ``public_source``
    (control claims' and relations' sources, events read from the store).

    >>> public_record({"source": {"document": "/tmp/x/b.txt"}, "kind": "pledge"})
    {'source': {'document': 'b.txt'}, 'kind': 'pledge'}
    """
    if isinstance(value, dict):
        return {k: (public_source(v) if k == "document" and isinstance(v, str) else public_record(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [public_record(v) for v in value]
    return value


def document_dict(a: Article) -> dict[str, Any]:
    """A stored article (its cleaned text, which event offsets point into)."""
    return {
        "doc_id": a.doc_id,
        "source": public_source(a.source),
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
    return event_page((public_paths(r[3]).encode() for r in rows), total, limit, offset)


def raw_event_collection(rows: list[tuple[str, float | None, float | None, str]], total: int,
                         limit: int, offset: int) -> bytes:
    """``feature_collection`` over the store's (id, lat, lon, record JSON) rows."""
    found = (feature(eid, lat, lon, public_paths(rec).encode()) for eid, lat, lon, rec in rows)
    return feature_collection((f for f in found if f is not None), total, limit, offset)
