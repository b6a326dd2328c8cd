"""Review over HTTP: the routes the page's Accept / Reject / Correct buttons call.

Off by default: a server started without ``warmap serve --review`` answers every review
write with 403 and a JSON error. With ``--review-token`` (required when the server listens
on anything but a loopback address) a write must carry the token in the
``X-Review-Token`` header. Reads (a review's status and history, the actor list and the
place search the correction form uses) are open like the rest of the API.

Decisions are written to the store file itself (``warmap.review.record``), which the
server otherwise only reads a snapshot of; the snapshot follows within a few seconds as
it does after an ingest. Status is read back from the file, so the page shows a decision
the moment it is taken.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from warmap import review as rv
from warmap.errors import InputError, StoreError
from warmap.export.codec import event_from_dict, event_to_dict
from warmap.records import Event
from warmap.store import Store, open_store

__all__ = ["ReviewSettings", "router", "TOKEN_HEADER", "is_loopback"]

TOKEN_HEADER = "X-Review-Token"
_MAX_BODY = 64 * 1024
_lock = threading.Lock()  # one writer to the file at a time, from this process


@dataclass(frozen=True)
class ReviewSettings:
    """Whether this server takes review decisions, the reviewer name it suggests, and
    the token writes must carry (None: none needed)."""

    enabled: bool = False
    reviewer: str | None = None
    token: str | None = None


def is_loopback(host: str) -> bool:
    """Whether a listening address is reachable from this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    import ipaddress

    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Decision(BaseModel):
    """One decision: ``accept``, ``reject`` or ``correct`` (with ``changes``: field -> value)."""

    decision: str = Field(max_length=10)
    changes: dict[str, Any] = Field(default_factory=dict)
    note: str | None = Field(default=None, max_length=2000)
    reviewer: str | None = Field(default=None, max_length=100)


router = APIRouter(prefix="/api")
_ID = Path(min_length=1, max_length=128, description="an event id, or a unique prefix of one")


def _settings(request: Request) -> ReviewSettings:
    return getattr(request.app.state, "review", None) or ReviewSettings()


@contextmanager
def _store(request: Request) -> Iterator[Store]:
    """The store file itself (not the server's snapshot), for one request at a time; a
    server over ``:memory:`` or without a snapshot uses its own stores."""
    served = request.app.state.served
    if served.pool.snapshot is None:
        with _lock, served.pool.store() as store:
            yield store
        return
    with _lock:
        deadline = time.monotonic() + 10
        while True:
            try:
                store = open_store(served.pool.path)
                break
            except StoreError:  # the snapshot being taken this moment, or an ingest writing
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        try:
            yield store
        finally:
            store.close()


def _event(request: Request, store: Store, event_id: str) -> Event:
    """The event as the page lists it (merged across reports)."""
    index = request.app.state.served.index
    record = index.record(event_id) if index is not None else None
    found = event_from_dict(json.loads(record)) if record is not None else rv.find_event(store, event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id!r}: list ids with GET /api/events")
    return found


def _status(store: Store, event: Event) -> dict[str, Any]:
    past = rv.history(store, event)
    latest = past[-1] if past else None
    fixed = event
    if latest is not None and latest.decision == "correct":
        fixed = event_from_dict({**event_to_dict(event), **latest.changes})
    return {"event_id": event.id, "status": latest.status if latest else None,
            "review": latest.to_dict() if latest else None,
            "history": [x.to_dict() for x in past],
            "event": event_to_dict(fixed) if latest is not None and latest.decision == "correct" else None}


@router.get("/review", summary="Whether this server takes review decisions, and the reviewer name it suggests")
def review_settings(request: Request) -> JSONResponse:
    s = _settings(request)
    return JSONResponse({"enabled": s.enabled, "reviewer": s.reviewer, "token_required": bool(s.token),
                         "token_header": TOKEN_HEADER, "decisions": list(rv.DECISIONS), "fields": list(rv.FIELDS)})


@router.get("/events/{event_id}/review", summary="An event's review status and the decisions taken on it")
def event_review(request: Request, event_id: Annotated[str, _ID]) -> JSONResponse:
    with _store(request) as store:
        return JSONResponse(_status(store, _event(request, store, event_id)))


@router.post("/events/{event_id}/review", summary="Accept, reject or correct an event (warmap serve --review)",
             responses={403: {"description": "review is off on this server, or the token is missing or wrong"}})
async def post_review(request: Request, event_id: Annotated[str, _ID]) -> JSONResponse:
    s = _settings(request)
    if not s.enabled:
        raise HTTPException(403, "review is off on this server: start it with 'warmap serve --review'")
    if s.token is not None:
        given = request.headers.get(TOKEN_HEADER, "")
        if not hmac.compare_digest(given.encode(), s.token.encode()):
            why = "is wrong" if given else f"is missing (send it in the {TOKEN_HEADER} header)"
            raise HTTPException(403, f"the review token {why}: ask whoever started the server for it")
    if "application/json" not in request.headers.get("content-type", ""):
        raise HTTPException(415, "send the decision as JSON (Content-Type: application/json)")
    body = await request.body()
    if len(body) > _MAX_BODY:
        raise HTTPException(413, f"a decision is at most {_MAX_BODY // 1024} KB")
    try:
        d = Decision.model_validate_json(body)
    except ValueError as exc:
        raise HTTPException(422, f"not a decision: {' '.join(str(exc).split())[:300]}") from None
    from starlette.concurrency import run_in_threadpool

    def write() -> dict[str, Any]:
        with _store(request) as store:
            event = _event(request, store, event_id)
            try:
                done = rv.record(store, event, d.decision, d.changes, note=d.note,
                                 reviewer=d.reviewer or s.reviewer or "")
            except InputError as exc:
                raise HTTPException(400, str(exc)) from None
            return {**_status(store, event), "reports": len(done)}

    return JSONResponse(await run_in_threadpool(write))


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    from warmap.places import load_gazetteer

    return load_gazetteer()


@router.get("/review/places", summary="Places the gazetteer finds for a name (the correction form's search box)")
def places(q: Annotated[str, Query(min_length=1, max_length=100, description="a place name as written")],
           country: Annotated[str | None, Query(max_length=2)] = None) -> JSONResponse:
    res = _gazetteer().resolve(q, country=country.upper() if country else None)
    seen, out = set(), []
    for p, _, _ in res.candidates:
        key = (p.name, p.country, round(p.lat, 3), round(p.lon, 3))
        if key in seen:
            continue
        seen.add(key)
        out.append({"name": p.name, "country": p.country, "admin1": p.admin1, "lat": round(p.lat, 4),
                    "lon": round(p.lon, 4), "geonames_id": p.geonames_id, "kind": p.kind})
        if len(out) == 10:
            break
    return JSONResponse({"q": q, "places": out})


@lru_cache(maxsize=1)
def _actor_list() -> bytes:
    from warmap.actors import load_actors

    rows = sorted(({"id": a.id, "name": a.name, "type": a.type, "country": a.country} for a in load_actors()),
                  key=lambda a: a["name"].casefold())
    return json.dumps({"actors": rows}, ensure_ascii=False).encode()


@router.get("/review/actors", summary="Every actor in the dictionary (the correction form's actor lists)")
def all_actors() -> JSONResponse:
    return JSONResponse(json.loads(_actor_list()))


@router.get("/review/types", summary="ACLED's event types and their sub-event types")
def types() -> JSONResponse:
    from warmap.events.ontology import EVENT_TYPES

    return JSONResponse({"types": {k: list(v) for k, v in EVENT_TYPES.items()}})
