"""Take the README's picture of the map: the bundled corpus, served on loopback, in
Debian's chromium, with one event's evidence open, place names and control areas drawn,
and a date window chosen on the "When" chart (given in the address, as a shared link would).

Run: .venv/bin/python docs/screenshot.py [--out docs/screenshot.png]
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    ap.add_argument("--event-text", default="overtakes territory, Palmyra", help="select the first listed event whose line has this text")
    ap.add_argument("--zoom-out", type=int, default=3, help="zoom steps back out after selecting")
    ap.add_argument("--since", default="2015-01-01", help="first day of the date window (empty: from the start)")
    ap.add_argument("--until", default="2015-06-30", help="last day of the date window")
    args = ap.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from warmap.api import create_app
    from warmap.pipeline import ingest
    from warmap.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "corpus.duckdb")
        os.chdir(ROOT)  # sources are shown as samples/corpus/...
        with Store(db) as store:
            ingest(store, [Path("samples") / "corpus"])
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            window = "".join(f"&{k}={v}" for k, v in (("since", args.since), ("until", args.until)) if v)
            page.goto(f"http://127.0.0.1:{sock.getsockname()[1]}/?poll=0{window}")
            page.wait_for_selector("body[data-ready='1']", timeout=30000)
            page.locator("#events button", has_text=args.event_text).first.click()
            page.wait_for_selector("#detail article.source", timeout=10000)
            for _ in range(args.zoom_out):  # selecting zooms in; step back to see the region
                page.locator(".leaflet-control-zoom-out").click()
                page.wait_for_timeout(300)
            page.wait_for_timeout(800)
            # place names come after each move: wait for those of the final view
            page.wait_for_selector("#map[data-labels-shown]", timeout=20000)
            page.wait_for_timeout(1500)
            page.screenshot(path=args.out)
            browser.close()
        server.should_exit = True
        thread.join(timeout=10)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
