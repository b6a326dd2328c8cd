"""Pin warmap's whole extraction output, so that a pure move of code can be checked to change nothing.

    .venv/bin/python bench/snapshot_events.py OUT.json          # write a snapshot
    .venv/bin/python bench/snapshot_events.py --check OUT.json  # compare; exit 1 on any difference

It analyses (``warmap.pipeline.analyse_many``) the bundled ``samples/corpus``, the realdev
corpus and the re3d CENTCOM documents when they are present in ``../shared/data``, and
every case text of ``tests/unit/extract/taxonomy_cases.toml``, and writes each article's
events, control claims and relations in the export codec's JSON form, keys sorted.
Articles with no publication date are read against today's date (``events.dates.stand_in``),
so compare snapshots taken on the same day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tomllib
from pathlib import Path

from warmap.export.codec import claim_to_dict, event_to_dict, relation_to_dict
from warmap.ingest import article_from_text, read_inputs
from warmap.pipeline import analyse_many
from warmap.records import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _articles() -> dict[str, list[Article]]:
    """Each input set's articles, by set name."""
    sets: dict[str, list[Article]] = {}
    sets["samples"] = [a for a in read_inputs([ROOT / "samples" / "corpus"]) if isinstance(a, Article)]
    realdev = SHARED / "realdev" / "corpus"
    if realdev.is_dir():
        sets["realdev"] = [a for a in read_inputs([realdev]) if isinstance(a, Article)]
    centcom = SHARED / "re3d" / "CENTCOM" / "documents.json"
    if centcom.is_file():
        docs = [json.loads(line) for line in centcom.read_text("utf-8").splitlines() if line.strip()]
        sets["centcom"] = [article_from_text(d["text"], source=f"centcom:{d['_id']}", published=dt.date(2017, 1, 11))
                           for d in docs]
    cases = tomllib.loads((ROOT / "tests" / "unit" / "extract" / "taxonomy_cases.toml").read_text("utf-8"))["case"]
    sets["taxonomy"] = [article_from_text(c["text"], source=f"case:{i}", published=dt.date.fromisoformat(c["published"]))
                        for i, c in enumerate(cases)]
    return sets


def snapshot() -> dict:
    """Every input set's analysis, one entry per article in input order."""
    out: dict[str, list] = {}
    for name, articles in _articles().items():
        out[name] = [
            {"source": a.article.source,
             "events": [event_to_dict(e) for e in a.events],
             "claims": [claim_to_dict(c) for c in a.claims],
             "relations": [relation_to_dict(r) for r in a.relations]}
            for a in analyse_many(articles)
        ]
    return json.loads(json.dumps(out, sort_keys=True, default=str))


def _differences(old, new, path: str = "") -> list[str]:
    if type(old) is not type(new):
        return [f"{path}: {old!r} -> {new!r}"]
    if isinstance(old, dict):
        diffs = []
        for k in sorted(set(old) | set(new)):
            if k not in old or k not in new:
                diffs.append(f"{path}.{k}: {old.get(k, '<absent>')!r} -> {new.get(k, '<absent>')!r}")
            else:
                diffs.extend(_differences(old[k], new[k], f"{path}.{k}"))
        return diffs
    if isinstance(old, list):
        diffs = []
        if len(old) != len(new):
            diffs.append(f"{path}: {len(old)} items -> {len(new)}")
        for i, (a, b) in enumerate(zip(old, new)):
            diffs.extend(_differences(a, b, f"{path}[{i}]"))
        return diffs
    return [] if old == new else [f"{path}: {old!r} -> {new!r}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="where to write the snapshot")
    parser.add_argument("--check", metavar="FILE", help="compare with this snapshot instead of writing one")
    parser.add_argument("--show", type=int, default=20, metavar="N", help="print the first N differences (default 20)")
    args = parser.parse_args(argv)
    if not args.file and not args.check:
        parser.error("give FILE or --check FILE")
    snap = snapshot()
    counts = {k: sum(len(a["events"]) for a in v) for k, v in snap.items()}
    if args.check:
        old = json.loads(Path(args.check).read_text("utf-8"))
        diffs = _differences(old, snap)
        for d in diffs[:args.show]:
            print(d)
        print(f"{len(diffs)} difference(s); events per set: {counts}")
        return 1 if diffs else 0
    Path(args.file).write_text(json.dumps(snap, sort_keys=True, indent=1), "utf-8")
    print(f"wrote {args.file}; events per set: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
