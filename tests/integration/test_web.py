"""The map page in a real browser (Debian's chromium driven by playwright), against
the sample store served by uvicorn on loopback: markers, province outlines, the day
slider, control rings, evidence highlighting, and hostile article text staying text.

Set WARMAP_SCREENSHOT=docs/screenshot.png to keep a picture of the page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.slow

if not Path(CHROMIUM).exists():
    pytest.skip(f"browser test needs Debian's chromium at {CHROMIUM} "
                "(apt-get install --no-install-recommends chromium)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="browser test needs the playwright package (pip install playwright)")

sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "api"))
from sample_store import build_store  # noqa: E402

FIRST_DAY = dt.date(2014, 6, 10)  # the sample store's first event


@contextmanager
def _serving(db: str, **options: object) -> Iterator[str]:
    """uvicorn serving ``create_app(db, **options)`` on a free loopback port, in a thread."""
    import uvicorn

    from warmap.api import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, **options), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        # (on a loaded machine the server may take more than a few seconds to close its store; a test that
        # opens the same file next must not race it: seen once in session 22's CI, with make demo beside it)
        thread.join(timeout=60)
        sock.close()
        if thread.is_alive():
            pytest.fail("uvicorn did not stop within 60 s")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("web") / "sample.duckdb")
    build_store(db)
    with _serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


class Page:
    """One browser page on the map, recording dialogs, console errors and requests."""

    def __init__(self, browser, base_url: str, refuse: str | None = None, path: str = "/") -> None:
        self.base_url = base_url
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("response", lambda r: r.status >= 400 and r.status != 501 and self.errors.append(f"{r.status} {r.url}"))
        if refuse:  # the server's file that fails to load, as if it were missing
            self.page.route(f"**/{refuse}", lambda route: route.abort())
        self.page.goto(base_url + path)
        self.page.wait_for_selector("body[data-ready='1']", timeout=15000)

    def _console(self, message) -> None:
        # a 501 is the API saying warmap.timeline is not complete yet (see _needs_timeline)
        if message.type == "error" and "status of 501" not in message.text:
            self.errors.append(message.text)

    def loads(self) -> int:
        return int(self.page.get_attribute("body", "data-loads") or 0)

    def slide_to(self, day: dt.date) -> None:
        """Move the day slider as a person would (keyboard), then wait for the redraw."""
        slider = self.page.locator("#slider")
        target = (day - FIRST_DAY).days
        current = int(slider.input_value())
        before = self.loads()
        slider.focus()
        key = "ArrowLeft" if target < current else "ArrowRight"
        for _ in range(abs(target - current)):
            self.page.keyboard.press(key)
        assert int(slider.input_value()) == target
        # the redraw for this very day: one for a day passed on the way may land first
        self.wait_until(lambda: self.loads() > before and self.page.get_attribute("body", "data-shown") == str(day))

    def wait_until(self, check, timeout: float = 10.0) -> None:
        """Poll from Python: the page's CSP (rightly) refuses wait_for_function's eval."""
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                pytest.fail("the page did not update in time")
            self.page.wait_for_timeout(50)
        self.page.wait_for_timeout(100)

    def markers_shown(self) -> int:
        """Single markers plus the counts inside clusters."""
        return self.page.evaluate("""() => {
            const single = document.querySelectorAll('#map .ev-marker').length;
            const clustered = [...document.querySelectorAll('#map .ev-cluster')]
                .reduce((n, c) => n + Number(c.dataset.count), 0);
            return single + clustered; }""")

    def control_classes(self) -> set[str]:
        return set(self.page.evaluate(
            "() => [...document.querySelectorAll('#map path.control')].map(p => p.getAttribute('class'))"))


def _needs_timeline(name: str) -> None:
    import warmap.timeline

    if not hasattr(warmap.timeline, name):
        pytest.skip(f"warmap.timeline.{name} not there yet")


@pytest.fixture()
def page(browser, base_url):
    p = Page(browser, base_url)
    yield p
    p.page.close()


def test_markers_for_stored_events(page):
    # five of the six sample events have a place; the slider starts at the last day
    assert page.page.get_attribute("#map", "data-events-shown") == "5"
    assert page.markers_shown() == 5
    assert page.page.locator("#day").text_content() == "2015-05-20"
    assert page.page.locator("#events li").count() == 5
    assert page.page.locator(".legend").text_content().count("Battles") == 1
    assert not page.errors, page.errors
    assert all(u.startswith(page.base_url) for u in page.requests), "the page fetched something off the server"


def test_province_outlines_under_the_borders(page):
    vendor = Path(__file__).parents[2] / "src" / "warmap" / "web" / "static" / "vendor"
    features = json.loads((vendor / "provinces.geojson").read_text(encoding="utf-8"))["features"]
    assert page.page.get_attribute("#map", "data-provinces-shown") == str(len(features))
    paths = page.page.locator("#map .leaflet-provinces-pane path.province")
    assert paths.count() == len(features)
    for country in ("sy", "iq"):
        expected = sum(f["properties"]["country"] == country.upper() for f in features)
        assert page.page.locator(f"#map path.province-{country}").count() == expected > 0
    assert page.page.locator("#map path.province.leaflet-interactive").count() == 0
    # stacked: land, then provinces, then country borders, all under the rings and markers
    z = page.page.evaluate("""() => Object.fromEntries(['land', 'provinces', 'borders', 'overlay', 'marker'].map(
        (p) => [p, Number(getComputedStyle(document.querySelector(`#map .leaflet-${p}-pane`)).zIndex)]))""")
    assert z["land"] < z["provinces"] < z["borders"] < z["overlay"] < z["marker"], z
    assert page.page.locator("#map .leaflet-borders-pane path.country-border.focus").count() == 2  # Syria, Iraq
    assert not page.errors, page.errors


def test_page_works_when_provinces_fail_to_load(browser, base_url):
    p = Page(browser, base_url, refuse="provinces.geojson")
    try:
        assert p.markers_shown() == 5
        assert p.page.locator("#map path.country").count() > 0
        assert p.page.locator("#map path.province").count() == 0
        assert p.page.get_attribute("#map", "data-provinces-shown") is None
        assert p.page.locator("#status").text_content() == ""
        assert all("provinces" in e or "ERR_FAILED" in e for e in p.errors), p.errors
    finally:
        p.page.close()


def test_slider_changes_markers_and_control(page):
    _needs_timeline("control_at")
    at_end = page.control_classes()
    assert any("control-isis" in c for c in at_end)  # Mosul and Palmyra held by ISIS
    assert not any("control-syrian-army" in c for c in at_end)

    page.slide_to(dt.date(2015, 3, 1))  # before ISIS took Palmyra
    assert page.markers_shown() == 4
    assert page.page.locator(".ev-marker[data-event-id='ev-palmyra']").count() == 0
    assert any("control-syrian-army" in c for c in page.control_classes())
    assert "Military Forces of Syria" in page.page.locator(".legend").text_content()

    page.slide_to(dt.date(2014, 6, 15))  # only Mosul has happened
    assert page.markers_shown() == 1
    assert [c for c in page.control_classes() if "control-" in c] and not any(
        "control-syrian-army" in c for c in page.control_classes())

    before = page.loads()
    page.page.select_option("#window", "0")  # only events of that very day
    page.wait_until(lambda: page.loads() > before)
    assert page.markers_shown() == 0


def test_relations_graph_follows_the_day(page):
    _needs_timeline("relations_at")
    nodes = page.page.locator("#graph .actor-node")
    assert {nodes.nth(i).get_attribute("data-actor") for i in range(nodes.count())} >= {"jabhat_al_nusra", "al_qaeda"}
    assert page.page.locator("#graph line.rel-pledge").count() == 1


def test_clicking_a_marker_shows_the_evidence(page):
    page.page.locator(".ev-marker[data-event-id='ev-raqqa']").click()
    quote = page.page.locator("#detail blockquote.sentence").first
    quote.wait_for()
    assert quote.text_content() == "The Syrian air force raided Raqqa on Saturday, killing 12 civilians."
    assert page.page.locator("#detail blockquote mark.ev-actor1").text_content() == "Syrian air force"
    assert page.page.locator("#detail blockquote mark.ev-location").text_content() == "Raqqa"
    assert page.page.locator("#detail blockquote mark.ev-date").text_content() == "Saturday"
    assert page.page.locator("#detail blockquote mark.ev-actor2").text_content() == "civilians"
    assert "Air/drone strike" in page.page.locator("#detail h2").text_content()


def test_clicking_a_list_item_selects_that_event(page):
    page.page.locator("#events button[data-event-id='ev-mosul']").click()
    page.page.locator("#detail blockquote mark.ev-location").wait_for()
    assert page.page.locator("#detail blockquote mark.ev-location").text_content() == "Mosul"


def test_hostile_article_stays_text(page, tmp_path):
    page.page.locator(".ev-marker[data-event-id='ev-raqqa']").click()
    title_link = page.page.locator("#detail a.doc-link").first
    title_link.wait_for()
    assert title_link.text_content().startswith("<img src=x onerror=alert(1)>")
    title_link.click()
    doc = page.page.locator("#detail article.document")
    doc.wait_for()
    assert "<script>alert(1)</script>" in doc.locator(".doc-text").text_content()
    assert "<img src=x onerror=alert(1)>" in doc.locator(".doc-title").text_content()
    assert doc.locator("mark.ev-sentence").text_content().startswith("The Syrian air force raided")
    page.page.wait_for_timeout(300)
    assert page.page.locator("img").count() == 0, "an <img> from article text reached the DOM"
    assert page.page.locator("#detail script").count() == 0
    assert page.dialogs == [], "a dialog fired: article text ran as script"
    assert not page.errors, page.errors

    shot = tmp_path / "screenshot.png"
    page.page.screenshot(path=str(shot))
    if os.environ.get("WARMAP_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["WARMAP_SCREENSHOT"])


def test_events_ingested_while_the_page_is_open_appear(browser, tmp_path):
    """warmap ingest writes to the served store; the server takes a new snapshot and the open
    page, polling the summary, shows the new event without a reload."""
    sys.path.insert(0, str(Path(__file__).parents[1]))
    from helpers import make_article, make_event

    from warmap.store import Store

    db = str(tmp_path / "live.duckdb")
    build_store(db)
    with _serving(db, reload_seconds=0.2) as url:
        p = Page(browser, url, path="/?poll=300")
        try:
            events, markers = int(p.page.get_attribute("body", "data-events")), p.markers_shown()
            art = make_article("Regime jets struck Palmyra on Sunday, killing three people.", source="late.txt",
                               published=dt.date(2015, 5, 25))
            with Store(db) as store:
                store.write_batch([art], [make_event(art, art.text, day=dt.date(2015, 5, 24), fatalities=3)])
            p.wait_until(lambda: p.page.get_attribute("body", "data-events") == str(events + 1), timeout=15)
            p.wait_until(lambda: p.markers_shown() == markers + 1)
            assert p.page.locator("#day").text_content() == "2015-05-24"  # was on the newest day: follows it
            assert not p.errors and not p.dialogs
        finally:
            p.page.close()


def test_each_report_of_a_merged_event_has_its_words_marked(browser, tmp_path):
    """Two articles telling of one strike are one event with two sources, and each source's
    sentence has the words behind the fields marked (the evidence of both reports)."""
    sys.path.insert(0, str(Path(__file__).parents[1]))
    from helpers import make_article, make_event

    from warmap.records import Evidence
    from warmap.store import Store

    db = str(tmp_path / "merged.duckdb")
    build_store(db)
    day = dt.date(2015, 1, 3)
    with Store(db) as store:
        for text, source in (("Warplanes bombed Raqqa on Saturday, killing four.", "one.txt"),
                             ("Four died when jets hit Raqqa on Saturday, activists said.", "two.txt")):
            art = make_article(text, source=source, published=dt.date(2015, 1, 4))
            event = make_event(art, text, day=day, fatalities=4)
            place = text.index("Raqqa")
            event = dataclasses.replace(event, evidence=(Evidence("location", "Raqqa", place, place + 5),))
            store.write_batch([art], [event])
    with _serving(db) as url:
        p = Page(browser, url, path="/?poll=0")
        try:
            p.page.locator("#events button", has_text="2015-01-03").first.click()
            p.page.wait_for_selector("#detail article.source")
            sources = p.page.locator("#detail article.source")
            assert sources.count() == 2
            for i in range(2):
                assert sources.nth(i).locator("mark.ev-location").text_content() == "Raqqa"
            assert not p.errors
        finally:
            p.page.close()


def _listed(p: Page) -> set[str]:
    buttons = p.page.locator("#events button")
    return {buttons.nth(i).get_attribute("data-event-id") for i in range(buttons.count())}


def _drag_on_chart(p: Page, from_day: str, to_day: str) -> None:
    """Press on the bar of one day (or week), move to another's, let go, as a mouse would."""
    boxes = [p.page.locator(f"#chart rect.bar[data-day='{d}']").first.bounding_box() for d in (from_day, to_day)]
    y = boxes[0]["y"] + boxes[0]["height"] / 2
    before = p.loads()
    p.page.mouse.move(boxes[0]["x"] + boxes[0]["width"] / 2, y)
    p.page.mouse.down()
    p.page.mouse.move(boxes[1]["x"] + boxes[1]["width"] / 2, y, steps=4)
    p.page.mouse.up()
    p.wait_until(lambda: p.loads() > before)


