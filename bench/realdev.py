"""Score warmap on ../shared/data/realdev, the real reports whose gold was written outside
this code, split once into a tuning half and a held-back half (tests/realdev/split.toml).

    python bench/realdev.py                 # both halves and the whole set, per type
    python bench/realdev.py --half tuning -v   # and every miss and extra of that half

Tune on the tuning half only; the held-back half is scored, never debugged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from pathlib import Path

from warmap.eval import load_gold, score
from warmap.eval.score import EvalReport, Gold
from warmap.pipeline import ingest
from warmap.store import Store

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "data" / "realdev"
SPLIT = ROOT / "tests" / "realdev" / "split.toml"


def halves() -> dict[str, list[str]]:
    """File-name prefixes ("r01", ...) of each half."""
    return tomllib.loads(SPLIT.read_text(encoding="utf-8"))


def subset(gold: Gold, prefixes: list[str]) -> Gold:
    """The gold of the documents whose names start with one of ``prefixes``."""
    keep = tuple(f"{p}-" for p in prefixes)
    return Gold(
        [e for e in gold.events if Path(e.sources[0].document).name.startswith(keep)],
        [(d, s) for d, s in gold.nonevents if Path(d).name.startswith(keep)],
    )


def run(realdev: Path = REALDEV) -> dict[str, EvalReport]:
    """Ingest the realdev corpus into a fresh store and score each half and the whole."""
    gold = load_gold(realdev / "gold")
    with tempfile.TemporaryDirectory() as tmp:
        with Store(str(Path(tmp) / "rd.duckdb")) as store:
            ingest(store, [realdev / "corpus"])
            events = list(store.events())
    reports = {name: score(subset(gold, prefixes), events) for name, prefixes in halves().items()}
    reports["all"] = score(gold, events)
    return reports


def _line(name: str, r: EvalReport) -> str:
    c = r.overall
    return (f"{name:<28} gold {c.tp + c.fn:>3}  found {c.tp + c.fp:>3}  matched {c.tp:>3}  "
            f"P {c.precision:.2f}  R {c.recall:.2f}  F1 {c.f1:.2f}  non-event violations {len(r.nonevent_violations)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["tuning", "heldback", "all"], help="show this half's misses and extras with -v")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not (REALDEV / "gold").is_dir():
        print(f"no realdev set at {REALDEV}", file=sys.stderr)
        return 2
    reports = run()
    for name, r in reports.items():
        print(_line(name, r))
        for t, c in sorted(r.by_type.items()):
            print(f"    {t:<26} gold {c.tp + c.fn:>3}  found {c.tp + c.fp:>3}  P {c.precision:.2f}  R {c.recall:.2f}  F1 {c.f1:.2f}")
        fields = "  ".join(f"{k} {ok / n:.2f}" for k, (ok, n) in r.fields.items() if n)
        print(f"    fields: {fields}")
    if args.verbose:
        r = reports[args.half or "tuning"]
        for label, evs in (("MISS", r.misses), ("EXTRA", r.extras)):
            for e in evs:
                a1 = e.actor1.actor.id if e.actor1 else "-"
                a2 = e.actor2.actor.id if e.actor2 else "-"
                place = e.location.place.name if e.location else "-"
                print(f"{label} {e.sub_event_type} {e.when.date} {a1} -> {a2} @ {place}  {Path(e.sources[0].document).name[:3]}")
                print(f"    {e.sources[0].sentence}")
        for sentence, e in r.nonevent_violations:
            print(f"NON-EVENT {e.sub_event_type}: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
