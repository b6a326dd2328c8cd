"""The map page stays usable on a big store, in a real browser: 20,000 synthetic events
(``bench/bench_api.py``'s store, built in seconds), the page loaded, the date window changed,
the slider moved and a type filter chosen, each timed in the page's own clock by
``bench/bench_page.py``'s init script. The bounds are generous (several times what a loaded
2-core machine measures, README "The web map"), so the test catches a page that fetches or
draws every event, not a slow minute. ``bench/bench_page.py`` gives the 100,000-event figures.

Uses test_web.py's browser fixture and server helper (Debian's chromium; skipped without it).
"""

from __future__ import annotations

import json
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_web import Page, _serving, browser  # noqa: E402, F401  (browser: the fixture, shared)

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from bench_api import build_store  # noqa: E402
from bench_page import measure_load  # noqa: E402

pytestmark = pytest.mark.slow

EVENTS = 20_000
#: Milliseconds. Measured at 20,000 events: see the README ("The web map"); these are bounds
#: no healthy page comes near even with the machine's two cores shared by a dozen processes.
READY_BOUND_MS = 15_000
REDRAW_BOUND_MS = 8_000
HEAP_BOUND_MB = 150
#: The page asks for one page of events at a time (api.js: limit 1000), never the whole store.
PAGE_LIMIT = 1000


@pytest.fixture(scope="module")
def scale_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("scale") / "scale.duckdb")
    build_store(db, EVENTS, batch_articles=EVENTS)  # one batch: about 12 s here
    with _serving(db) as url:
        yield url


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def test_page_stays_responsive_at_20000_events(browser, scale_url):  # noqa: F811
    assert 0.95 * EVENTS < _get(scale_url + "/api/summary")["events"] <= EVENTS  # merged across reports
    runs = [measure_load(browser, scale_url, timeout=READY_BOUND_MS / 1000 * 2) for _ in range(2)]
    print(f"\npage at {EVENTS:,} events: " + "; ".join(
        f"ready {r['ready']:.0f} ms, window {r['window']:.0f} ms, slider {r['slider']:.0f} ms, "
        f"filter {r['filter']:.0f} ms, heap {r['heap_mb']:.1f} MB, markers {r['markers']:.0f}" for r in runs))
    best = {k: min(r[k] for r in runs) for k in runs[0]}  # the better of two: one load may meet a busy moment
    assert 0 < best["first_markers"] <= best["ready"] < READY_BOUND_MS
    for key in ("window", "slider", "filter"):
        assert 0 < best[key] < REDRAW_BOUND_MS, (key, runs)
    assert best["heap_mb"] < HEAP_BOUND_MB, runs
    assert 0 < best["markers"] <= PAGE_LIMIT, runs


def test_page_shows_the_newest_events_of_the_window(browser, scale_url):  # noqa: F811
    """More events match than a page holds: the map and list show the ones nearest the
    slider's day (the newest page), and say that there are more."""
    summary = _get(scale_url + "/api/summary")
    p = Page(browser, scale_url, path="/?poll=0")
    try:
        assert p.page.get_attribute("body", "data-shown") == summary["last"]  # the slider starts on the last day
        assert int(p.page.get_attribute("#map", "data-events-shown")) == PAGE_LIMIT
        days = p.page.eval_on_selector_all("#events li time", "(ts) => ts.map((t) => t.textContent)")
        assert days and days[0] == summary["last"], days[:3]  # the list is newest first
        assert days == sorted(days, reverse=True)
        assert f"newest {PAGE_LIMIT} of {summary['events']}" in p.page.text_content("#status")
        # every module the page loads is preloaded by index.html (fetched at once, not one import after another)
        preloaded = set(p.page.eval_on_selector_all("link[rel=modulepreload]", "(ls) => ls.map((l) => l.href)"))
        modules = {u for u in p.requests if "/static/" in u and u.endswith(".js") and "/vendor/" not in u}
        assert modules - {scale_url + "/static/app.js"} == preloaded, modules ^ preloaded
        assert not p.errors, p.errors
    finally:
        p.page.close()