def _bars(p: Page) -> list[dict]:
    """The chart's bars, read at one moment: day (or week start), type, count, height, fill."""
    return p.page.evaluate("""() => [...document.querySelectorAll('#chart rect.bar')].map((r) => ({
        day: r.dataset.day, type: r.dataset.type, count: Number(r.dataset.count),
        height: Number(r.getAttribute('height')), fill: r.getAttribute('fill')}))""")


def test_chart_counts_every_event_by_week(page):
    # the sample span is 344 days: a bar a week, every event (the one with no place too) counted once
    assert page.page.get_attribute("#chart", "data-step") == "week"
    bars = _bars(page)
    counts = {(b["day"], b["type"]): b["count"] for b in bars}
    assert len(counts) == len(bars) and all(b["height"] > 0 and b["fill"].startswith("#") for b in bars)
    assert sum(counts.values()) == 6
    # 2014-06-17..23 holds the Raqqa strike (21st) and the capture of al-Qaim (22nd), two types
    assert counts[("2014-06-17", "Battles")] == 1
    assert counts[("2014-06-17", "Explosions/Remote violence")] == 1
    assert counts[("2014-06-10", "Battles")] == 1
    # the type filter redraws the chart with only that type
    page.page.select_option("#type", "Explosions/Remote violence")
    page.wait_until(lambda: {b["type"] for b in _bars(page)} == {"Explosions/Remote violence"})
    assert sum(b["count"] for b in _bars(page)) == 2
    assert not page.errors, page.errors


