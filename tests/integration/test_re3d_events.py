"""Events from real prose: re3d's CENTCOM strike releases and the statements beside them.

re3d (../shared/data/re3d, not copied here) is not event gold, but a strike release says
in its own lines what its events are: "Near Ar Raqqah, five strikes engaged ...". The
expected (place, Air/drone strike) pairs are read from those lines with a regex, and
warmap must find most of them near the place. Sentences that plainly report no event
(exercises, condolences, policy, what the Coalition "will" do) must give none.

The releases carry no year, so the documents are ingested with a publication date in
the weeks they come from (January 2017); dates are not checked here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from warmap.eval.score import distance_km
from warmap.pipeline import ingest
from warmap.store import Store

RE3D = Path(__file__).resolve().parents[3] / "shared" / "data" / "re3d"

pytestmark = pytest.mark.skipif(not RE3D.is_dir(), reason="re3d data not available at ../shared/data/re3d")

#: "Near <Place>, <count> strike(s) ..." at the head of a release's line (after its bullet).
_STRIKE_LINE = re.compile(
    r"^\W*Near (?P<place>[A-Z][^,]{2,40}), (?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) strikes?\b",
)

#: Where the releases' place spellings are (lat, lon); other names fall back to the gazetteer.
_KNOWN = {
    "Al Shadaddi": (36.06, 40.73), "Ar Raqqah": (35.95, 39.01), "Ayn Isa": (36.39, 38.86),
    "Dayr Az Zawr": (35.34, 40.14), "Dayr Az Zayr": (35.34, 40.14), "Palmyra": (34.56, 38.27),
    "Al Huwayjah": (35.32, 43.77), "Bayji": (34.93, 43.49), "Mosul": (36.34, 43.13),
    "Rawah": (34.48, 41.91), "Sinjar": (36.32, 41.87), "Tal Afar": (36.38, 42.45),
}

#: Sentences that report no event, whatever words of war they hold.
_NOT_EVENTS = re.compile(
    r"complies with the Law of Armed Conflict|condolences|\bmourn\b|live-fire exercise|Exercise Eager Lion"
    r"|will continue to (?:strike|support|take)|announced today the death|supports the SDF through"
    r"|use of chemical weapons by|concerned by reports of|bring the total number|in the past(?! \d)|have supported the liberation",
)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def re3d_events(tmp_path_factory):
    folder = tmp_path_factory.mktemp("re3d")
    for sub in RE3D.iterdir():
        if (sub / "documents.json").is_file():
            rows = [{"text": d["text"], "title": d.get("title"), "url": d.get("sourceUrl")}
                    for d in _jsonl(sub / "documents.json")]
            name = sub.name.replace(" ", "_") + ".jsonl"
            (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(folder / "re3d.duckdb") as store:
        ingest(store, [folder], published=dt.date(2017, 1, 11))
        return list(store.events())


def _expected() -> list[tuple[str, str, tuple[float, float] | None]]:
    from warmap.places import load_gazetteer

    gaz = None
    out = []
    for d in _jsonl(RE3D / "CENTCOM" / "documents.json"):
        for line in d["text"].splitlines():
            m = _STRIKE_LINE.match(line)
            if not m:
                continue
            name = m["place"].strip()
            where = _KNOWN.get(name)
            if where is None:
                gaz = gaz or load_gazetteer()
                best = gaz.resolve(name).best
                where = (best.lat, best.lon) if best is not None else None
            out.append((" ".join(line.split()), name, where))
    return out


def test_strike_lines_give_air_strikes_near_their_place(re3d_events) -> None:
    expected = _expected()
    assert len(expected) >= 20, "the CENTCOM releases should hold a few dozen 'Near X, N strikes' lines"
    strikes = [e for e in re3d_events if e.sub_event_type == "Air/drone strike" and e.location is not None]
    missed = []
    for line, name, where in expected:
        ok = where is not None and any(
            " ".join(e.sources[0].sentence.split()) in line
            and distance_km(e.location.place.lat, e.location.place.lon, *where) <= 25
            for e in strikes
        )
        if not ok:
            missed.append(f"{name}: {line[:90]}")
    found = 1 - len(missed) / len(expected)
    print(f"re3d strike lines: {len(expected) - len(missed)}/{len(expected)} found ({found:.0%})")
    assert found >= 0.85, "\n".join(missed)


def test_no_event_from_sentences_that_report_none(re3d_events) -> None:
    bad = [f"{e.sub_event_type}: {e.sources[0].sentence[:120]}" for e in re3d_events
           if _NOT_EVENTS.search(" ".join(e.sources[0].sentence.split()))]
    assert not bad, "\n".join(bad)
