"""The HTTP routes: each parses its input, calls one store or timeline function, renders.

Routes that read the store are plain ``def``, so FastAPI runs them in its thread pool
and a slow query does not hold up the event loop; each borrows its own store from the
pool. ``GET /api/events`` on a read-only server is answered from the in-memory index
on the event loop itself (no thread hop), since that is well under a millisecond.
"""

from __future__ import annotations

import collections
import dataclasses
import importlib
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from warmap.api import params, queries, render
from warmap.api.pool import StorePool
from warmap.api.served import Served
from warmap.export.codec import event_to_dict, relation_to_dict
from warmap.store import EventFilter

__all__ = ["router"]



class ErrorBody(BaseModel):
    """Every error the API answers: what was wrong and what to do about it."""

    error: str


#: Errors any route may answer, all as ``ErrorBody`` (``warmap.api.app`` maps them; the
#: connection guard sends 408, 431 and 503 before a route is reached).
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": why} for status, why in (
        (400, "a parameter that parsed but cannot be used (a day that does not exist, a box inside out)"),
        (404, "no such id"),
        (408, "the request did not arrive in time"),
        (414, "query string too long"),
        (422, "a parameter of the wrong type or length"),
        (431, "request headers too large or too many"),
        (500, "a server error (logged)"),
        (503, "store unreadable, or too many connections"),
    )
}

router = APIRouter(prefix="/api", responses=_ERRORS)
#: A day, or empty for none; documented only (a bad day is the route's 400, with a hint).
_DAY = dict(max_length=10, json_schema_extra={"pattern": r"^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"})

_ID = Path(min_length=1, max_length=128, description="an id, or a unique prefix of one")
_DOC_ID = Path(min_length=1, max_length=128, description="a document id (doc_id), exactly")
_SHORT = dict(max_length=params.MAX_TEXT)


def _json(body: dict[str, Any]) -> JSONResponse:
    """Render straight to JSON: the bodies are already plain dicts from the export codec,
    and FastAPI's generic encoder walking 1,000 events costs more than the query. Source
    file names are cut to what may be shown (``render.public_record``)."""
    return JSONResponse(render.public_record(body))


def _served(request: Request) -> Served:
    """What this request is answered from (a new snapshot may be swapped in meanwhile)."""
    return request.app.state.served


def _pool(request: Request) -> StorePool:
    return _served(request).pool


def _timeline(name: str) -> Any:
    """A ``warmap.timeline`` function, imported on first use (spaCy-free routes stay fast to
    load); a 501 JSON error while that module lacks it."""
    try:
        return getattr(importlib.import_module("warmap.timeline"), name)
    except (ImportError, AttributeError) as exc:
        raise HTTPException(501, f"this warmap has no warmap.timeline.{name} ({exc}): update warmap") from exc


def _page_from_store(pool: StorePool, flt: EventFilter, format: str) -> bytes:
    with pool.store() as store:
        total = store.count_matching(flt)
        rows = store.event_records(flt)
    page = render.raw_event_collection if format == "geojson" else render.raw_event_page
    return page(rows, total, flt.limit or 0, flt.offset)


@router.get("/events", summary="Events matching filters, oldest first, one page at a time")
async def events(
    request: Request,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees", max_length=100)] = None,
    since: Annotated[str | None, Query(description="events that may fall on or after this day (YYYY-MM-DD)", **_DAY)] = None,
    until: Annotated[str | None, Query(description="events that may fall on or before this day (YYYY-MM-DD)", **_DAY)] = None,
    type: Annotated[str | None, Query(description="ACLED event type or sub-event type", **_SHORT)] = None,
    actor: Annotated[str | None, Query(description="actor id, or part of an actor name", **_SHORT)] = None,
    place: Annotated[str | None, Query(description="part of a place or province name", **_SHORT)] = None,
    q: Annotated[str | None, Query(description="words in the supporting sentence", **_SHORT)] = None,
    limit: Annotated[int, Query(ge=1, le=params.MAX_LIMIT)] = params.DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    format: Annotated[Literal["json", "geojson"], Query(description="json (default) or geojson")] = "json",
) -> JSONResponse:
    flt = params.event_filter(bbox=bbox, since=since, until=until, event_type=type, actor=actor,
                              place=place, q=q, limit=limit, offset=offset)
    served = _served(request)
    if served.index is not None:  # sub-millisecond work: answered on the event loop, no thread hop
        body = served.index.page_geojson(flt) if format == "geojson" else served.index.page_json(flt)
        if served.pages is not None:  # kept under the parsed filter: unknown parameters make no new page
            served.pages.put((flt, format), body)
    else:
        body = await run_in_threadpool(_page_from_store, served.pool, flt, format)
    return Response(body, media_type="application/json")


def _day_counts_from_store(pool: StorePool, flt: EventFilter) -> list[tuple[Any, str, int]]:
    """``EventIndex.day_counts`` for a server with no index (a writable one): from the records."""
    with pool.store() as store:
        rows = store.event_records(flt)
    counted = collections.Counter((r["date"], r["event_type"]) for r in (json.loads(row[3]) for row in rows))
    return [(day, etype, n) for (day, etype), n in sorted(counted.items())]