def test_brush_sets_the_date_window_of_list_and_map(page):
    assert len(_listed(page)) == 5
    _drag_on_chart(page, "2014-06-10", "2014-06-17")  # two weeks: 2014-06-10 .. 2014-06-23
    assert page.page.locator("#day").text_content() == "2014-06-23"
    assert page.page.input_value("#window") == "13"
    assert _listed(page) == {"ev-mosul", "ev-raqqa", "ev-qaim"}
    assert page.markers_shown() == 3
    assert "since=2014-06-10" in page.page.url and "until=2014-06-23" in page.page.url
    # the brush shades exactly the two weeks' bars
    brush = page.page.locator("#chart rect.brush").bounding_box()
    first = page.page.locator("#chart rect.bar[data-day='2014-06-10']").first.bounding_box()
    third = page.page.locator("#chart rect.bar[data-day='2014-06-24']")
    assert abs(brush["x"] - first["x"]) < 2 and brush["width"] > first["width"]
    assert third.count() == 0 or third.first.bounding_box()["x"] >= brush["x"] + brush["width"] - 2
    # moving the slider keeps the span's length and moves it
    page.slide_to(dt.date(2014, 7, 5))
    assert _listed(page) == {"ev-aleppo", "ev-qaim"}  # 2014-06-22 .. 2014-07-05
    assert "since=2014-06-22" in page.page.url
    assert not page.errors, page.errors


