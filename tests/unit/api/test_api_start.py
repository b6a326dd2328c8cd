"""A read-only server starts without its word index (a second of CPU at 100,000 events,
which delayed the first answers) and builds it in a thread once it is up; searches answer
the same whether it was built then or on demand."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

import warmap.api.app as api_app
from warmap.api import create_app
from warmap.errors import StoreError


def _ask(app, urls: list[str]) -> list[dict]:
    async def run() -> list[dict]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return [(await client.get(u)).json() for u in urls]

    return asyncio.run(run())


SEARCHES = ["/api/events?q=border", "/api/events?q=border crossing", "/api/events?q=isis&limit=2",
            "/api/events?q=no-such-words-here"]


def test_loading_leaves_the_word_index_for_later(sample_db):
    app = create_app(sample_db)
    assert app.state.served.index is not None
    time.sleep(0.2)  # nothing builds it behind the start's back
    assert app.state.served.index._words is None


def test_the_word_index_is_built_once_the_server_is_up(sample_db, monkeypatch):
    monkeypatch.setattr(api_app, "WORD_INDEX_AFTER", 0.01)
    on_demand = _ask(create_app(sample_db), SEARCHES)  # no lifespan: each search builds it itself
    assert on_demand[0]["total"] > 0 and on_demand[-1]["total"] == 0
    app = create_app(sample_db)

    async def serve_briefly() -> bool:
        async with app.router.lifespan_context(app):
            for _ in range(500):
                if app.state.served.index._words is not None:
                    return True
                await asyncio.sleep(0.01)
        return False

    assert asyncio.run(serve_briefly())
    assert _ask(app, SEARCHES) == on_demand


PAGES = ["/api/summary", "/api/events?limit=3", "/api/events?place=raqqa&format=geojson", "/api/histogram",
         "/api/actors", "/api/events?q=border"]


def test_serve_reads_the_store_while_importing_and_answers_as_create_app(sample_db, monkeypatch):
    import uvicorn

    from warmap.api import serve

    ran = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: ran.update(app=app, options=options))
    serve(sample_db, port=8123)
    assert ran["options"]["port"] == 8123
    assert _ask(ran["app"], PAGES) == _ask(create_app(sample_db), PAGES)


def test_serve_on_no_store_fails_with_the_stores_message(tmp_path):
    from warmap.api import serve

    with pytest.raises(StoreError, match="no store at"):
        serve(str(tmp_path / "missing.duckdb"))
    not_a_store = tmp_path / "events.csv"
    not_a_store.write_text("id,date\n1,2015-01-01\n")
    with pytest.raises(StoreError, match="not a warmap store"):
        serve(str(not_a_store))
    assert not_a_store.read_text() == "id,date\n1,2015-01-01\n"


def test_word_index_of_awkward_characters_agrees_with_a_plain_scan():
    """The word index (built over all the text at once) finds what ``needle in sentence`` finds
    when sentences hold characters that change length when lowered (İ), combining marks
    (Arabic vowels, U+0307), digits of other kinds (², ٣), final sigma, CJK, emoji, new lines."""
    import random

    from warmap.api.index import WordIndex

    rng = random.Random(11)
    letters = list("abXZ09_ -,.\n\tİıΣσςßﬁ²½٣أَبت中文😀\u0307\u200déÉ")
    sentences = ["".join(rng.choice(letters) for _ in range(rng.randrange(0, 25))) for _ in range(400)]
    sentences += ["", "Σ", "İstanbul", "دَيْر الزور", "2014²"]
    index = WordIndex.build(sentences)
    lowered = [s.lower() for s in sentences]
    for needle in ["a", "b x", "İ", "i̇", "σ", "ς", "²", "٣", "中文", "أَ", "ب", "😀", "_", "z\n", "ﬁ", "é", "istanbul", "2014"]:
        want = [i for i, s in enumerate(lowered) if needle.lower() in s]
        assert index.containing(needle).tolist() == want, repr(needle)
    assert WordIndex.build([]).containing("a").tolist() == []
    assert WordIndex.build(["", " ,"]).containing("a").size == 0