@router.get("/histogram", summary="How many events each day, by event type (for the map's chart)")
async def histogram(
    request: Request,
    since: Annotated[str | None, Query(description="events that may fall on or after this day (YYYY-MM-DD)", **_DAY)] = None,
    until: Annotated[str | None, Query(description="events that may fall on or before this day (YYYY-MM-DD)", **_DAY)] = None,
    type: Annotated[str | None, Query(description="ACLED event type or sub-event type", **_SHORT)] = None,
    actor: Annotated[str | None, Query(description="actor id, or part of an actor name", **_SHORT)] = None,
) -> JSONResponse:
    """The events ``GET /api/events`` would list for the same filters, counted by the day each
    is shown on (its ``date``) and event type; days with none are left out."""
    flt = dataclasses.replace(params.event_filter(since=since, until=until, event_type=type, actor=actor), limit=None)
    served = _served(request)
    if served.index is not None:
        counts = served.index.day_counts(flt)
    else:
        counts = await run_in_threadpool(_day_counts_from_store, served.pool, flt)
    return _json({"days": [{"day": str(day), "event_type": etype, "events": n} for day, etype, n in counts]})


@router.get("/events/{event_id}", summary="One event with its sources and evidence")
def event(request: Request, event_id: Annotated[str, _ID]) -> Response:
    """The event as ``GET /api/events`` lists it (merged, on a read-only server), or else
    the one report stored under that id."""
    served = _served(request)
    record = served.index.record(event_id) if served.index is not None else None
    if record is not None:
        return Response(record, media_type="application/json")
    with served.pool.store() as store:
        found = store.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id!r}: list ids with GET /api/events")
    return _json(event_to_dict(found))


@router.get("/documents/{doc_id}", summary="One stored article: its cleaned text and metadata")
def document(request: Request, doc_id: Annotated[str, _DOC_ID]) -> JSONResponse:
    """By its exact id only: a prefix could name another article than the one meant."""
    with _pool(request).store() as store:
        found = store.document(doc_id)
    if found is None or found.doc_id != doc_id:
        raise HTTPException(404, f"no document with id {doc_id!r}: event sources give doc_id")
    return _json(render.document_dict(found))


@router.get("/actors", summary="Actors named by stored events, with event counts")
def actors(request: Request) -> JSONResponse:
    served = _served(request)
    with served.pool.store() as store:
        seen = queries.actors_seen(store)
    if served.index is not None:  # count events as the list shows them: merged across reports
        counts = served.index.actor_counts()
        seen = sorted((dataclasses.replace(a, events=counts.get(a.id, 0)) for a in seen),
                      key=lambda a: (-a.events, a.id))
    return _json({"actors": [render.actor_dict(a) for a in seen]})


@router.get("/summary", summary="First and last event day, counts and event types (for the map's slider)")
def summary(request: Request) -> JSONResponse:
    served = _served(request)
    with served.pool.store() as store:
        found = queries.summary(store)
    if served.index is not None:  # events as the list shows them: merged across reports
        found = dataclasses.replace(found, events=len(served.index))
    return _json(render.summary_dict(found))


@router.get("/relations", summary="Relations between actors (allegiance, rivalry...), optionally in force on a day")
def relations(
    request: Request,
    actor: Annotated[str | None, Query(description="only relations of this actor id", **_SHORT)] = None,
    at: Annotated[str | None, Query(description="only relations in force on this day (YYYY-MM-DD)", **_DAY)] = None,
) -> JSONResponse:
    day = params.parse_date(at, "at")
    relations_at = _timeline("relations_at")
    with _pool(request).store() as store:
        stored = store.relations(actor or None)
    found = relations_at(stored, day, actor or None)
    return _json({"at": at or None, "actor": actor or None, "relations": [relation_to_dict(r) for r in found]})


@router.get("/control", summary="Who controls which places on a day, with the claims behind each answer")
def control(
    request: Request,
    at: Annotated[str, Query(description="the day asked about (YYYY-MM-DD)", **_DAY)],
    place: Annotated[str | None, Query(description="only this place name", **_SHORT)] = None,
) -> JSONResponse:
    day = _day_asked(at)
    control_at = _timeline("control_at")
    with _pool(request).store() as store:
        claims = store.control_claims(place or None)
    answers = control_at(claims, day, place or None)
    return _json({"at": at, "place": place or None, "control": [render.answer_dict(a) for a in answers]})


def _day_asked(at: str) -> Any:
    day = params.parse_date(at, "at")
    if day is None:
        raise params.BadRequest("at= is empty: give the day asked about as YYYY-MM-DD, e.g. at=2015-06-01")
    return day


@router.get("/control/areas", summary="Control as areas on a day: each held town's Voronoi cell, cut to its province (GeoJSON)")
def control_areas(
    request: Request,
    at: Annotated[str, Query(description="the day asked about (YYYY-MM-DD)", **_DAY)],
) -> JSONResponse:
    """The territory around each place held on the day (``warmap.timeline.areas``: how it
    is drawn and what it is not is in the collection's ``method``)."""
    from warmap.timeline import areas

    day = _day_asked(at)
    control_at = _timeline("control_at")
    with _pool(request).store() as store:
        claims = store.control_claims(None)
    found = areas.control_areas(areas.held_from_answers(control_at(claims, day)), areas.load_provinces())
    return _json({**areas.areas_geojson(found), "at": at})


@router.get("/labels", summary="Place names to draw in a view of the map: towns with events first, then by population")
def labels(
    request: Request,
    bbox: Annotated[str, Query(description="west,south,east,north in degrees", max_length=100)],
    zoom: Annotated[float, Query(ge=0, le=22, description="the map's zoom level")],
) -> JSONResponse:
    """At most ``api.labels.max_labels(zoom)`` names whose labels do not overlap at that
    zoom, best first (``warmap.api.labels``)."""
    from warmap.api.labels import index_for

    box = params.parse_bbox(bbox)
    if box is None:
        raise params.BadRequest("bbox= is empty: give the view as west,south,east,north, e.g. bbox=35,32,43,38")
    served = _served(request)
    with served.pool.store() as store:
        index = index_for(served.pool, store)
    picked = index.pick(box, zoom)
    return _json({"zoom": zoom, "labels": [dataclasses.asdict(x) for x in picked]})