def test_shared_url_restores_the_view(browser, page):
    page.page.evaluate("() => { window.sameDocument = true; }")  # gone if the page reloads
    page.page.select_option("#type", "Battles")
    page.wait_until(lambda: "type=Battles" in page.page.url)
    _drag_on_chart(page, "2014-06-10", "2014-06-17")
    page.page.locator("#events button[data-event-id='ev-qaim']").click()
    page.page.locator("#detail blockquote mark.ev-location").wait_for()
    page.wait_until(lambda: "event=ev-qaim" in page.page.url)
    shared = page.page.url
    assert page.page.evaluate("() => window.sameDocument") is True  # the address changed without a reload

    other = Page(browser, page.base_url, path=shared[len(page.base_url):])
    try:
        other.page.locator("#detail blockquote mark.ev-location").wait_for()
        assert other.page.locator("#detail blockquote mark.ev-location").text_content() == "al-Qaim"
        assert other.page.locator("#day").text_content() == "2014-06-23"
        assert other.page.input_value("#window") == "13"
        assert other.page.input_value("#type") == "Battles"
        assert _listed(other) == {"ev-mosul", "ev-qaim"}
        assert other.page.locator("#events li.selected button").get_attribute("data-event-id") == "ev-qaim"
        assert other.page.url == shared
        assert not other.errors, other.errors
    finally:
        other.page.close()


