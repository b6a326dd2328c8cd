"""The review routes (off by default, token when set) and ``warmap serve``'s refusals, on
an app over a file store of hand-made records driven through httpx's ASGI transport."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from typer.testing import CliRunner

from warmap.api import create_app
from warmap.api.reviews import ReviewSettings
from warmap.cli import app as cli
from warmap.errors import InputError


@pytest.fixture
def db(review_db):
    path, strike, capture_a, capture_b = review_db
    return str(path), strike, min(capture_a.id, capture_b.id)


def _client(app):
    def call(method: str, url: str, **kw) -> httpx.Response:
        async def go() -> httpx.Response:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
                return await c.request(method, url, **kw)
        return asyncio.run(go())
    return call


def test_review_is_off_by_default(db):
    path, strike, _ = db
    call = _client(create_app(path, reload_seconds=0))
    assert call("GET", "/api/review").json()["enabled"] is False
    r = call("POST", f"/api/events/{strike.id}/review", json={"decision": "accept", "reviewer": "Dana"})
    assert r.status_code == 403 and "warmap serve --review" in r.json()["error"]
    assert call("GET", f"/api/events/{strike.id}/review").json()["status"] is None
    assert call("PUT", f"/api/events/{strike.id}/review").status_code == 405


def test_accept_correct_and_reject_through_the_api(db):
    path, strike, capture = db
    call = _client(create_app(path, reload_seconds=0, review=ReviewSettings(True, "Desk")))
    settings = call("GET", "/api/review").json()
    assert settings["enabled"] and settings["reviewer"] == "Desk" and not settings["token_required"]
    r = call("POST", f"/api/events/{capture}/review", json={"decision": "accept"})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "accepted" and r.json()["reports"] == 2 and r.json()["review"]["reviewer"] == "Desk"
    r = call("POST", f"/api/events/{strike.id}/review",
             json={"decision": "correct", "changes": {"fatalities": 4, "actor1": "isis"}, "note": "n", "reviewer": "Dana"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "corrected" and body["event"]["fatalities"] == 4 and body["event"]["actor1"]["id"] == "isis"
    r = call("POST", f"/api/events/{strike.id}/review", json={"decision": "correct", "changes": {"fatalities": "lots"}})
    assert r.status_code == 400 and "whole number" in r.json()["error"]
    r = call("POST", f"/api/events/{strike.id}/review", content=b"decision=accept",
             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415  # a form from another site cannot post a decision
    assert call("POST", "/api/events/0000ffff/review", json={"decision": "accept"}).status_code == 404
    # read back from the store file: a server started again sees the same
    again = _client(create_app(path, reload_seconds=0))
    got = again("GET", f"/api/events/{strike.id}/review").json()
    assert got["status"] == "corrected" and [h["decision"] for h in got["history"]] == ["correct"]
    assert again("GET", f"/api/events/{capture}/review").json()["status"] == "accepted"


def test_a_token_is_required_when_set(db):
    path, strike, _ = db
    call = _client(create_app(path, reload_seconds=0, review=ReviewSettings(True, None, "s3cret-token")))
    assert call("GET", "/api/review").json()["token_required"] is True
    for headers, words in (({}, "missing"), ({"X-Review-Token": "guess"}, "wrong")):
        r = call("POST", f"/api/events/{strike.id}/review", json={"decision": "reject", "reviewer": "x"}, headers=headers)
        assert r.status_code == 403 and words in r.json()["error"]
    r = call("POST", f"/api/events/{strike.id}/review", json={"decision": "reject", "reviewer": "x"},
             headers={"X-Review-Token": "s3cret-token"})
    assert r.status_code == 200 and r.json()["status"] == "rejected"


def test_the_correction_forms_lists(db):
    path, _, _ = db
    call = _client(create_app(path, reload_seconds=0))
    places = call("GET", "/api/review/places", params={"q": "Tadmur"}).json()["places"]
    assert places and places[0]["name"] == "Palmyra" and places[0]["country"] == "SY"
    actors = call("GET", "/api/review/actors").json()["actors"]
    assert len(actors) > 500 and any(a["id"] == "isis" for a in actors)
    assert "Armed clash" in call("GET", "/api/review/types").json()["types"]["Battles"]


@pytest.mark.parametrize("args, words", [
    (["--host", "0.0.0.0", "--review"], "needs --review-token"),
    (["--review", "--workers", "2"], "one server process"),
    (["--review-token", "x"], "go with --review"),
])
def test_serve_refuses_review_it_cannot_guard(db, args, words, monkeypatch):
    monkeypatch.delenv("WARMAP_REVIEW_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["--db", db[0], "serve", *args])
    assert isinstance(result.exception, InputError) and words in str(result.exception)
