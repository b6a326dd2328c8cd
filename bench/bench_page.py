"""The map page on a 100,000-event store, in a real browser: is it still quick to use?

Builds (or reuses, with ``--db``) the synthetic store of ``bench_api.py``, starts
``warmap serve`` on it in a fresh process, and opens the page in Debian's chromium (driven by
playwright) several times, each in a fresh browser context. Per load it measures, in the
page's own clock (``performance.now()``, recorded by an init script that watches the DOM):

- first markers: navigation to the first event marker or cluster drawn on the map;
- ready: navigation to ``body[data-ready=1]`` (summary, chart, markers, list and areas drawn);
- window: choosing "that week" in the date-window menu until the map and list are redrawn
  (``body[data-loads]`` counts redraws);
- slider: one day back with the keyboard until the redraw for that day (includes the
  slider's 120 ms debounce);
- filter: choosing an event type until both the map/list and the chart are redrawn;
- heap: the page's JS heap after a garbage collection (CDP ``Runtime.getHeapUsage``);
- longest task: the longest main-thread task seen (``longtask`` entries), how long the page
  could not answer a click.

Prints the median (and range) of each over the runs, with the machine's load average.

Run: .venv/bin/python bench/bench_page.py [--events 100000] [--db PATH] [--runs 5]
     .venv/bin/python bench/bench_page.py --db warmap.duckdb     # any store, e.g. the bundled corpus's
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from bench_api import ensure_store  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

#: Runs before the page's own scripts (CDP, so the page's CSP does not apply): the moments the
#: first marker appears, the page is ready and each redraw ends, and the longest task.
INIT_SCRIPT = """
window.__perf = { firstMarker: null, ready: null, loads: [], charts: [], longest: 0 };
new MutationObserver((records) => {
  const p = window.__perf, now = performance.now();
  for (const r of records) {
    if (r.type === 'attributes' && r.target === document.body) {
      if (r.attributeName === 'data-loads') p.loads.push(now);
      if (r.attributeName === 'data-chart') p.charts.push(now);
      if (r.attributeName === 'data-ready' && p.ready === null) p.ready = now;
    } else if (p.firstMarker === null && r.type === 'childList') {
      // Leaflet adds each marker's icon as a node of its own: look at the added nodes only
      for (const n of r.addedNodes) {
        if (n.classList && (n.classList.contains('ev-icon') || n.classList.contains('ev-cluster-icon'))) p.firstMarker = now;
      }
    }
  }
}).observe(document, { subtree: true, childList: true, attributes: true,
                       attributeFilter: ['data-loads', 'data-chart', 'data-ready'] });
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.longest = Math.max(window.__perf.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
} catch (e) { /* no longtask timing in this browser */ }
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str) -> Iterator[str]:
    """``warmap serve`` on ``db`` in its own process (as a user runs it), until the block ends."""
    port = _free_port()
    warmap = Path(sys.executable).with_name("warmap")
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([str(warmap), "--db", db, "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base + "/api/summary", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"warmap serve did not start: {log.read().decode()[-500:]}") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a connection still open: uvicorn waits for it
            proc.kill()
            proc.wait()
        log.close()


def _perf(page) -> dict:
    return page.evaluate("() => window.__perf")


def _wait(page, check, timeout: float) -> None:
    """Poll from Python (the page's CSP refuses wait_for_function's eval)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not redraw in time")
        page.wait_for_timeout(20)


def _redraw_after(page, action, timeout: float, chart: bool = False) -> float:
    """Milliseconds from just before ``action()`` to the end of the redraw it causes (and of the
    chart's, with ``chart``), in the page's clock."""
    before = _perf(page)
    t0 = page.evaluate("() => performance.now()")
    action()

    def done() -> bool:
        now = _perf(page)
        return len(now["loads"]) > len(before["loads"]) and (not chart or len(now["charts"]) > len(before["charts"]))

    _wait(page, done, timeout)
    page.wait_for_timeout(150)  # a later redraw (a stale answer replaced) would land here
    after = _perf(page)
    ends = after["loads"][len(before["loads"]):] + (after["charts"][len(before["charts"]):] if chart else [])
    return max(ends) - t0


def measure_load(browser, base: str, timeout: float = 60.0) -> dict[str, float]:
    """One load of the page in a fresh context, then a window change, a slider step and a
    type filter; every figure in milliseconds except ``heap_mb`` and ``markers``."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        context.add_init_script(INIT_SCRIPT)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + "/?poll=0")
        page.wait_for_selector("body[data-ready='1']", timeout=timeout * 1000)
        loaded = _perf(page)
        out = {"first_markers": loaded["firstMarker"] or float("nan"), "ready": loaded["ready"],
               "markers": float(page.get_attribute("#map", "data-events-shown") or 0)}
        out["window"] = _redraw_after(page, lambda: page.select_option("#window", "6"), timeout)
        slider = page.locator("#slider")
        out["slider"] = _redraw_after(page, lambda: (slider.focus(), page.keyboard.press("ArrowLeft")), timeout)
        first_type = page.locator("#type option").nth(1).get_attribute("value")
        out["filter"] = _redraw_after(page, lambda: page.select_option("#type", first_type), timeout, chart=True)
        cdp = context.new_cdp_session(page)
        cdp.send("HeapProfiler.collectGarbage")
        out["heap_mb"] = cdp.send("Runtime.getHeapUsage")["usedSize"] / 2**20
        out["longest_task"] = _perf(page)["longest"]
        if errors:
            raise RuntimeError(f"the page failed: {errors[:3]}")
        return out
    finally:
        context.close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def summarise(runs: list[dict[str, float]]) -> str:
    def row(key: str, unit: str, fmt: str = ".0f") -> str:
        xs = [r[key] for r in runs]
        return f"  {key:13} median {statistics.median(xs):{fmt}} {unit} ({min(xs):{fmt}}-{max(xs):{fmt}})"

    lines = [row(k, "ms") for k in ("first_markers", "ready", "window", "slider", "filter", "longest_task")]
    lines += [row("heap_mb", "MB", ".1f"), row("markers", "drawn")]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="reuse (or build once into) this store instead of a temporary one")
    ap.add_argument("--runs", type=int, default=5, help="page loads to time")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = ensure_store(args.db or str(Path(tmp) / "bench.duckdb"), args.events)
        events = None
        with serving(db) as base, sync_playwright() as p:
            events = httpx.get(base + "/api/summary", timeout=10).json()["events"]
            browser = launch(p)
            runs = [measure_load(browser, base) for _ in range(args.runs)]
            browser.close()
    load = os.getloadavg()
    print(f"page on a store of {events:,} events, {args.runs} loads "
          f"(load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, {os.cpu_count()} cores):")
    print(summarise(runs))


if __name__ == "__main__":
    main()