def test_download_this_view(page, tmp_path):
    import csv

    page.slide_to(dt.date(2014, 7, 5))
    listed = _listed(page)
    assert listed == {"ev-mosul", "ev-raqqa", "ev-qaim", "ev-aleppo"}
    with page.page.expect_download(timeout=5000) as got:
        page.page.click("#download-csv")
    path = tmp_path / got.value.suggested_filename
    got.value.save_as(path)
    assert path.name == "warmap-2014-06-10-2014-07-05.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert {r["id"] for r in rows} == listed
    assert {r["location"] for r in rows if r["id"] == "ev-mosul"} == {"Mosul"}
    with page.page.expect_download(timeout=5000) as got:
        page.page.click("#download-geojson")
    got.value.save_as(tmp_path / "view.geojson")
    features = json.loads((tmp_path / "view.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["id"] for f in features} == listed
    assert all(f["geometry"]["type"] == "Point" for f in features)
    assert not page.errors, page.errors


def test_short_span_is_drawn_a_day_a_bar_and_a_click_picks_one_day(browser, tmp_path):
    """A store spanning 18 days: a bar a day; a click on one (a drag of no length) shows that day."""
    sys.path.insert(0, str(Path(__file__).parents[1]))
    from helpers import make_article, make_event

    from warmap.store import Store

    db = str(tmp_path / "short.duckdb")
    with Store(db) as store:
        for text, day, etype, sub in (
                ("Jets struck Raqqa on Saturday, killing four.", dt.date(2015, 1, 3), "Explosions/Remote violence", "Air/drone strike"),
                ("Fighters clashed in Raqqa on Saturday.", dt.date(2015, 1, 3), "Battles", "Armed clash"),
                ("Jets struck Raqqa again on Tuesday.", dt.date(2015, 1, 20), "Explosions/Remote violence", "Air/drone strike")):
            art = make_article(text, source=f"{day}-{sub}.txt", published=day)
            store.write_batch([art], [make_event(art, text, day=day, etype=etype, sub=sub)])
    with _serving(db) as url:
        p = Page(browser, url, path="/?poll=0")
        try:
            assert p.page.get_attribute("#chart", "data-step") == "day"
            assert sorted((b["day"], b["type"], b["count"]) for b in _bars(p)) == [
                ("2015-01-03", "Battles", 1), ("2015-01-03", "Explosions/Remote violence", 1),
                ("2015-01-20", "Explosions/Remote violence", 1)]
            assert len(_listed(p)) == 3
            _drag_on_chart(p, "2015-01-03", "2015-01-03")
            assert p.page.locator("#day").text_content() == "2015-01-03"
            assert p.page.input_value("#window") == "0"  # "that day"
            assert len(_listed(p)) == 2
            shared = urllib.parse.parse_qs(urllib.parse.urlsplit(p.page.url).query)
            assert shared == {"poll": ["0"], "since": ["2015-01-03"], "until": ["2015-01-03"]}
            assert not p.errors, p.errors
        finally:
            p.page.close()
